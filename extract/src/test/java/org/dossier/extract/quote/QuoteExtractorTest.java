package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.extract.TaggedText;
import org.dossier.extract.mention.MentionExtractor;
import org.dossier.model.Source;
import org.dossier.model.fact.Quote;
import org.dossier.model.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static List<Quote> quotes(String tagged) {
        AnnotatedDocument doc = TaggedText.parse(tagged);
        return new QuoteExtractor().extract(doc, new MentionExtractor().extract(doc));
    }

    /** Like {@link #quotes}, with a paragraph break in place of the space before the opening mark number {@code nth} (from 1). */
    private static List<Quote> quotesWithParagraphBreak(String tagged, int nth) {
        AnnotatedDocument d = TaggedText.parse(tagged);
        int at = -1;
        for (int k = 0; k < nth; k++) {
            at = d.text().indexOf('“', at + 1);
        }
        String text = d.text().substring(0, at - 1) + "\n" + d.text().substring(at);
        Source s = d.source();
        Source broken = new Source(s.id(), s.uri(), s.title(), s.outlet(), s.author(), s.published(), s.publishedInferred(),
                s.language(), s.phase(), text, s.dropped(), s.warnings(), s.duplicateOf());
        AnnotatedDocument doc = new AnnotatedDocument(broken, d.referenceDate(), d.tokens(), d.sentences(), d.spans());
        return new QuoteExtractor().extract(doc, new MentionExtractor().extract(doc));
    }

    private static String speaker(Quote q) {
        return q.speakerName() == null ? null : q.speakerName().text();
    }

    @Test
    void attributesToTheNameRightAfterTheQuote() {
        List<Quote> q = quotes("“_/`` We/PRP will/MD work/VB with/IN him_/IN ,_/, ”_/'' Ishiba/NNP/PERSON told/VBD reporters/NNS ./.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).evidence().text()).isEqualTo("We will work with him");
        assertThat(speaker(q.get(0))).isEqualTo("Ishiba");
        assertThat(q.get(0).cue()).isEqualTo("told reporters");
    }

    @Test
    void attributesToTheSubjectOfTheReportingVerbNotTheNameAfterThat() {
        List<Quote> q = quotes("Kyodo/NNP/ORGANIZATION News/NNP/ORGANIZATION reported/VBD that/IN Trump/NNP/PERSON will/MD "
                + "“_/`` almost/RB certainly/RB pressure/VB Japan/NNP/LOCATION again_/RB ”_/'' ./.");
        assertThat(speaker(q.get(0))).isEqualTo("Kyodo News");
    }

    @Test
    void prefersTheSubjectOverTheObjectBeforeTheCue() {
        List<Quote> q = quotes("Trump/NNP/PERSON gave/VBD Ishiba/NNP/PERSON praise/NN ,/, describing/VBG him/PRP as/IN "
                + "“_/`` a/DT very/RB strong/JJ person_/NN ”_/'' ./.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Trump");
    }

    @Test
    void accordingToWithoutANameLeavesTheSpeakerUnknown() {
        List<Quote> q = quotes("According/VBG to/TO media/NNS reports/NNS ,/, the/DT leaders/NNS will/MD issue/VB a/DT statement/NN "
                + "about/IN “_/`` building/VBG a/DT golden/JJ age/NN of/IN relations_/NNS ”_/'' ./.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void aQuoteInTheNextSentenceKeepsTheSpeaker() {
        List<Quote> q = quotes("“_/`` I/PRP will/MD go/VB there/RB soon_/RB ,_/, ”_/'' Ishiba/NNP/PERSON said/VBD ./. "
                + "“_/`` I/PRP hope/VBP to/TO meet/VB many/JJ people/NNS ._/. ”_/''");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1))).isEqualTo("Ishiba");
    }

    @Test
    void scareQuotesAndTitlesAreNotSpeech() {
        assertThat(quotes("They/PRP want/VBP a/DT “_/`` golden/JJ age_/NN ”_/'' of/IN ties/NNS ./.")).isEmpty();
        assertThat(quotes("Gian/NNP/PERSON is/VBZ called/VBN “_/`` Big/NNP G_/NNP ”_/'' ./.")).isEmpty();
    }

    @Test
    void longQuotesWithoutAttributionAreKeptWithNoSpeaker() {
        List<Quote> q = quotes("There/EX is/VBZ an/DT adage/NN :/: “_/`` A/DT failure/NN abroad/RB can/MD destroy/VB a/DT country_/NN ._/. ”_/''");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void accordingToANameAfterTheQuoteNamesTheSpeaker() {
        List<Quote> q = quotes("“_/`` Talks/NNS will/MD resume/VB next/JJ month_/NN ,_/, ”_/'' according/VBG to/TO "
                + "Kyodo/NNP/ORGANIZATION News/NNP/ORGANIZATION ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speaker(x)).isEqualTo("Kyodo News");
            assertThat(x.cue()).isEqualTo("according to");
        });
    }

    @Test
    void anUnnamedSourceAfterTheQuoteIsTheSpeakerWithoutAName() {
        List<Quote> q = quotes("“_/`` We/PRP will/MD go/VB there/RB soon_/RB ,_/, ”_/'' Ishiba/NNP/PERSON said/VBD ./. "
                + "“_/`` The/DT deal/NN is/VBZ not/RB done/VBN yet_/RB ,_/, ”_/'' a/DT senior/JJ official/NN said/VBD ./.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker().text()).isEqualTo("a senior official");
        assertThat(q.get(1).speakerName()).isNull();
    }

    @Test
    void saidBeforeAnUnnamedSourceAfterTheQuoteAlsoNamesIt() {
        List<Quote> q = quotes("“_/`` The/DT deal/NN is/VBZ not/RB done/VBN yet_/RB ,_/, ”_/'' said/VBD one/CD diplomat/NN ./.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).isEqualTo("one diplomat"));
    }

    @Test
    void aQuoteThatIsItsOwnSentenceTakesTheSpeakerOfTheSentenceBeforeThatSaysSomeoneSpoke() {
        List<Quote> q = quotes("Hayashi/NNP/PERSON told/VBD reporters/NNS the/DT visit/NN mattered/VBD ./. "
                + "“_/`` It/PRP shows/VBZ how/WRB much/JJ Japan/NNP/LOCATION counts_/VBZ ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Hayashi"));
    }

    @Test
    void aSentenceThatSaysNobodySpokeDoesNotIntroduceTheNextQuote() {
        List<Quote> q = quotes("The/DT ministry/NN/ORGANIZATION announced/VBD new/JJ tariffs/NNS ./. "
                + "“_/`` This/DT is/VBZ a/DT disaster/NN for/IN farmers_/NNS ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isNull());
    }

    @Test
    void aQuoteRunningOverTwoParagraphsHasOneSpeakerNamedInItsLastParagraph() {
        List<Quote> q = quotesWithParagraphBreak("“_/`` We/PRP came/VBD to/TO talk/VB about/IN trade_/NN ._/. "
                + "“_/`` And/CC we/PRP will/MD talk/VB again/RB ,_/, ”_/'' Ishiba/NNP/PERSON said/VBD ./.", 2);
        assertThat(q).hasSize(2);
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsExactly("Ishiba", "Ishiba");
    }

    @Test
    void aQuoteNamedAsATitleIsNotSpeech() {
        assertThat(quotes("He/PRP wrote/VBD a/DT book/NN titled/VBN “_/`` The/DT Art/NN of/IN the/DT Deal_/NN ”_/'' ./.")).isEmpty();
        assertThat(quotes("It/PRP is/VBZ the/DT so-called/JJ “_/`` free/JJ and/CC open/JJ Indo-Pacific/NNP vision_/NN ”_/'' ./."))
                .isEmpty();
    }

    @Test
    void aTitleAsSpeakerNamesThePersonTheTextGivesThatTitle() {
        List<Quote> q = quotes("Former/JJ Prime/NNP/TITLE Minister/NNP/TITLE Abe/NNP/PERSON met/VBD Prime/NNP/TITLE "
                + "Minister/NNP/TITLE Shigeru/NNP/PERSON Ishiba/NNP/PERSON ./. Ishiba/NNP/PERSON left/VBD ./. "
                + "“_/`` I/PRP cannot/MD answer/VB that/DT question_/NN ,_/, ”_/'' the/DT prime/JJ/TITLE minister/NN/TITLE said/VBD ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker().text()).isEqualTo("the prime minister");
            assertThat(speaker(x)).isEqualTo("Ishiba");
        });
    }
}
