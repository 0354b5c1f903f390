package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void aQuoteNamedByKnownAsOrConsideredOrAsANounCalledIsNotSpeech() {
        assertThat(quotes("He/PRP is/VBZ known/VBN locally/RB as/IN “_/`` the/DT King/NNP of/IN the/DT Cochayuyo_/NNP ”_/'' ./.")).isEmpty();
        assertThat(quotes("It/PRP fell/VBD on/IN what/WP is/VBZ considered/VBN the/DT “_/`` summer/NN 's/POS last/JJ big/JJ weekend_/NN ”_/'' ./."))
                .isEmpty();
        assertThat(quotes("He/PRP sells/VBZ an/DT essay/NN called/VBN “_/`` Seaweed/NN is/VBZ a/DT mine/NN of/IN salts_/NNS ”_/'' ./."))
                .isEmpty();
    }

    @Test
    void anUnattributedCapitalizedQuoteWithoutAVerbIsAName() {
        assertThat(quotes("Hiko/NNP hosted/VBD a/DT “_/`` Storm/NNP Area/NNP 51/CD Basecamp/NNP Experience_/NNP ”_/'' ./.")).isEmpty();
    }

    @Test
    void anUnattributedLowerCaseQuoteWithoutAVerbMayBeAPartialQuote() {
        assertThat(quotes("He/PRP was/VBD driving/VBG a/DT truck/NN “_/`` erratically/RB and/CC across/IN the/DT center/NN line_/NN ”_/'' ./."))
                .hasSize(1);
    }

    @Test
    void theTranslationInBracketsOfATitleIsNotSpeechEither() {
        assertThat(quotes("He/PRP sells/VBZ an/DT essay/NN called/VBN “_/`` El/FW cochayuyo/FW es/FW una/FW mina_/FW ”_/'' "
                + "(_/-LRB- “_/`` Cochayuyo/NN is/VBZ a/DT mine/NN of/IN salts_/NNS ”_/'' )_/-RRB- ./.")).isEmpty();
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

    @Test
    void aTitleAfterANationalityIsTheSameTitle() {
        List<Quote> q = quotes("French/JJ/NATIONALITY president/NN/TITLE Nicolas/NNP/PERSON Sarkozy/NNP/PERSON spoke/VBD ./. "
                + "“_/`` The/DT prospects/NNS of/IN finding/VBG survivors/NNS are/VBP low_/JJ ,_/, ”_/'' the/DT president/NN/TITLE said/VBD ./.");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Nicolas Sarkozy"));
    }

    @Test
    void speechInSingleMarksIsAttributedLikeSpeechInDoubleOnes() {
        List<Quote> q = quotes("Keir/NNP/PERSON Starmer/NNP/PERSON said/VBD :/: '_/`` We/PRP will/MD not/RB back/VB down_/RP ._/. '/'' "
                + "'_/`` It_/PRP 's/VBZ a/DT disaster_/NN ,_/, '/'' said/VBD Kemi/NNP/PERSON Badenoch/NNP/PERSON ./.");
        assertThat(q).extracting(x -> x.evidence().text(), QuoteExtractorTest::speaker).containsExactly(
                tuple("We will not back down.", "Keir Starmer"), tuple("It's a disaster", "Kemi Badenoch"));
    }

    @Test
    void aHeadingQuoteRepeatingPartOfALaterQuoteTakesItsSpeaker() {
        List<Quote> q = quotes("‘_/`` The/DT house/NN moved/VBD side/NN to/TO side_/NN ’_/'' ./. Diego/NNP/PERSON Grez/NNP/PERSON "
                + "said/VBD :/: “_/`` It/PRP was/VBD night/NN ./. The/DT house/NN moved/VBD side/NN to/TO side_/NN ._/. ”_/''");
        assertThat(q).extracting(x -> x.evidence().text(), QuoteExtractorTest::speaker).containsExactly(
                tuple("The house moved side to side", "Diego Grez"),
                tuple("It was night . The house moved side to side.", "Diego Grez"));
    }

    @Test
    void aFormerHolderOfATitleInLowerCaseIsNotTheOneWhoHoldsIt() {
        List<Quote> q = quotes("Former/JJ president/NN/TITLE Nicolas/NNP/PERSON Sarkozy/NNP/PERSON spoke/VBD ./. "
                + "“_/`` The/DT prospects/NNS of/IN finding/VBG survivors/NNS are/VBP low_/JJ ,_/, ”_/'' the/DT president/NN/TITLE said/VBD ./.");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isNull());
    }

    @Test
    void anAppositionWithoutItsClosingCommaStillGivesWayToThePerson() {
        List<Quote> q = quotes("John/NNP/PERSON Sifton/NNP/PERSON ,/, researcher/NN at/IN Human/NNP/ORGANIZATION Rights/NNP/ORGANIZATION "
                + "Watch/NNP/ORGANIZATION said/VBD “_/`` Soldiers/NNS were/VBD told/VBN the/DT rules/NNS did/VBD not/RB apply_/VB ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("John Sifton"));
    }

    @Test
    void anIntroductoryPhraseEndingInANameIsNoApposition() {
        List<Quote> q = quotes("Unlike/IN Obama/NNP/PERSON ,/, many/JJ senators/NNS said/VBD “_/`` the/DT plan/NN will/MD not/RB work_/VB ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isNull());
    }

    @Test
    void aLongQuoteAfterASemicolonClosingAClauseTakesItsSubject() {
        List<Quote> q = quotes("Prime/NNP/TITLE Minister/NNP/TITLE Jean-Max/NNP/PERSON Bellerive/NNP/PERSON disagreed/VBD strongly/RB ;/: "
                + "“_/`` we/PRP did/VBD not/RB arrest/VB Americans/NNPS ,/, we/PRP arrested/VBD kidnappers_/NNS ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).endsWith("Jean-Max Bellerive"));
    }

    @Test
    void anAppositionBetweenTheSubjectAndTheVerbDoesNotNameTheSpeaker() {
        List<Quote> q = quotes("Nancy/NNP/PERSON Pelosi/NNP/PERSON ,/, the/DT Speaker/NNP of/IN the/DT House/NNP/ORGANIZATION ,/, "
                + "said/VBD “_/`` We/PRP are/VBP committed/VBN to/TO keeping/VBG it/PRP open_/JJ ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speaker(x)).isEqualTo("Nancy Pelosi");
            assertThat(x.speaker().text()).isEqualTo("Nancy Pelosi");
            assertThat(x.speaker().start()).isZero();
        });
    }

    @Test
    void aPersonModifiedByAnOrganizationIsTheSpeaker() {
        List<Quote> q = quotes("Yvette/NNP/PERSON Cooper/NNP/PERSON of/IN the/DT Labour/NNP/ORGANIZATION Party/NNP/ORGANIZATION "
                + "added/VBD ,/, “_/`` This/DT is/VBZ a/DT dangerous/JJ way/NN to/TO govern_/VB ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Yvette Cooper"));
    }

    @Test
    void aPronounSpeakerIsTheSubjectOfTheSentenceBeforeNotTheNearestName() {
        List<Quote> q = quotes("Honcharuk/NNP/PERSON resigned/VBD after/IN a/DT leak/NN on/IN YouTube/NNP/ORGANIZATION ./. "
                + "He/PRP said/VBD Zelensky/NNP/PERSON is/VBZ “_/`` a/DT model/NN of/IN honesty/NN for/IN me_/PRP ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker().text()).isEqualTo("He");
            assertThat(speaker(x)).isEqualTo("Honcharuk");
        });
    }

    @Test
    void aChainOfPronounSubjectsLeadsBackToTheName() {
        List<Quote> q = quotes("Mitsotakis/NNP/PERSON spoke/VBD to/TO the/DT council/NN ./. He/PRP met/VBD Trump/NNP/PERSON later/RB ./. "
                + "“_/`` We/PRP seek/VBP to/TO exclude/VB nobody/NN at/IN all_/DT ,_/, ”_/'' he/PRP added/VBD ./.");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Mitsotakis"));
    }

    @Test
    void aPronounAfterAnotherPersonInTheSameSentenceIsItsSubject() {
        List<Quote> q = quotes("Mitsotakis/NNP/PERSON met/VBD with/IN President/NNP/TITLE Trump/NNP/PERSON ,/, where/WRB he/PRP "
                + "noted/VBD “_/`` it/PRP is/VBZ important/JJ to/TO point/VB that/DT out_/RP ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Mitsotakis"));
    }

    @Test
    void aPartialQuoteInReportedSpeechTakesTheSubjectOfTheReportingClause() {
        List<Quote> q = quotes("Mitsotakis/NNP/PERSON underlined/VBD that/IN he/PRP would/MD be/VB “_/`` very/RB happy/JJ if/IN "
                + "Turkey/NNP/LOCATION were/VBD to/TO reconsider_/VB ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speaker(x)).isEqualTo("Mitsotakis");
            assertThat(x.cue()).isEqualTo("underlined");
        });
    }

    @Test
    void aRelativeClauseBetweenTheSubjectAndTheVerbIsSkippedAndASurnameTheTaggerMissedIsAName() {
        List<Quote> q = quotes("Joanna/NNP/PERSON Cherry/NNP/PERSON filed/VBD the/DT case/NN ./. Cherry/NNP ,/, who/WP led/VBD "
                + "the/DT petition/NN ,/, said/VBD ,/, “_/`` The/DT government/NN is/VBZ breaking/VBG the/DT law_/NN ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker().text()).isEqualTo("Cherry");
            assertThat(speaker(x)).isEqualTo("Cherry");
        });
    }

    @Test
    void quotedAsSayingNamesThePersonQuoted() {
        List<Quote> q = quotes("Politico/NNP/ORGANIZATION quoted/VBD Tim/NNP/PERSON Manning/NNP/PERSON ,/, formerly/RB a/DT deputy/NN "
                + "at/IN FEMA/NNP/ORGANIZATION ,/, as/IN saying/VBG “_/`` FEMA/NNP/ORGANIZATION has/VBZ an/DT important/JJ role_/NN ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Tim Manning"));
    }

    @Test
    void aReportingVerbInAnAsideBetweenDashesDoesNotIntroduceTheQuote() {
        List<Quote> q = quotes("John/NNP/PERSON Bercow/NNP/PERSON commented/VBD on/IN the/DT matter/NN —/: which/WDT the/DT "
                + "BBC/NNP/ORGANIZATION noted/VBD as/IN unusual/JJ —/: “_/`` It/PRP is/VBZ blindingly/RB obvious/JJ to/TO all_/DT ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speaker(x)).isEqualTo("John Bercow");
            assertThat(x.cue()).isEqualTo("commented");
        });
    }

    @Test
    void aQuoteInAnAsideOpenedAfterTheVerbIsNotIntroducedByIt() {
        List<Quote> q = quotes("Ishiba/NNP/PERSON made/VBD a/DT sidestep/NN when/WRB a/DT reporter/NN asked/VBD about/IN "
                + "tariffs/NNS —/: that/IN he/PRP was/VBD “_/`` unable/JJ to/TO respond/VB to/TO that_/DT ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speaker(x)).isEqualTo("Ishiba");
            assertThat(x.cue()).isNull();
        });
    }

    @Test
    void anUnnamedSubjectNamesNoOneEvenWithANameInItsObject() {
        List<Quote> q = quotes("A/DT number/NN of/IN senators/NNS condemned/VBD the/DT act/NN of/IN the/DT NTC/NNP/ORGANIZATION ,/, "
                + "citing/VBG it/PRP as/IN “_/`` a/DT grave/JJ abuse/NN of/IN power_/NN ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker().text()).isEqualTo("A number of senators");
            assertThat(x.speakerName()).isNull();
            assertThat(x.cue()).isEqualTo("citing");
        });
    }

    @Test
    void aParticipleAfterTheClauseTakesTheClauseSubject() {
        List<Quote> q = quotes("Bolton/NNP/PERSON gave/VBD an/DT account/NN of/IN events/NNS ,/, also/RB speaking/VBG via/IN "
                + "Twitter/NNP/ORGANIZATION :/: “_/`` I/PRP offered/VBD to/TO resign/VB last/JJ night_/NN ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Bolton"));
    }

    @Test
    void aQuoteBrokenByItsReportingClauseKeepsTheSpeakerInItsSecondPart() {
        List<Quote> q = quotes("“_/`` I/PRP informed/VBD him/PRP last/JJ night_/NN ,_/, ”_/'' wrote/VBD Trump/NNP/PERSON on/IN "
                + "Twitter/NNP/ORGANIZATION ,/, “_/`` and/CC I/PRP asked/VBD for/IN his/PRP$ resignation_/NN ”_/'' ./.");
        assertThat(q).hasSize(2);
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsExactly("Trump", "Trump");
    }

    @Test
    void aDescriptionNobodyInTheTextHoldsNamesNoOne() {
        List<Quote> q = quotes("The/DT spokesperson/NN/TITLE added/VBD ,/, “_/`` we/PRP would/MD not/RB consider/VB such/JJ "
                + "requests_/NNS ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker().text()).isEqualTo("The spokesperson");
            assertThat(x.speakerName()).isNull();
        });
    }

    @Test
    void continuedRightAfterTheQuoteReportsSpeech() {
        List<Quote> q = quotes("Rouhani/NNP/PERSON spoke/VBD in/IN Tehran/NNP/LOCATION ./. “_/`` Your/PRP$ presence/NN has/VBZ "
                + "been/VBN a/DT calamity_/NN ,_/, ”_/'' he/PRP continued/VBD ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speaker(x)).isEqualTo("Rouhani");
            assertThat(x.cue()).isEqualTo("continued");
        });
    }

    @Test
    void continuedRightBeforeTheQuoteIntroducesIt() {
        List<Quote> q = quotes("Johnson/NNP/PERSON continued/VBD ,/, “_/`` And/CC I/PRP hope/VBP she/PRP will/MD come/VB back_/RB ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Johnson"));
    }

    @Test
    void informedReportsSpeech() {
        List<Quote> q = quotes("Anne/NNP/PERSON Sacoolas/NNP/PERSON spoke/VBD with/IN police/NNS ./. She/PRP informed/VBD police/NNS "
                + "she/PRP had/VBD immunity/NN ,/, but/CC “_/`` that/IN she/PRP had/VBD no/DT plans/NNS to/TO leave_/VB ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speaker(x)).isEqualTo("Anne Sacoolas");
            assertThat(x.cue()).isEqualTo("informed");
        });
    }

    @Test
    void aCourtThatRuledSpeaksUnderTheWholeNameTheTaggerMissed() {
        List<Quote> q = quotes("The/DT High/NNP Court/NNP of/IN England/NNP and/CC Wales/NNP ruled/VBD ,/, finding/VBG that/IN it/PRP "
                + "was/VBD not/RB for/IN the/DT courts/NNS :/: “_/`` In/IN our/PRP$ view/NN it/PRP is/VBZ not/RB justiciable_/JJ ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker().text()).isEqualTo("High Court of England and Wales");
            assertThat(speaker(x)).isEqualTo("High Court of England and Wales");
        });
    }

    @Test
    void aNameTheTaggerMissedIsTheOutermostProperNounPhraseNotOneInsideAnOfPhrase() {
        List<Quote> named = quotes("Lisa/NNP Parry/NNP ,/, a/DT retired/VBN nurse/NN ,/, said/VBD ,/, “_/`` I/PRP went/VBD to/TO bed/NN "
                + "at/IN one/CD o'clock_/RB ._/. ”_/''");
        assertThat(named).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Lisa Parry"));
        List<Quote> unnamed = quotes("A/DT number/NN of/IN Senators/NNPS condemned/VBD it/PRP ,/, citing/VBG it/PRP as/IN "
                + "“_/`` a/DT grave/JJ abuse/NN of/IN power_/NN ”_/'' ./.");
        assertThat(unnamed).singleElement().satisfies(x -> {
            assertThat(x.speaker().text()).isEqualTo("A number of Senators");
            assertThat(x.speakerName()).isNull();
        });
    }

    @Test
    void aParticipleAfterTheObjectOfTheClauseTakesTheClauseSubject() {
        List<Quote> q = quotes("Trump/NNP/PERSON issued/VBD a/DT statement/NN at/IN his/PRP$ club/NN in/IN Washington/NNP/LOCATION "
                + "saying/VBG ,/, “_/`` The/DT election/NN is/VBZ far/RB from/IN over_/RB ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Trump"));
    }

    @Test
    void aLongQuoteAfterAClauseWithoutAReportingVerbTakesTheClauseSubject() {
        List<Quote> q = quotes("Trump/NNP/PERSON ,/, also/RB on/IN Twitter/NNP/ORGANIZATION ,/, defended/VBD his/PRP$ decision/NN ,/, "
                + "“_/`` I/PRP will/MD totally/RB destroy/VB their/PRP$ economy_/NN ._/. ”_/''");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speaker(x)).isEqualTo("Trump");
            assertThat(x.cue()).isNull();
        });
        assertThat(quotes("Trump/NNP/PERSON met/VBD his/PRP$ friend/NN ,/, “_/`` a/DT good/JJ man_/NN ”_/'' ./.")).isEmpty();
    }

    @Test
    void accordingToAnOutletsWriterNamesTheWriter() {
        List<Quote> q = quotes("According/VBG to/TO Samoa/NNP/ORGANIZATION Observer/NNP/ORGANIZATION editor/NN Keni/NNP/PERSON "
                + "Lesa/NNP/PERSON ,/, the/DT movement/NN was/VBD able/JJ to/TO “_/`` really/RB hammer/VB home/RB their/PRP$ message_/NN ”_/'' ./.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speaker(x)).isEqualTo("Keni Lesa");
            assertThat(x.cue()).isEqualTo("according to");
        });
    }

    @Test
    void aPronounAfterALongQuoteReachesTheNameBeforeTheQuote() {
        List<Quote> q = quotes("Preval/NNP/PERSON spoke/VBD ./. “_/`` Schools/NNS collapsed/VBD ./. Hospitals/NNS collapsed/VBD ./. "
                + "Roads/NNS collapsed/VBD ./. Many/JJ died_/VBD ,_/, ”_/'' he/PRP said/VBD ./.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Preval");
    }

    @Test
    void aNameTheTaggerMissedAfterTheQuoteIsTheSpeaker() {
        List<Quote> q = quotes("Ban/NNP/PERSON Ki-moon/NNP/PERSON spoke/VBD ./. “_/`` We/PRP will/MD help/VB the/DT people_/NNS ,_/, ”_/'' "
                + "Ban/NNP stated/VBD ./.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().text()).isEqualTo("Ban");
        assertThat(speaker(q.get(0))).isEqualTo("Ban");
    }

    @Test
    void aLowerCaseTitleBeforeTheNameAfterTheVerbGivesTheName() {
        List<Quote> q = quotes("“_/`` You/PRP have/VBP betrayed/VBN this/DT country_/NN ,_/, ”_/'' said/VBD judge/NN "
                + "Astill/NNP/PERSON ./.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Astill");
    }

    @Test
    void anUnnamedSourceFollowedByItsNameGivesTheName() {
        List<Quote> q = quotes("“_/`` People/NNS take/VBP things/NNS at/IN night_/NN ._/. ”_/'' said/VBD one/CD local/JJ resident_/NN ,_/, "
                + "Omen/NNP/PERSON Cola_/NNP/PERSON ,_/, to/TO AFP/NNP/ORGANIZATION ./.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Omen Cola");
    }

    @Test
    void aQuoteRightAfterASentenceAboutANamedPersonInTheSameParagraphIsThatPersons() {
        String tagged = "Delva/NNP/PERSON was/VBD in/IN the/DT area_/NN ./. “_/`` Everything/NN started/VBD shaking/VBG ,/, "
                + "people/NNS were/VBD screaming_/VBG ._/. ”_/''";
        assertThat(speaker(quotes(tagged).get(0))).isEqualTo("Delva");
        assertThat(speaker(quotesWithParagraphBreak(tagged, 1).get(0))).isNull();
    }

    @Test
    void aQuoteAfterAnOrganizationsDeedHasNoSpeaker() {
        List<Quote> q = quotes("The/DT ministry/NN announced/VBD new/JJ tariffs_/NNS ./. “_/`` Everything/NN will/MD cost/VB "
                + "more/JJR from/IN now/RB on_/IN ._/. ”_/''");
        assertThat(speaker(q.get(0))).isNull();
    }

    @Test
    void aSentenceDescribingASituationIntroducesTheNextQuote() {
        List<Quote> q = quotes("Daras/NNP/PERSON ,/, the/DT ambassador_/NN ,/, described/VBD the/DT situation_/NN ./. "
                + "“_/`` We/PRP fear/VBP a/DT major/JJ loss/NN of/IN life_/NN ._/. ”_/''");
        assertThat(speaker(q.get(0))).isEqualTo("Daras");
    }

    @Test
    void itAfterTheQuoteIsTheOrganizationThatIsTheSubjectBefore() {
        List<Quote> q = quotes("The/DT American/NNP/ORGANIZATION Red/NNP/ORGANIZATION Cross/NNP/ORGANIZATION pledged/VBD aid/NN ./. "
                + "“_/`` We/PRP expect/VBP to/TO see/VB immediate/JJ needs_/NNS ,_/, ”_/'' it/PRP said/VBD ./.");
        assertThat(q.get(0).speaker().text()).isEqualTo("it");
        assertThat(speaker(q.get(0))).isEqualTo("American Red Cross");
    }

    @Test
    void itAfterTheQuoteWithNoOrganizationBeforeNamesNoOne() {
        List<Quote> q = quotes("Smith/NNP/PERSON wrote/VBD a/DT report/NN ./. "
                + "“_/`` We/PRP expect/VBP to/TO see/VB immediate/JJ needs_/NNS ,_/, ”_/'' it/PRP said/VBD ./.");
        assertThat(speaker(q.get(0))).isNull();
    }

    @Test
    void aParticipleAfterAReportedClauseSharesTheReportingVerbsSubject() {
        List<Quote> q = quotes("Andresol/NNP/PERSON remarked/VBD that/IN blackouts/NNS resulted/VBD in/IN crime_/NN ,/, adding/VBG "
                + "that/IN inmates/NNS escaped_/VBD ./. “_/`` It/PRP took/VBD us/PRP five/CD years/NNS to/TO catch/VB them_/PRP ._/. ”_/''");
        assertThat(speaker(q.get(0))).isEqualTo("Andresol");
    }

    @Test
    void aReportingClauseSplitIntoTheNextSentenceInLowerCaseStillAttributes() {
        List<Quote> q = quotes("“_/`` People/NNS take/VBP things/NNS at/IN night_/NN ”/'' ./. said/VBD one/CD local/JJ resident_/NN ,/, "
                + "Omen/NNP/PERSON Cola_/NNP/PERSON ./.");
        assertThat(speaker(q.get(0))).isEqualTo("Omen Cola");
    }

    @Test
    void aNameInAppositionToTheUnnamedSourceIsTheSpeakerWhateverItsTagButNotAClauseOfItsOwn() {
        List<Quote> resident = quotes("“_/`` People/NNS take/VBP things/NNS at/IN night_/NN ,_/, ”_/'' said/VBD one/CD resident_/NN ,/, "
                + "Omen/NNP/ORGANIZATION Cola_/NNP/ORGANIZATION ,/, to/TO AFP/NNP/ORGANIZATION ./.");
        assertThat(speaker(resident.get(0))).isEqualTo("Omen Cola");
        List<Quote> official = quotes("“_/`` People/NNS take/VBP things/NNS at/IN night_/NN ,_/, ”_/'' said/VBD one/CD official_/NN ,/, "
                + "AFP/NNP/ORGANIZATION reported/VBD ./.");
        assertThat(speaker(official.get(0))).isNull();
        assertThat(official.get(0).speaker().text()).isEqualTo("one official");
    }

    @Test
    void theDescriptionOfANamedOrganizationNamesIt() {
        List<Quote> q = quotes("The/DT Thai/NNP/ORGANIZATION Raksa/NNP/ORGANIZATION Chart/NNP/ORGANIZATION party/NN/ORGANIZATION "
                + "nominated/VBD her/PRP ./. “_/`` The/DT party/NN complies/VBZ with/IN the/DT command_/NN ,_/, ”_/'' "
                + "the/DT party/NN informed/VBD the/DT press/NN ./.");
        assertThat(q.get(0).speaker().text()).isEqualTo("the party");
        assertThat(speaker(q.get(0))).isEqualTo("Thai Raksa Chart party");
        List<Quote> unnamed = quotes("“_/`` The/DT party/NN complies/VBZ with/IN the/DT command_/NN ,_/, ”_/'' "
                + "the/DT ministry/NN informed/VBD the/DT press/NN ./.");
        assertThat(speaker(unnamed.get(0))).isNull();
    }

    @Test
    void aPronounDoesNotSkipASentenceThatNamesAPersonWhoseSubjectWasNotFound() {
        List<Quote> q = quotes("“_/`` It/PRP is/VBZ sad_/JJ ,_/, ”_/'' Cengiz/NNP/PERSON said/VBD ./. "
                + "Callamard/NNP/PERSON ,/, a/DT rapporteur/NN who/WP had/VBD investigated/VBN the/DT case_/NN ,/, cautioned/VBD "
                + "patience/NN ./. "
                + "“_/`` Justice/NN takes/VBZ time/NN and/CC it/PRP hurts_/VBZ ,_/, ”_/'' she/PRP said/VBD ./.");
        assertThat(speaker(q.get(1))).isEqualTo("Callamard");
    }
}
