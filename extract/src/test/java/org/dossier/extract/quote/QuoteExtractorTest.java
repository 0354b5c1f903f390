package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.extract.TaggedText;
import org.dossier.extract.mention.MentionExtractor;
import org.dossier.model.fact.Quote;
import org.dossier.model.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static List<Quote> quotes(String tagged) {
        AnnotatedDocument doc = TaggedText.parse(tagged);
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
}
