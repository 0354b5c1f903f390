package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.TaggedText;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Span;
import org.junit.jupiter.api.Test;

class TimexRefinerTest {

    private final TimexRefiner refiner = new TimexRefiner();

    /** Hand-tagged text whose time spans get the given annotator values, in text order. */
    private static AnnotatedDocument tagged(String text, String dct, String... values) {
        AnnotatedDocument d = TaggedText.parse(text, dct);
        List<Span> spans = new ArrayList<>();
        int k = 0;
        for (Span s : d.spans()) {
            boolean time = List.of("DATE", "TIME", "DURATION", "SET").contains(s.type());
            spans.add(time ? new Span(s.type(), s.type(), s.start(), s.end(), s.text(), s.sentence(), values[k++]) : s);
        }
        return new AnnotatedDocument(d.source(), dct, d.tokens(), d.sentences(), spans);
    }

    /** Untagged text with the given time spans, each {@code "words|TYPE|value"}, found in text order. */
    private static AnnotatedDocument spans(String text, String dct, String... spans) {
        AnnotatedDocument d = TaggedText.parse(text, dct);
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (String spec : spans) {
            String[] p = spec.split("\\|");
            int start = d.text().indexOf(p[0], from);
            from = start + p[0].length();
            out.add(new Span(p[1], p[1], start, from, p[0], d.sentenceAt(start).index(), p[2]));
        }
        return new AnnotatedDocument(d.source(), dct, d.tokens(), d.sentences(), out);
    }

    private List<String> refined(AnnotatedDocument doc) {
        return refiner.refine(doc).stream()
                .map(t -> doc.text().substring(t.start(), t.end()) + "|" + t.type() + "|" + t.value()).toList();
    }

    @Test
    void aRangeOfYearsIsTwoDates() {
        AnnotatedDocument doc = tagged("Deliveries/NNS run/VBP from/IN 2009/CD/DATE to/TO/DATE 2011/CD/DATE ./.", "2008-01-10", "2009/2011");
        assertThat(refined(doc)).containsExactly("2009|DATE|2009", "2011|DATE|2011");
    }

    @Test
    void aHyphenatedRangeOfYearsIsTwoDates() {
        AnnotatedDocument doc = tagged("The/DT 2009-2010/CD season/NN ended/VBD ./.", "2010-06-01");
        assertThat(refined(doc)).containsExactly("2009|DATE|2009", "2010|DATE|2010");
    }

    @Test
    void aWeekdayInAPastTenseSentenceIsTheOneBeforeTheCreationDate() {
        AnnotatedDocument doc = tagged("Stocks/NNS fell/VBD on/IN Friday/NNP/DATE ./.", "2010-07-21", "2010-07-23");
        assertThat(refined(doc)).containsExactly("Friday|DATE|2010-07-16");
    }

    @Test
    void aWeekdayInAFutureTenseSentenceIsTheOneAfterTheCreationDate() {
        AnnotatedDocument doc = tagged("Markets/NNS will/MD reopen/VB on/IN Friday/NNP/DATE ./.", "2008-09-17", "2008-09-12");
        assertThat(refined(doc)).containsExactly("Friday|DATE|2008-09-19");
    }

    @Test
    void anOffsetCountsFromTheDateJustMentioned() {
        AnnotatedDocument doc = tagged("The/DT plant/NN closed/VBD on/IN March/NNP/DATE 3/CD/DATE ./. "
                + "It/PRP reopened/VBD three/CD/DATE days/NNS/DATE later/RB/DATE ./.", "2009-06-02", "2009-03-03", "2009-06-05");
        assertThat(refined(doc)).containsExactly("March 3|DATE|2009-03-03", "three days later|DATE|2009-03-06");
    }

    @Test
    void anOffsetWithNoDateBeforeItKeepsTheAnnotatorsValue() {
        AnnotatedDocument doc = tagged("It/PRP reopened/VBD two/CD/DATE days/NNS/DATE later/RB/DATE ./.", "2009-06-02", "2009-06-04");
        assertThat(refined(doc)).containsExactly("two days later|DATE|2009-06-04");
    }

    @Test
    void aTimeInUtcKeepsTheZoneAndIsWrittenWithZ() {
        AnnotatedDocument doc = tagged("Trading/NN closed/VBD at/IN 14:58/CD/TIME UTC/NNP ./.", "2008-09-20", "2008-09-20T14:58+0000");
        assertThat(refined(doc)).containsExactly("14:58 UTC|TIME|2008-09-20T14:58Z");
    }

    @Test
    void aFutureClockTimeWithoutADateIsOnTheCreationDateNotOnAnEarlierDay() {
        AnnotatedDocument doc = tagged("Profit/NN fell/VBD in/IN the/DT quarter/NN ended/VBN Feb./NNP/DATE 28/CD/DATE ./. The/DT firm/NN "
                + "will/MD hold/VB a/DT call/NN at/IN 5/CD/TIME p.m./NN/TIME ./.", "2013-03-22", "2013-02-28", "2013-02-28T17:00");
        assertThat(refined(doc)).containsExactly("Feb. 28|DATE|2013-02-28", "5 p.m.|TIME|2013-03-22T17:00");
    }

    @Test
    void aTimeOfDayWithoutADateIsOnTheCreationDate() {
        AnnotatedDocument doc = tagged("The/DT plane/NN left/VBD at/IN 08:30/CD/TIME ./.", "2005-04-27", "T08:30");
        assertThat(refined(doc)).containsExactly("08:30|TIME|2005-04-27T08:30");
    }

    @Test
    void theVerbFallIsNotASeason() {
        AnnotatedDocument doc = tagged("Shares/NNS fall/VBP/DATE sharply/RB ./.", "2008-10-10", "2008-FA");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void theSeasonFallAfterADeterminerStays() {
        AnnotatedDocument doc = tagged("Sales/NNS rose/VBD in/IN the/DT/DATE fall/NN/DATE ./.", "2008-12-10", "2008-FA");
        assertThat(refined(doc)).containsExactly("the fall|DATE|2008-FA");
    }

    @Test
    void lastSeptemberIsTheMostRecentSeptemberBeforeTheCreationMonth() {
        AnnotatedDocument doc = tagged("Prices/NNS peaked/VBD last/JJ/DATE September/NNP/DATE ./.", "2009-10-12", "2008-09");
        assertThat(refined(doc)).containsExactly("last September|DATE|2009-09");
    }

    @Test
    void aMonthInAPastTenseSentenceIsNotAfterTheCreationDate() {
        AnnotatedDocument doc = tagged("Output/NN fell/VBD in/IN November/NNP/DATE ./.", "2025-02-07", "2025-11");
        assertThat(refined(doc)).containsExactly("November|DATE|2024-11");
    }

    @Test
    void aMonthWithoutTenseIsTheOneNearestTheCreationDateWhateverYearTheTaggerGaveIt() {
        AnnotatedDocument doc = tagged("Measures/NNS remain/VBP until/IN December/NNP/DATE 14/CD/DATE ./.", "2020-01-01",
                "2020-12-14");
        assertThat(refined(doc)).containsExactly("December 14|DATE|2019-12-14");
    }

    @Test
    void aMonthInAFutureClauseIsNotOverWhateverYearTheTaggerGaveIt() {
        AnnotatedDocument doc = tagged("Talks/NNS will/MD resume/VB in/IN October/NNP/DATE ./.", "2009-06-01", "2009-10");
        assertThat(refined(doc)).containsExactly("October|DATE|2009-10");
        doc = tagged("Talks/NNS will/MD resume/VB in/IN March/NNP/DATE ./.", "2009-06-01", "2008-03");
        assertThat(refined(doc)).containsExactly("March|DATE|2010-03");
    }

    @Test
    void aLeapDayWithoutAYearIsPlacedOnlyInLeapYears() {
        AnnotatedDocument doc = tagged("Voting/NN ended/VBD on/IN February/NNP/DATE 29/CD/DATE ./.", "2008-03-10", "2008-02-29");
        assertThat(refined(doc)).containsExactly("February 29|DATE|2008-02-29");
        doc = tagged("Voting/NN ended/VBD on/IN February/NNP/DATE 29/CD/DATE ./.", "2007-03-10", "XXXX-02-29");
        assertThat(refined(doc)).hasSize(1);
    }

    @Test
    void thisPastMonthIsTheLastOneOver() {
        AnnotatedDocument doc = tagged("A/DT shutdown/NN lasted/VBD this/DT/DATE past/JJ/DATE December/NNP/DATE ./.", "2019-02-21",
                "2019-12");
        assertThat(refined(doc)).containsExactly("this past December|DATE|2018-12");
    }

    @Test
    void twelveAmIsMidnightAndAnAfternoonHourIsPastNoon() {
        AnnotatedDocument doc = tagged("He/PRP posted/VBD at/IN 12:54/CD/TIME am/NN/TIME ./.", "2020-10-02", "2020-10-02T12:54");
        assertThat(refined(doc)).containsExactly("12:54 am|TIME|2020-10-02T00:54");
        doc = tagged("Polls/NNS close/VBP at/IN 7/CD/TIME p.m./NN/TIME ./.", "2020-10-02", "2020-10-02T07");
        assertThat(refined(doc)).containsExactly("7 p.m.|TIME|2020-10-02T19");
        doc = tagged("Lunch/NN starts/VBZ at/IN 12:30/CD/TIME pm/NN/TIME ./.", "2020-10-02", "2020-10-02T12:30");
        assertThat(refined(doc)).containsExactly("12:30 pm|TIME|2020-10-02T12:30");
    }

    @Test
    void aCommaBeforeANumberIsNotPartOfTheExpressionAndACountIsNoYear() {
        AnnotatedDocument doc = tagged("By/IN then/RB ,/,/DATE 1885/CD/DATE aftershocks/NNS had/VBD occurred/VBN ./.",
                "2020-11-07", "1885");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aPrepositionBeforeADeterminerIsNotPartOfTheExpression() {
        AnnotatedDocument doc = tagged("Jobs/NNS go/VBP over/IN/DURATION the/DT/DURATION next/JJ/DURATION four/CD/DURATION "
                + "years/NNS/DURATION ./.", "2009-06-01", "P4Y");
        assertThat(refined(doc)).containsExactly("the next four years|DURATION|P4Y");
    }

    @Test
    void theLastYearIsTheYearBeforeTheCreationDate() {
        AnnotatedDocument doc = tagged("Profits/NNS grew/VBD over/IN the/DT/DATE last/JJ/DATE year/NN/DATE ./.", "2010-01-28", "2010");
        assertThat(refined(doc)).containsExactly("the last year|DATE|2009");
    }

    @Test
    void aNamedQuarterOfAYearIsThatQuarter() {
        AnnotatedDocument doc = tagged("It/PRP lost/VBD money/NN in/IN the/DT/DATE final/JJ/DATE quarter/NN/DATE of/IN/DATE 2009/CD/DATE ./.",
                "2010-01-28", "2009 INTERSECT PXM");
        assertThat(refined(doc)).containsExactly("the final quarter of 2009|DATE|2009-Q4");
    }

    @Test
    void aFiscalYearIsWrittenWithFy() {
        AnnotatedDocument doc = tagged("Sales/NNS fell/VBD in/IN fiscal/JJ 2009/CD/DATE ./.", "2010-01-28", "2009");
        assertThat(refined(doc)).containsExactly("fiscal 2009|DATE|FY2009");
    }

    @Test
    void aDecadeWithoutItsCenturyIsTheMostRecentOne() {
        AnnotatedDocument doc = tagged("The/DT car/NN sold/VBD well/RB in/IN the/DT 70s/NNS ./.", "2007-01-10");
        assertThat(refined(doc)).containsExactly("the 70s|DATE|197");
    }

    @Test
    void aTwoDigitYearIsTheOneNearestTheCreationDate() {
        AnnotatedDocument doc = tagged("Sales/NNS start/VBP in/IN mid/JJ/DATE '11/CD/DATE ./.", "2010-10-20", "1911");
        assertThat(refined(doc)).containsExactly("mid '11|DATE|2011");
    }

    @Test
    void annualIsAYearlySet() {
        AnnotatedDocument doc = tagged("Ford/NNP posted/VBD its/PRP$ first/JJ annual/JJ profit/NN ./.", "2010-01-28");
        assertThat(refined(doc)).containsExactly("annual|SET|P1Y");
    }

    @Test
    void piecesWithTheSameValueAreOneExpression() {
        AnnotatedDocument doc = tagged("GM/NNP reported/VBD on/IN Thursday/NNP/DATE night/NN/TIME ./.", "2006-01-27",
                "2006-01-26TNI", "2006-01-26TNI");
        assertThat(refined(doc)).containsExactly("Thursday night|TIME|2006-01-26TNI");
    }

    @Test
    void aScoreIsNotAYear() {
        AnnotatedDocument doc = tagged("The/DT bill/NN failed/VBD 52-35/CD/DATE ./.", "2008-12-12", "2035");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aFourDigitClockTimeWithAZoneIsATimeNotAYear() {
        AnnotatedDocument doc = tagged("The/DT polls/NNS closed/VBD at/IN 0000/CD/DATE UTC/NNP ./.", "2019-05-20", "0000");
        assertThat(refined(doc)).containsExactly("0000 UTC|TIME|2019-05-20T00:00Z");
    }

    @Test
    void aClockTimeInAnotherZoneKeepsTheZoneWordInTheSpanOnly() {
        AnnotatedDocument doc = tagged("Voting/NN ends/VBZ at/IN 2100/CD/DATE EST/NNP ./.", "2019-05-20", "2100");
        assertThat(refined(doc)).containsExactly("2100 EST|TIME|2019-05-20T21:00");
    }

    @Test
    void aYearBeforeAZoneLikeWordThatIsNoClockTimeStaysAYear() {
        AnnotatedDocument doc = tagged("In/IN 1999/CD/DATE GMT/NNP was/VBD sold/VBN ./.", "2019-05-20", "1999");
        assertThat(refined(doc)).containsExactly("1999|DATE|1999");
    }

    @Test
    void aSecondBeforeAnAdjectiveAndANounIsAnOrdinal() {
        AnnotatedDocument doc = tagged("Airbus/NNP opened/VBD a/DT/DURATION second/JJ/DURATION new/JJ plant/NN ./.",
                "2008-10-10", "PT1S");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aSecondAtTheEndOfAClauseIsAUnitOfTime() {
        AnnotatedDocument doc = tagged("It/PRP paused/VBD for/IN a/DT/DURATION second/NN/DURATION ./.", "2008-10-10", "PT1S");
        assertThat(refined(doc)).containsExactly("a second|DURATION|PT1S");
    }

    @Test
    void aDateInAClauseOfItsOwnTakesThatClausesTense() {
        AnnotatedDocument doc = tagged("He/PRP added/VBD that/IN the/DT deal/NN may/MD be/VB signed/VBN on/IN September/NNP/DATE "
                + "12/CD/DATE ./.", "2007-09-08", "2006-09-12");
        assertThat(refined(doc)).containsExactly("September 12|DATE|2007-09-12");
    }

    @Test
    void anInfinitiveOfPurposeDoesNotPushADateIntoThePast() {
        AnnotatedDocument doc = tagged("Apple/NNP announced/VBD an/DT event/NN to/TO be/VB held/VBN on/IN October/NNP/DATE 12/CD/DATE ./.",
                "2005-10-04", "2005-10-12");
        assertThat(refined(doc)).containsExactly("October 12|DATE|2005-10-12");
    }

    @Test
    void theEndOfAStateGoesWithTheVerbBeforeTheParticiple() {
        AnnotatedDocument doc = tagged("It/PRP has/VBZ continued/VBN to/TO hold/VB markets/NNS closed/VBD until/IN Friday/NNP/DATE ./.",
                "2008-09-18", "2008-09-12");
        assertThat(refined(doc)).containsExactly("Friday|DATE|2008-09-19");
    }

    @Test
    void aDateAfterUntilEndsAStateAndIsNotPushedIntoThePast() {
        AnnotatedDocument doc = tagged("The/DT court/NN ruled/VBD on/IN the/DT suspension/NN of/IN Parliament/NNP until/IN "
                + "October/NNP/DATE 14/CD/DATE ./.", "2019-09-24", "2019-10-14");
        assertThat(refined(doc)).containsExactly("October 14|DATE|2019-10-14");
    }

    @Test
    void thePresentPerfectDatesNothing() {
        AnnotatedDocument doc = tagged("A/DT June/NNP/DATE 3/CD/DATE hearing/NN has/VBZ been/VBN scheduled/VBN ./.", "2009-05-14",
                "2009-06-03");
        assertThat(refined(doc)).containsExactly("June 3|DATE|2009-06-03");
    }

    @Test
    void aDurationJoinedToItsDayIsTwoExpressions() {
        AnnotatedDocument doc = tagged("The/DT index/NN hit/VBD its/PRP$ lowest/JJS in/IN six/CD/DATE years/NNS/DATE on/IN/DATE "
                + "Thursday/NNP/DATE ./.", "2009-02-20", "2009-02-19-WXX-4 INTERSECT P6Y");
        assertThat(refined(doc)).containsExactly("six years|DURATION|P6Y", "Thursday|DATE|2009-02-19");
    }

    @Test
    void aCountedRunOfTradingDaysIsOneDuration() {
        AnnotatedDocument doc = tagged("Shares/NNS fell/VBD over/IN the/DT/DATE past/JJ/DATE five/CD trading/NN days/NNS/DURATION ./.",
                "2011-03-15", "PAST_REF", "PXD");
        assertThat(refined(doc)).containsExactly("the past five trading days|DURATION|P5D");
    }

    @Test
    void anOrdinalRunOfDaysIsTheCreationDay() {
        AnnotatedDocument doc = tagged("Trading/NN stopped/VBD for/IN a/DT/DURATION second/JJ/DURATION consecutive/JJ day/NN/DURATION ./.",
                "2008-09-17", "PT1S", "P1D");
        assertThat(refined(doc)).containsExactly("a second consecutive day|DATE|2008-09-17");
    }

    @Test
    void theFourthWeekInARowIsTheCreationWeek() {
        AnnotatedDocument doc = tagged("Stocks/NNS gained/VBD for/IN a/DT fourth/JJ/DATE week/NN/DATE in/IN a/DT row/NN ./.", "2009-04-04",
                "2009-W17");
        assertThat(refined(doc)).containsExactly("a fourth week|DATE|2009-W14");
    }

    @Test
    void theDayIsTheDayJustNamed() {
        AnnotatedDocument doc = tagged("Stocks/NNS fell/VBD on/IN Monday/NNP/DATE ./. The/DT Dow/NNP ended/VBD the/DT/DATE day/NN/DATE "
                + "lower/RBR ./.", "2009-02-24", "2009-02-23", "2009-02-24");
        assertThat(refined(doc)).containsExactly("Monday|DATE|2009-02-23", "the day|DATE|2009-02-23");
    }

    @Test
    void aDateCountedBackFromTheCreationDateAnchorsNothing() {
        AnnotatedDocument doc = tagged("Sales/NNS rose/VBD from/IN a/DT/DATE year/NN/DATE ago/RB/DATE ./. Shares/NNS rose/VBD later/RB "
                + "in/IN the/DT/DATE day/NN/DATE ./.", "2010-03-03", "2009-03-03", "2010-03-03");
        assertThat(refined(doc)).containsExactly("a year ago|DATE|2009", "the day|DATE|2010-03-03");
    }

    @Test
    void theYearPreviousIsTheYearBeforeTheOneJustNamed() {
        AnnotatedDocument doc = tagged("Costs/NNS fell/VBD last/JJ/DATE year/NN/DATE ,/, less/JJR than/IN the/DT/DATE year/NN/DATE "
                + "previous/JJ ./.", "2010-01-28", "2009", "2010");
        assertThat(refined(doc)).containsExactly("last year|DATE|2009", "the year previous|DATE|2008");
    }

    @Test
    void theLastWeekOfAMonthIsTheIsoWeekHoldingMostOfIt() {
        AnnotatedDocument doc = tagged("Sales/NNS fell/VBD in/IN the/DT/DATE last/JJ/DATE week/NN/DATE of/IN/DATE March/NNP/DATE ./.",
                "2009-04-01", "PREV_IMMEDIATE P1W INTERSECT XXXX-03");
        assertThat(refined(doc)).containsExactly("the last week of March|DATE|2009-W13");
    }

    @Test
    void aDateWhoseWordsNameNoTimeKeepsNoTimeInItsValue() {
        AnnotatedDocument doc = tagged("GM/NNP spoke/VBD on/IN June/NNP/DATE 1st/CD/DATE ./.", "2009-06-04", "2009-06-01T16:15Z");
        assertThat(refined(doc)).containsExactly("June 1st|DATE|2009-06-01");
    }

    @Test
    void aClockTimeIsOnTheDayItsSentenceNames() {
        AnnotatedDocument doc = tagged("It/PRP flew/VBD Tuesday/NNP/DATE at/IN 18:00/CD/TIME UTC/NNP ./.", "2009-12-16",
                "2009-12-15", "2009-12-16T18:00+0000");
        assertThat(refined(doc)).containsExactly("Tuesday|DATE|2009-12-15", "18:00 UTC|TIME|2009-12-15T18:00Z");
    }

    @Test
    void theSidesOfARangeWithAGarbledValueAreMonthsPlacedByTense() {
        AnnotatedDocument doc = tagged("Output/NN fell/VBD between/IN April/NNP/DATE and/CC/DATE June/NNP/DATE ./.", "2008-11-17",
                "2009/******04/2008/******06");
        assertThat(refined(doc)).containsExactly("April|DATE|2008-04", "June|DATE|2008-06");
    }

    @Test
    void lowerCaseMayAfterAPronounIsTheModal() {
        AnnotatedDocument doc = tagged("This/DT/DATE may/MD/DATE change/VB ./.", "2005-10-12", "2005-05");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aDurationJoinedToAMonthOrYearIsTwoExpressions() {
        AnnotatedDocument doc = tagged("A/DT shutdown/NN lasted/VBD several/JJ/DURATION weeks/NNS/DURATION this/DT/DURATION past/JJ/DURATION "
                + "December/NNP/DURATION ./.", "2019-02-21", "2018-12 INTERSECT PXW");
        assertThat(refined(doc)).containsExactly("several weeks|DURATION|PXW", "this past December|DATE|2018-12");
    }

    @Test
    void theMorningIsOnTheDayJustNamed() {
        AnnotatedDocument doc = tagged("He/PRP died/VBD on/IN Friday/NNP/DATE ./. He/PRP died/VBD in/IN the/DT morning/NN/TIME ./.",
                "2019-09-09", "2019-09-06", "2019-09-09TMO");
        assertThat(refined(doc)).containsExactly("Friday|DATE|2019-09-06", "the morning|TIME|2019-09-06TMO");
    }

    @Test
    void thatNightIsTheNightOfTheDayJustNamedEvenByATime() {
        AnnotatedDocument doc = tagged("It/PRP ended/VBD on/IN Saturday/NNP/TIME afternoon/NN/TIME and/CC was/VBD announced/VBN that/DT "
                + "night/NN/TIME ./.", "2020-01-01", "2019-12-28TAF", "2020-01-01TNI");
        assertThat(refined(doc)).containsExactly("Saturday afternoon|TIME|2019-12-28TAF", "that night|TIME|2019-12-28TNI");
    }

    @Test
    void aModifierBeforeAPrepositionStaysOutOfTheExtent() {
        AnnotatedDocument doc = tagged("Late/RB/DATE on/IN/DATE Sunday/NNP/DATE ,/, talks/NNS ended/VBD ./.", "2019-10-15", "2019-10-13");
        assertThat(refined(doc)).containsExactly("Sunday|DATE|2019-10-13");
    }

    @Test
    void approximationsAndComparisonsBeforeACountAreInTheExtent() {
        AnnotatedDocument doc = tagged("He/PRP stayed/VBD roughly/RB two/CD/DURATION months/NNS/DURATION ,/, left/VBD around/IN "
                + "August/NNP/DATE 2019/CD/DATE and/CC ran/VBD for/IN over/IN 65/CD/DURATION years/NNS/DURATION ./.", "2020-10-22",
                "P2M", "2019-08", "P65Y");
        assertThat(refined(doc)).containsExactly("roughly two months|DURATION|P2M", "around August 2019|DATE|2019-08",
                "over 65 years|DURATION|P65Y");
    }

    @Test
    void aComparisonBeforeNoCountIsAPreposition() {
        AnnotatedDocument doc = tagged("It/PRP ran/VBD over/IN the/DT/DURATION years/NNS/DURATION ./.", "2020-10-22", "PXY");
        assertThat(refined(doc)).containsExactly("the years|DURATION|PXY");
    }

    @Test
    void aCapitalisedSeasonAfterANameWordIsPartOfTheName() {
        AnnotatedDocument doc = tagged("He/PRP named/VBD it/PRP Operation/NNP Peace/NNP Spring/NNP/DATE ./.", "2019-10-15", "2019-SP");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aFourDigitNumberBeforeAPluralNounIsACountNotAYear() {
        AnnotatedDocument doc = tagged("Of/IN these/DT ,/, 1846/CD/DATE persons/NNS were/VBD hospitalized/VBN before/IN the/DT "
                + "2019/CD/DATE elections/NNS ./.", "2020-01-01", "1846", "2019");
        assertThat(refined(doc)).containsExactly("2019|DATE|2019");
    }

    @Test
    void aQuarterBeforeAsOrOfIsAFraction() {
        AnnotatedDocument doc = tagged("Congress/NNP approved/VBD about/IN/DURATION a/DT/DURATION quarter/NN/DURATION as/RB much/JJ money/NN ./.",
                "2019-02-21", "P3M");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void theSecondSideOfAWeekdayRangeComesAfterTheFirst() {
        AnnotatedDocument doc = tagged("He/PRP announced/VBD mourning/NN ,/, Wednesday/NNP/DATE through/IN Friday/NNP/DATE ./.",
                "2020-02-27", "2020-02-26", "2020-02-28");
        assertThat(refined(doc)).containsExactly("Wednesday|DATE|2020-02-26", "Friday|DATE|2020-02-28");
    }

    @Test
    void aMonthWithoutAYearTakesTheYearFramingItsSentence() {
        AnnotatedDocument doc = tagged("In/IN the/DT 2016/CD/DATE election/NN ,/, he/PRP stayed/VBD until/IN June/NNP/DATE ./.",
                "2020-04-15", "2016", "2020-06");
        assertThat(refined(doc)).containsExactly("2016|DATE|2016", "June|DATE|2016-06");
    }

    @Test
    void aYearWrittenAfterTheVerbDoesNotFrameTheSentence() {
        AnnotatedDocument doc = tagged("It/PRP said/VBD sales/NNS grew/VBD since/IN 2003/CD/DATE and/CC that/IN as/IN of/IN "
                + "February/NNP/DATE ,/, it/PRP led/VBD ./.", "2008-04-09", "2003", "2008-02");
        assertThat(refined(doc)).containsExactly("2003|DATE|2003", "February|DATE|2008-02");
    }

    @Test
    void anInfinitiveTakesTheTenseOfTheVerbGoverningIt() {
        AnnotatedDocument doc = tagged("The/DT cabinet/NN unanimously/RB voted/VBD to/TO lift/VB it/PRP on/IN Saturday/NNP/DATE ./.", "2020-01-01",
                "2020-01-04");
        assertThat(refined(doc)).containsExactly("Saturday|DATE|2019-12-28");
    }

    @Test
    void aClockTimeTakesTheDayOfATimeInItsSentence() {
        AnnotatedDocument doc = tagged("Yesterday/NN/TIME at/IN/TIME 10:30/CD/TIME BST/NNP/TIME (/-LRB- 0930/CD UTC/NNP )/-RRB- ,/, "
                + "the/DT court/NN ruled/VBD until/IN October/NNP/DATE 14/CD/DATE ./.", "2019-09-25", "2019-09-24T10:30", "2019-10-14");
        assertThat(refined(doc)).contains("0930 UTC|TIME|2019-09-24T09:30Z");
    }

    @Test
    void aDayWordInAQuotationCountsFromTheDayTheWordsWereSaid() {
        AnnotatedDocument doc = tagged("He/PRP spoke/VBD on/IN Monday/NNP/DATE ./. He/PRP said/VBD :/: “_/`` Today/NN/DATE ,/, I/PRP "
                + "ask/VBP you/PRP ._/. ”_/''", "2020-04-15", "2020-04-13", "2020-04-15");
        assertThat(refined(doc)).containsExactly("Monday|DATE|2020-04-13", "Today|DATE|2020-04-13");
    }

    @Test
    void aDayWordInAQuotationCountsFromTheStorysDayHoweverFarBackItWasNamed() {
        AnnotatedDocument doc = tagged("A/DT plane/NN crashed/VBD yesterday/NN/DATE ./. Fourteen/CD were/VBD injured/VBN ./. "
                + "Ten/CD were/VBD passengers/NNS ./. A/DT doctor/NN said/VBD :/: “_/`` The/DT crash/NN this/DT/TIME morning/NN/TIME "
                + "was/VBD terrible/JJ ._/. ”_/''", "2019-10-03", "2019-10-02", "2019-10-03TMO");
        assertThat(refined(doc)).containsExactly("yesterday|DATE|2019-10-02", "this morning|TIME|2019-10-02TMO");
    }

    @Test
    void laterThatDayIsTheDayTheStoryIsOnHoweverFarBackItWasNamed() {
        AnnotatedDocument doc = tagged("A/DT plane/NN crashed/VBD yesterday/NN/DATE ./. Fourteen/CD were/VBD injured/VBN ./. "
                + "Ten/CD were/VBD passengers/NNS ./. The/DT airport/NN reopened/VBD later/RB that/DT day/NN/DURATION ./.",
                "2019-10-03", "2019-10-02", "P1D");
        assertThat(refined(doc)).containsExactly("yesterday|DATE|2019-10-02", "later that day|DATE|2019-10-02");
    }

    @Test
    void aZoneAbbreviationIsInTheExtentAndAnApproximationBeforeAClockTimeToo() {
        AnnotatedDocument doc = tagged("It/PRP crashed/VBD at/IN 9:54/CD/TIME a.m./NN/TIME ET/NNP ./.", "2019-10-03",
                "2019-10-03T09:54");
        assertThat(refined(doc)).containsExactly("9:54 a.m. ET|TIME|2019-10-03T09:54");
        doc = tagged("It/PRP crashed/VBD at/IN around/RB 14:00/CD/TIME ./.", "2020-02-05", "2020-02-05T14:00");
        assertThat(refined(doc)).containsExactly("around 14:00|TIME|2020-02-05T14:00");
        doc = tagged("It/PRP ended/VBD after/IN more/JJR than/IN 14:00/CD/TIME ./.", "2020-02-05", "2020-02-05T14:00");
        assertThat(refined(doc)).containsExactly("14:00|TIME|2020-02-05T14:00");
    }

    @Test
    void oneWordReadAsAVerbAndTheBareNounTimeAreNoTimeExpressions() {
        AnnotatedDocument doc = tagged("They/PRP wanted/VBD to/TO present/VB/DATE the/DT evidence/NN ./.", "2019-02-02", "PRESENT_REF");
        assertThat(refined(doc)).isEmpty();
        doc = tagged("He/PRP was/VBD in/IN debt/NN at/IN the/DT time/NN/DATE ./.", "2020-02-15", "PAST_REF");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void anInfinitiveAfterAFrontedDateIsNotTheClausesVerb() {
        AnnotatedDocument doc = tagged("On/IN Thursday/NNP/DATE ,/, Tsikhanouskaya/NNP ,/, a/DT candidate/NN in/IN the/DT election/NN "
                + "to/TO be/VB held/VBN soon/RB ,/, held/VBD a/DT rally/NN ./.", "2020-08-03", "2020-08-06");
        assertThat(refined(doc)).containsExactly("Thursday|DATE|2020-07-30");
    }

    @Test
    void quartersOfAWholeAreAFraction() {
        AnnotatedDocument doc = tagged("It/PRP needs/VBZ at/IN/DURATION least/JJS/DURATION three/CD/DURATION quarters/NNS/DURATION "
                + "of/IN the/DT states/NNS ./.", "2019-01-06", "P9M");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aCapitalisedOrdinalBeforeANameIsPartOfTheName() {
        AnnotatedDocument doc = tagged("He/PRP led/VBD during/IN the/DT/TIME Second/NNP/TIME World/NNP War/NNP ./.", "2019-01-06",
                "2019-01-03TXX:XX");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aUnitAfterPerIsARate() {
        AnnotatedDocument doc = tagged("He/PRP is/VBZ confined/VBN 23/CD/DURATION hours/NNS/DURATION per/IN day/NN/DURATION ./.",
                "2019-03-15", "PT23H", "P1D");
        assertThat(refined(doc)).containsExactly("23 hours|DURATION|PT23H", "per day|SET|P1D");
    }

    @Test
    void aMonthThatIsThePersonsNameElsewhereIsThePerson() {
        AnnotatedDocument doc = tagged("Theresa/NNP/PERSON May/NNP/PERSON resigned/VBD ./. He/PRP opposed/VBD May/NNP/DATE "
                + "'s/POS agreement/NN ./.", "2019-07-24", "2019-05");
        assertThat(refined(doc)).isEmpty();
        doc = tagged("Theresa/NNP/PERSON May/NNP/PERSON resigned/VBD in/IN May/NNP/DATE ./.", "2019-07-24", "2019-05");
        assertThat(refined(doc)).containsExactly("May|DATE|2019-05");
    }

    @Test
    void anAdjectiveOfTimeBeforeAnotherAdjectiveAndADeterminerAloneAreNoExpressions() {
        AnnotatedDocument doc = tagged("It/PRP deters/VBZ future/JJ/DATE Iranian/JJ attacks/NNS ./.", "2020-01-05", "FUTURE_REF");
        assertThat(refined(doc)).isEmpty();
        doc = tagged("He/PRP left/VBD after/IN the/DT/TIME ruling/NN ./.", "2019-10-10", "2019-10-07TXX:XX");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aUnitAndAHalfIsOneDuration() {
        AnnotatedDocument doc = tagged("It/PRP lasted/VBD about/RB an/DT/DURATION hour/NN/DURATION and/CC a/DT half/NN ./.",
                "2019-10-10", "PT1H");
        assertThat(refined(doc)).containsExactly("about an hour and a half|DURATION|PT1H30M");
    }

    @Test
    void thatSameDayIsTheDayNamedBefore() {
        AnnotatedDocument doc = tagged("Talks/NNS began/VBD on/IN July/NNP/DATE 31/CD/DATE ./. He/PRP left/VBD that/DT same/JJ "
                + "day/NN/DURATION ./.", "2019-09-17", "2019-07-31", "P1D");
        assertThat(refined(doc)).containsExactly("July 31|DATE|2019-07-31", "that same day|DATE|2019-07-31");
    }

    @Test
    void anInfinitiveAfterAnticipatedIsAhead() {
        AnnotatedDocument doc = tagged("A/DT trial/NN ,/, anticipated/VBN to/TO begin/VB in/IN January/NNP/DATE ,/, looms/VBZ ./.",
                "2019-12-21", "2019-01");
        assertThat(refined(doc)).containsExactly("January|DATE|2020-01");
    }

    @Test
    void aPrepositionIsNeverInTheExtentButAtLeastIs() {
        AnnotatedDocument doc = tagged("He/PRP was/VBD due/JJ to/TO step/VB down/RP in/IN/DATE August/NNP/DATE ./.", "2020-06-11",
                "2020-08");
        assertThat(refined(doc)).containsExactly("August|DATE|2020-08");
        doc = tagged("It/PRP takes/VBZ at/IN/DURATION least/JJS/DURATION a/DT/DURATION year/NN/DURATION ./.", "2020-02-05", "P1Y");
        assertThat(refined(doc)).containsExactly("at least a year|DURATION|P1Y");
    }

    @Test
    void earlierPlacesAWeekdayBeforeTheCreationDate() {
        AnnotatedDocument doc = tagged("The/DT man/NN ,/, after/IN being/VBG detained/VBN earlier/RBR/DATE Friday/NNP/DATE ./.",
                "2020-09-30", "2020-10-02");
        assertThat(refined(doc)).containsExactly("earlier Friday|DATE|2020-09-25");
    }

    @Test
    void laterPlacesAWeekdayAfterTheCreationDate() {
        AnnotatedDocument doc = tagged("The/DT man/NN ,/, after/IN meeting/VBG them/PRP later/RB/DATE Monday/NNP/DATE ./.", "2020-09-30",
                "2020-09-28");
        assertThat(refined(doc)).containsExactly("later Monday|DATE|2020-10-05");
    }

    @Test
    void uncountedDecadesAndCenturiesAreInTheirOwnUnits() {
        AnnotatedDocument doc = tagged("It/PRP ran/VBD for/IN decades/NNS/DURATION ./.", "2020-05-08", "PXY");
        assertThat(refined(doc)).containsExactly("decades|DURATION|PXDE");
        doc = tagged("It/PRP stood/VBD for/IN many/JJ/DURATION centuries/NNS/DURATION ./.", "2019-03-31", "PXY");
        assertThat(refined(doc)).containsExactly("many centuries|DURATION|PXCE");
    }

    @Test
    void uncountedPreviousYearsAreAPastReference() {
        AnnotatedDocument doc = tagged("Sales/NNS beat/VBD previous/JJ/DATE years/NNS/DATE ./.", "2019-02-06", "2018");
        assertThat(refined(doc)).containsExactly("previous years|DATE|PAST_REF");
    }

    @Test
    void aWordOfTimeThatEndsAPersonsNameIsThatPersonAlone() {
        AnnotatedDocument doc = tagged("Doris/NNP/PERSON Day/NNP/PERSON died/VBD ./. Day/NNP/DURATION made/VBD albums/NNS ./.",
                "2019-05-16", "P1D");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void thisWeekendInAPastClauseWrittenOnAWeekdayIsTheWeekendJustPast() {
        AnnotatedDocument doc = tagged("A/DT memorial/NN was/VBD held/VBN this/DT/DATE weekend/NN/DATE ./.", "2019-06-24",
                "2019-W26-WE");
        assertThat(refined(doc)).containsExactly("this weekend|DATE|2019-W25-WE");
    }

    @Test
    void aDayWordOutsideQuotationsIsTheCreationDate() {
        AnnotatedDocument doc = tagged("He/PRP spoke/VBD on/IN Monday/NNP/DATE ./. Today/NN/DATE he/PRP rests/VBZ ./.", "2020-04-15",
                "2020-04-13", "2020-04-15");
        assertThat(refined(doc)).containsExactly("Monday|DATE|2020-04-13", "Today|DATE|2020-04-15");
    }

    @Test
    void aSeasonWithoutAYearIsPlacedByTenseAndTakesItsDeterminer() {
        AnnotatedDocument doc = tagged("It/PRP reported/VBD a/DT loss/NN in/IN the/DT summer/NN/DATE and/CC expects/VBZ a/DT profit/NN "
                + "next/JJ/DATE spring/NN/DATE ./.", "2019-02-14", "2019-SU", "2020-SP");
        assertThat(refined(doc)).containsExactly("the summer|DATE|2018-SU", "next spring|DATE|2019-SP");
    }

    @Test
    void lastSummerIsTheLatestSummerOver() {
        AnnotatedDocument doc = tagged("Prices/NNS rose/VBD last/JJ/DATE summer/NN/DATE ./.", "2019-07-10", "2018-SU");
        assertThat(refined(doc)).containsExactly("last summer|DATE|2018-SU");
        AnnotatedDocument autumn = tagged("Prices/NNS rose/VBD last/JJ/DATE autumn/NN/DATE ./.", "2019-12-10", "2018-FA");
        assertThat(refined(autumn)).containsExactly("last autumn|DATE|2019-FA");
    }

    @Test
    void everyMondayIsASet() {
        AnnotatedDocument doc = tagged("Parliament/NNP meets/VBZ every/DT Monday/NNP/DATE ./.", "2019-02-14", "XXXX-WXX-1");
        assertThat(refined(doc)).containsExactly("every Monday|SET|XXXX-WXX-1");
    }

    @Test
    void everyCountedDurationIsASetOfThatDuration() {
        AnnotatedDocument doc = tagged("Ferries/NNS leave/VBP every/DT two/CD/DURATION hours/NNS/DURATION and/CC the/DT trip/NN "
                + "takes/VBZ two/CD/DURATION hours/NNS/DURATION ./.", "2013-03-21", "PT2H", "PT2H");
        assertThat(refined(doc)).containsExactly("every two hours|SET|PT2H", "two hours|DURATION|PT2H");
    }

    @Test
    void thousandsOfYearsAgoIsAPastReference() {
        AnnotatedDocument doc = tagged("It/PRP formed/VBD tens/NNS of/IN thousands/NNS/DATE of/IN/DATE years/NNS/DATE ago/RB/DATE ./.",
                "2020-06-28", "2019-06-28");
        assertThat(refined(doc)).containsExactly("thousands of years ago|DATE|PAST_REF");
    }

    @Test
    void aCountOfBillionsOfYearsIsWrittenInFull() {
        AnnotatedDocument doc = tagged("The/DT star/NN is/VBZ 4.6/CD/DURATION billion/CD/DURATION years/NNS/DURATION old/JJ/DURATION ./.",
                "2020-07-07", "P2147483647Y");
        assertThat(refined(doc)).containsExactly("4.6 billion years old|DURATION|P4600000000Y");
    }

    @Test
    void aQuarterCenturyAndHalfACenturyAreYears() {
        AnnotatedDocument doc = tagged("It/PRP marks/VBZ the/DT/DATE quarter/NN/DATE century/NN/DURATION anniversary/NN after/IN "
                + "half/PDT a/DT century/NN/DURATION ./.", "2019-09-02", "2019-Q3", "P100Y", "P100Y");
        assertThat(refined(doc)).containsExactly("quarter century|DURATION|P25Y", "half a century|DURATION|P50Y");
    }

    @Test
    void theEveOfADayIsTheDayBefore() {
        AnnotatedDocument doc = tagged("Crowds/NNS gathered/VBD on/IN the/DT eve/NN of/IN Independence/NNP/DATE Day/NNP/DATE ./.",
                "2020-08-31", "2020-07-04");
        assertThat(refined(doc)).containsExactly("the eve of Independence Day|DATE|2020-07-03");
    }

    @Test
    void aWeekdaySinceWhichSomethingHasLastedIsInThePast() {
        AnnotatedDocument doc = tagged("Residents/NNS have/VBP been/VBN relocated/VBN since/IN Wednesday/NNP/DATE ./.", "2019-10-22",
                "2019-10-23");
        assertThat(refined(doc)).containsExactly("Wednesday|DATE|2019-10-16");
    }

    @Test
    void accordingToIsNoVerbThatPlacesAWeekday() {
        AnnotatedDocument doc = tagged("According/VBG to/TO reports/NNS ,/, Wednesday/NNP/DATE 's/POS quake/NN was/VBD the/DT "
                + "strongest/JJS ./.", "2019-10-22", "2019-10-23");
        assertThat(refined(doc)).containsExactly("Wednesday|DATE|2019-10-16");
    }

    @Test
    void presentAfterAVerbIsTheAdjective() {
        AnnotatedDocument doc = tagged("He/PRP was/VBD not/RB present/JJ/DATE at/IN the/DT arena/NN ,/, and/CC at/IN present/NN/DATE "
                + "nobody/NN knows/VBZ ./.", "2020-03-13", "PRESENT_REF", "PRESENT_REF");
        assertThat(refined(doc)).containsExactly("present|DATE|PRESENT_REF");
    }

    @Test
    void aDailyNewspaperIsNoFrequency() {
        AnnotatedDocument doc = tagged("Hungarian/JJ daily/JJ/SET newspaper/NN Magyar/NNP Nemzet/NNP and/CC Greek/JJ daily/JJ/SET "
                + "Kathimerini/NNP reported/VBD it/PRP ;/: he/PRP takes/VBZ a/DT daily/JJ/SET Aspirin/NNP ./.", "2019-11-07",
                "P1D", "P1D", "P1D");
        assertThat(refined(doc)).containsExactly("daily|SET|P1D");
    }

    @Test
    void numbersInNamesAndIdentifiersAreNoYears() {
        AnnotatedDocument doc = spans("The 2019-nCoV virus spread under resolution No. 1430 of the government in 2019 .",
                "2020-01-28", "2019|DATE|2019", "1430|DATE|1430", "2019|DATE|2019");
        assertThat(refined(doc)).containsExactly("2019|DATE|2019");
    }

    @Test
    void anOrdinalYearOfSomeonesIsNoCalendarYear() {
        AnnotatedDocument doc = tagged("She/PRP is/VBZ in/IN her/PRP$ fourth/JJ/DATE year/NN/DATE at/IN university/NN ./.",
                "2019-05-06", "2022");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void milesPerHourIsASpeedNotARate() {
        AnnotatedDocument doc = tagged("Winds/NNS reached/VBD 60/CD miles/NNS per/IN hour/NN/DURATION ./.", "2019-07-12", "PT1H");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void anHourLaterCountsFromTheClockTimeBefore() {
        AnnotatedDocument doc = tagged("The/DT quake/NN struck/VBD at/IN 7:37/CD/TIME p.m./NN/TIME on/IN Wednesday/NNP/DATE ./. "
                + "Another/DT struck/VBD an/DT/DATE hour/NN/DATE later/RB/DATE ./.", "2019-10-22", "T19:37", "2019-10-16", "2019-10-22");
        assertThat(refined(doc)).containsExactly("7:37 p.m.|TIME|2019-10-16T19:37", "Wednesday|DATE|2019-10-16",
                "an hour later|TIME|2019-10-16T20:37");
    }

    @Test
    void hoursMinutesAndSecondsWithoutAClockWordAreARaceTime() {
        AnnotatedDocument doc = tagged("She/PRP finished/VBD in/IN 2:14:04/CD/TIME and/CC the/DT gun/NN fired/VBD at/IN "
                + "7:30:15/CD/TIME ./.", "2019-10-14", "2019-10-14T02:14:04", "2019-10-13T07:30:15");
        assertThat(refined(doc)).containsExactly("2:14:04|DURATION|PT2H14M4S", "7:30:15|TIME|2019-10-13T07:30:15");
    }

    @Test
    void currentAloneIsNoTimeExpression() {
        AnnotatedDocument doc = tagged("This/DT upward/JJ current/NN/DATE brought/VBD nitrates/NNS up/RB ./.", "2019-09-08",
                "PRESENT_REF");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void anAtlanticTimeZoneBelongsToTheClockTime() {
        AnnotatedDocument doc = tagged("It/PRP was/VBD released/VBN at/IN 8:00/CD/TIME p.m./NN/TIME AST/NNP on/IN "
                + "Wednesday/NNP/DATE ./.", "2019-09-19", "T20:00", "2019-09-18");
        assertThat(refined(doc)).containsExactly("8:00 p.m. AST|TIME|2019-09-18T20:00", "Wednesday|DATE|2019-09-18");
    }

    @Test
    void anApproximateCountedDurationKeepsItsWrittenUnit() {
        AnnotatedDocument doc = tagged("After/IN a/DT nearly/RB/DURATION 24-hour/JJ/DURATION search/NN ,/, divers/NNS left/VBD ./.",
                "2019-09-04", "P1D");
        assertThat(refined(doc)).containsExactly("nearly 24-hour|DURATION|PT24H");
    }

    @Test
    void aDateInsideAHyphenatedWordIsNoDate() {
        AnnotatedDocument doc = spans("The Halloween-themed show opened .", "2019-08-05", "Halloween|DATE|2018-10-31");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aDecadeWordAfterAPossessiveIsAnAge() {
        AnnotatedDocument doc = tagged("A/DT man/NN in/IN his/PRP$ forties/NNS/DATE died/VBD ./.", "2020-06-07", "194");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void roughlyThePastYearIsADuration() {
        AnnotatedDocument doc = tagged("Prices/NNS rose/VBD over/IN roughly/RB/DATE the/DT/DATE past/JJ/DATE year/NN/DATE ./.",
                "2019-08-15", "2018");
        assertThat(refined(doc)).containsExactly("roughly the past year|DURATION|P1Y");
    }

    @Test
    void yearsOfAgeAndAMaximumOfYearsAreInTheExtent() {
        AnnotatedDocument doc = tagged("She/PRP died/VBD at/IN 103/CD/DURATION years/NNS/DURATION of/IN age/NN and/CC faced/VBD "
                + "a/DT maximum/NN of/IN three/CD/DURATION years/NNS/DURATION ./.", "2020-03-12", "P103Y", "P3Y");
        assertThat(refined(doc)).containsExactly("103 years of age|DURATION|P103Y", "a maximum of three years|DURATION|P3Y");
    }

    @Test
    void aDurationModifyingANounLeavesOutTheArticleAndTheNoun() {
        AnnotatedDocument doc = tagged("He/PRP began/VBD the/DT/DURATION two-year/JJ/DURATION term/NN/DURATION after/IN the/DT/DURATION "
                + "seven/CD/DURATION hour/NN/DURATION flight/NN ./.", "2019-05-19", "P2Y", "PT7H");
        assertThat(refined(doc)).containsExactly("two-year|DURATION|P2Y", "seven hour|DURATION|PT7H");
    }

    @Test
    void capitalisedUnitsInsideTitlesAreNames() {
        AnnotatedDocument doc = tagged("He/PRP hosted/VBD Imus/NNP in/IN the/DT/TIME Morning/NNP/TIME and/CC starred/VBD in/IN "
                + "The/DT/DATE Last/JJ/DATE Days/NNPS/DATE of/IN Dolwyn/NNP ./.", "2019-12-30", "2019-12-24TMO", "2020-06-05");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aWeekLongStayIsADuration() {
        AnnotatedDocument doc = tagged("After/IN a/DT week-long/JJ stay/NN and/CC a/DT minutes-long/JJ ride/NN ,/, he/PRP left/VBD ./.",
                "2020-01-12");
        assertThat(refined(doc)).containsExactly("week-long|DURATION|P1W", "minutes-long|DURATION|PTXM");
    }

    @Test
    void theLastCoupleOfWeeksReadAsARangeIsTwoWeeks() {
        AnnotatedDocument doc = tagged("We/PRP improved/VBD over/IN the/DT/DATE last/JJ/DATE couple/NN/DATE of/IN/DATE weeks/NNS/DATE ./.",
                "2020-08-18", "2020-08-04/2020-08-18");
        assertThat(refined(doc)).containsExactly("the last couple of weeks|DURATION|P2W");
    }

    @Test
    void aDateAfterThatGoesWithTheClauseThatOpensNotTheReportingVerb() {
        AnnotatedDocument doc = tagged("He/PRP announced/VBD that/IN from/IN June/NNP/DATE 15/CD/DATE ,/, masks/NNS would/MD become/VB "
                + "compulsory/JJ ./.", "2020-06-05", "2020-06-15");
        assertThat(refined(doc)).containsExactly("June 15|DATE|2020-06-15");
    }

    @Test
    void aCountedDurationPriorIsAnOffsetFromTheDateBefore() {
        AnnotatedDocument doc = tagged("The/DT ban/NN began/VBD in/IN August/NNP/DATE ;/: talks/NNS had/VBD started/VBN two/CD/DURATION "
                + "months/NNS/DURATION prior/RB ./.", "2020-09-30", "2020-08", "P2M");
        assertThat(refined(doc)).containsExactly("August|DATE|2020-08", "two months prior|DATE|2020-06");
    }

    @Test
    void theEighteenHundredsAreACentury() {
        AnnotatedDocument doc = tagged("The/DT house/NN dates/VBZ from/IN the/DT/DATE 1800s/CD/DATE ./.", "2019-10-19", "180");
        assertThat(refined(doc)).containsExactly("the 1800s|DATE|18");
    }

    @Test
    void justBeforeACountIsInTheExtent() {
        AnnotatedDocument doc = tagged("It/PRP took/VBD just/RB over/IN/DURATION twelve/CD/DURATION minutes/NNS/DURATION and/CC "
                + "just/RB two/CD/DURATION months/NNS/DURATION ./.", "2019-10-12", "PT12M", "P2M");
        assertThat(refined(doc)).containsExactly("just over twelve minutes|DURATION|PT12M", "just two months|DURATION|P2M");
    }

    @Test
    void aFiscalYearWrittenWithASlashIsOneDate() {
        // TaggedText cannot hold a slash in a word, so the span rule is called on the text itself
        String text = "Profit fell in the 2019/20 fiscal year.";
        List<TimexMention> found = List.of(new TimexMention(19, 23, "DATE", "2019"), new TimexMention(24, 38, "DURATION", "P20Y"));
        assertThat(TimexSpanRules.fiscalYearsWithSlash(text, found).stream()
                .map(m -> text.substring(m.start(), m.end()) + "|" + m.type() + "|" + m.value()).toList())
                .containsExactly("the 2019/20 fiscal year|DATE|2019");
    }

    @Test
    void anAgeInDecadesAfterAPossessiveIsNoDecade() {
        AnnotatedDocument doc = tagged("A/DT man/NN in/IN his/PRP$ early/JJ thirties/NNS/DATE met/VBD a/DT woman/NN in/IN her/PRP$ "
                + "30s/CD/DATE ./.", "2005-07-14", "193", "193");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aCyclingRaceTimeWithMarksIsADuration() {
        String text = "He won in a time of 5h 34' 28\" and leads by 2' 23' ; he is 6' 2\" tall .";
        AnnotatedDocument doc = spans(text, "2007-07-23", "' 28|DATE|1928", "' 23|DATE|1923");
        assertThat(refined(doc)).containsExactly("5h 34' 28\"|DURATION|PT5H34M28S", "2' 23'|DURATION|PT2M23S");
    }

    @Test
    void aSeasonInsideTheNameOfGamesIsNoDate() {
        AnnotatedDocument doc = tagged("The/DT Summer/NNP/DATE Olympics/NNPS opened/VBD in/IN summer/NN/DATE ./.",
                "2008-08-13", "2008-SU", "2008-SU");
        assertThat(refined(doc)).containsExactly("summer|DATE|2008-SU");
    }

    @Test
    void thisDayLastYearIsTheSameDayAYearBefore() {
        AnnotatedDocument doc = tagged("On/IN this/DT/DATE day/NN/DATE last/JJ/DATE year/NN/DATE ,/, bombs/NNS exploded/VBD ./.",
                "2006-07-07", "XXXX-XX-XX");
        assertThat(refined(doc)).containsExactly("this day last year|DATE|2005-07-07");
    }

    @Test
    void intervalsAndAlternateDaysAreSets() {
        AnnotatedDocument doc = tagged("Riders/NNS start/VBP at/IN one/CD/DURATION minute/NN/DURATION intervals/NNS and/CC cars/NNS "
                + "drive/VBP on/IN alternate/JJ days/NNS ./.", "2007-07-07", "PT1M");
        assertThat(refined(doc)).containsExactly("one minute intervals|SET|PT1M", "alternate days|SET|P2D");
    }

    @Test
    void aClockTimeWrittenWithAPointIsATime() {
        AnnotatedDocument doc = tagged("The/DT first/JJ bomb/NN exploded/VBD on/IN Thursday/NNP/DATE at/IN 8.26am/CD ,/, the/DT "
                + "price/NN rose/VBD to/TO 8.26/CD ./.", "2005-07-08", "2005-07-07");
        assertThat(refined(doc)).containsExactly("Thursday|DATE|2005-07-07", "8.26am|TIME|2005-07-07T08:26");
    }

    @Test
    void almostHalfACenturyIsOneDuration() {
        AnnotatedDocument doc = tagged("It/PRP lasted/VBD almost/RB half/PDT/DURATION a/DT/DURATION century/NN/DURATION ./.",
                "2010-03-13", "P50Y");
        assertThat(refined(doc)).containsExactly("almost half a century|DURATION|P50Y");
    }

    @Test
    void uncountedPastAndComingUnitsAreReferencesNotOneDate() {
        AnnotatedDocument doc = tagged("Prices/NNS rose/VBD in/IN the/DT/DATE past/JJ/DATE months/NNS/DATE and/CC will/MD fall/VB in/IN "
                + "the/DT/DATE coming/VBG/DATE weeks/NNS/DATE ./.", "2013-03-22", "2013-02", "2013-W13");
        assertThat(refined(doc)).containsExactly("the past months|DATE|PAST_REF", "the coming weeks|DATE|FUTURE_REF");
    }

    @Test
    void countedComingUnitsStayADuration() {
        AnnotatedDocument doc = tagged("Talks/NNS will/MD last/VB the/DT/DURATION coming/VBG/DURATION two/CD/DURATION weeks/NNS/DURATION ./.",
                "2013-03-22", "P2W");
        assertThat(refined(doc)).containsExactly("the coming two weeks|DURATION|P2W");
    }

    @Test
    void aHalfOfTheYearFoundApartFromItsYearIsOneExpression() {
        AnnotatedDocument doc = tagged("Exports/NNS rose/VBD in/IN the/DT/DATE second/JJ/DATE half/NN/DATE of/IN the/DT/TIME year/NN/TIME "
                + "and/CC in/IN the/DT/DATE first/JJ/DATE half/NN/DATE of/IN/DATE 2011/CD/DATE ./.", "2013-03-22", "2012-H2", "2013",
                "2011");
        assertThat(refined(doc)).containsExactly("the second half of the year|DATE|2012-H2", "the first half of 2011|DATE|2011-H1");
    }

    @Test
    void aCountBackLeftUnresolvedCountsFromTheCreationDate() {
        AnnotatedDocument doc = tagged("A/DT/DATE year/NN/DATE ago/RB/DATE ,/, profit/NN rose/VBD from/IN a/DT/DATE year/NN/DATE "
                + "earlier/RBR/DATE ;/: it/PRP fell/VBD three/CD/DATE weeks/NNS/DATE ago/RB/DATE ./.", "2013-03-20", "XXXX", "XXXX", "XXXX-WXX");
        assertThat(refined(doc)).containsExactly("A year ago|DATE|2012", "a year earlier|DATE|2012", "three weeks ago|DATE|2013-W09");
    }

    @Test
    void aHalfInAPastClauseThatHasNotBegunIsLastYears() {
        AnnotatedDocument doc = tagged("Sales/NNS fell/VBD in/IN the/DT/DATE second/JJ/DATE half/NN/DATE ./.", "2013-03-22", "2013-H2");
        assertThat(refined(doc)).containsExactly("the second half|DATE|2012-H2");
    }

    @Test
    void anAnnotatorValueOfWordsIsNoTimeExpression() {
        AnnotatedDocument doc = tagged("Sales/NNS fell/VBD in/IN the/DT/DATE fourth/JJ/DATE quarter/NN/DATE of/IN/DURATION fiscal/JJ/DURATION "
                + "2018/CD/TIME ./.", "2019-02-14", "2018-Q4", "of fiscal ", "2018");
        assertThat(refined(doc)).containsExactly("the fourth quarter|DATE|2018-Q4", "fiscal 2018|DATE|FY2018");
    }

    @Test
    void aCountOfUnitsAgoHasThePrecisionOfItsUnit() {
        AnnotatedDocument doc = tagged("It/PRP began/VBD two/CD/DATE decades/NNS/DATE ago/RB/DATE and/CC grew/VBD a/DT/TIME year/NN/TIME "
                + "ago/RB/TIME ./.", "1998-02-27", "1978-02-27", "1997-02-27");
        assertThat(refined(doc)).containsExactly("two decades ago|DATE|197", "a year ago|TIME|1997");
    }

    @Test
    void severalYearsAgoIsAPastReference() {
        AnnotatedDocument doc = tagged("Prices/NNS were/VBD flat/JJ several/JJ/DATE years/NNS/DATE ago/RB/DATE ./.", "2013-04-18",
                "2012-04-18");
        assertThat(refined(doc)).containsExactly("several years ago|DATE|PAST_REF");
    }

    @Test
    void theQuarterEndedOnADateIsTheQuarterHoldingIt() {
        AnnotatedDocument doc = tagged("Profit/NN for/IN the/DT/DATE quarter/NN/DATE ended/VBD Dec./NNP/TIME 31/CD/TIME rose/VBD ./.",
                "1998-02-27", "1998-Q1", "1997-12-31");
        assertThat(refined(doc)).containsExactly("the quarter|DATE|1997-Q4", "Dec. 31|TIME|1997-12-31");
    }

    @Test
    void theFiscalYearAndThePartOfADecadeAreInTheExtent() {
        AnnotatedDocument doc = tagged("Prices/NNS doubled/VBD since/IN the/DT early/JJ 1990s/CD/DATE and/CC the/DT fiscal/JJ "
                + "year/NN/TIME 1998/CD/TIME began/VBD ./.", "1998-02-27", "199X", "1998");
        assertThat(refined(doc)).containsExactly("the early 1990s|DATE|199", "the fiscal year 1998|DATE|FY1998");
    }

    @Test
    void theArticleOfAYearUsedAsAModifierStaysOut() {
        AnnotatedDocument doc = tagged("In/IN the/DT 2016/CD/DATE election/NN he/PRP lost/VBD ./.", "2020-04-15", "2016");
        assertThat(refined(doc)).containsExactly("2016|DATE|2016");
    }

    @Test
    void aUnitAfterAnAmountIsARate() {
        AnnotatedDocument doc = tagged("It/PRP grows/VBZ 3/CD percent/NN a/DT/DURATION year/NN/DURATION but/CC lasted/VBD a/DT/DURATION "
                + "year/NN/DURATION ./.", "1998-03-12", "P1Y", "P1Y");
        assertThat(refined(doc)).containsExactly("a year|SET|P1Y", "a year|DURATION|P1Y");
    }

    @Test
    void eachQuarterIsASetTheAnnotatorMissed() {
        AnnotatedDocument doc = tagged("It/PRP pays/VBZ dividends/NNS each/DT quarter/NN and/CC meets/VBZ every/DT other/JJ year/NN ./.",
                "1998-03-12");
        assertThat(refined(doc)).containsExactly("each quarter|SET|P3M", "every other year|SET|P2Y");
    }

    @Test
    void aMonthWithAGarbledYearIsPlacedByTense() {
        AnnotatedDocument doc = tagged("The/DT plan/NN takes/VBZ effect/NN in/IN mid-March/NNP/DATE ./.", "1998-03-12", "****03");
        assertThat(refined(doc)).containsExactly("mid-March|DATE|1998-03");
    }

    @Test
    void aDayThatIsSetOrScheduledIsAhead() {
        AnnotatedDocument doc = tagged("The/DT vote/NN is/VBZ set/VBN for/IN Tuesday/NNP/DATE ./.", "1998-03-12", "1998-03-10");
        assertThat(refined(doc)).containsExactly("Tuesday|DATE|1998-03-17");
    }

    @Test
    void aClockTimeInAnotherZoneKeepsNoOffsetInItsValue() {
        AnnotatedDocument doc = tagged("It/PRP starts/VBZ at/IN 3/CD/TIME p.m./RB/TIME EST/NNP/TIME on/IN March/NNP/DATE 17/CD/DATE ./.",
                "1998-03-12", "1998-03-12T15:00-0500", "1998-03-17");
        assertThat(refined(doc)).contains("3 p.m. EST|TIME|1998-03-17T15:00");
    }

    @Test
    void aDurationJoinedToADayAcrossACommaIsTwoExpressions() {
        AnnotatedDocument doc = tagged("In/IN the/DT/DATE past/JJ/DATE 24/CD/DATE hours/NNS/DATE ,/,/DATE Thursday/NNP/DATE 's/POS "
                + "attack/NN killed/VBD 12/CD ./.", "2013-03-22", "2013-03-21-WXX-4 INTERSECT (UNKNOWN,REF,PT24H)");
        assertThat(refined(doc)).containsExactly("the past 24 hours|DURATION|PT24H", "Thursday|DATE|2013-03-21");
    }

    @Test
    void aDateIntersectedWithADurationKeepsTheDate() {
        AnnotatedDocument doc = tagged("Rebels/NNS seized/VBD it/PRP in/IN the/DT/DATE early/JJ/DATE hours/NNS/DATE of/IN/DATE "
                + "Sunday/NNP/DATE ./.", "2013-03-22", "2013-03-24-WXX-7 INTERSECT PTXH");
        assertThat(refined(doc)).containsExactly("the early hours of Sunday|DATE|2013-03-17");
    }

    @Test
    void aSecondAfterAnotherWordBeforeANounIsAnOrdinal() {
        AnnotatedDocument doc = tagged("Hours/NNS later/RB/DURATION a/DT/DURATION second/JJ/DURATION blast/NN hit/VBD ./.", "2013-03-22", "PT1S");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aCountAndAHalfIsOneDuration() {
        AnnotatedDocument doc = tagged("He/PRP served/VBD for/IN 2½/CD years/NNS/DURATION and/CC two/CD and/CC a/DT half/NN "
                + "months/NNS/DATE ./.", "2013-03-22", "PXY", "PXM");
        assertThat(refined(doc)).containsExactly("2½ years|DURATION|P2.5Y", "two and a half months|DURATION|P2.5M");
        AnnotatedDocument almost = tagged("It/PRP is/VBZ almost/RB two/CD and/CC a/DT half/NN years/NNS/DURATION late/JJ ./.",
                "2013-03-22", "PXY");
        assertThat(refined(almost)).containsExactly("almost two and a half years|DURATION|P2.5Y");
    }

    @Test
    void aRangeOfWeekdaysGivesDatesWithHyphens() {
        AnnotatedDocument doc = tagged("Talks/NNS were/VBD held/VBN between/IN Monday/NNP/DATE and/CC/DATE Wednesday/NNP/DATE ./.",
                "2013-03-22", "20130318/20130320");
        assertThat(refined(doc)).containsExactly("Monday|DATE|2013-03-18", "Wednesday|DATE|2013-03-20");
    }

    @Test
    void theWeekOfADayIsItsIsoWeek() {
        AnnotatedDocument doc = tagged("They/PRP will/MD meet/VB the/DT/DATE week/NN/DATE of/IN/DATE April/NNP/DATE 8/CD/DATE ./.",
                "2013-03-22", "2013-04-08 INTERSECT P1W");
        assertThat(refined(doc)).containsExactly("the week of April 8|DATE|2013-W15");
    }

    @Test
    void aBareSecondIsTheOrdinal() {
        AnnotatedDocument doc = tagged("It/PRP was/VBD his/PRP$ second/JJ/DATE this/DT/DATE year/NN/DATE ./.", "2013-03-22",
                "2013 INTERSECT PT1S");
        assertThat(refined(doc)).containsExactly("this year|DATE|2013");
    }

    @Test
    void aPartOfAYearTheAnnotatorMissedIsThatYear() {
        AnnotatedDocument doc = tagged("The/DT mine/NN closed/VBD in/IN mid-2012/JJ and/CC grew/VBD in/IN the/DT late/JJ 2000s/NNS ./.",
                "2013-03-22");
        assertThat(refined(doc)).containsExactly("mid-2012|DATE|2012", "the late 2000s|DATE|200");
    }

    @Test
    void garbageValuesAndEmptyTextGiveNoExpressions() {
        assertThat(refined(tagged("./.", "not a date"))).isEmpty();
        AnnotatedDocument doc = tagged("Soon/RB/DATE ./.", null, "FUTURE_REF");
        assertThat(refined(doc)).containsExactly("Soon|DATE|FUTURE_REF");
    }

    @Test
    void adverbsOfAnUnspecifiedEarlierTimeAreNotTimeExpressions() {
        AnnotatedDocument doc = tagged("She/PRP was/VBD once/RB/DATE a/DT member/NN and/CC previously/RB/DATE led/VBD it/PRP ./.",
                "2019-03-01", "PAST_REF", "PAST_REF");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void currentOrPastBeforeANounThatIsNoUnitOfTimeIsAnAdjective() {
        AnnotatedDocument doc = tagged("The/DT current/JJ/DATE government/NN and/CC the/DT current/JJ/DATE quarter/NN/DATE ./.",
                "2019-03-01", "PRESENT_REF", "2019-Q1");
        assertThat(refined(doc)).containsExactly("current quarter|DATE|2019-Q1");
    }

    @Test
    void aCountOfTimesIsPartOfTheSetsExtent() {
        AnnotatedDocument doc = tagged("They/PRP meet/VBP once/RB/DATE a/DT/DURATION year/NN/DURATION and/CC talk/VBP three/CD times/NNS "
                + "a/DT/DURATION week/NN/DURATION ./.", "1998-03-12", "PAST_REF", "P1Y", "P1W");
        assertThat(refined(doc)).containsExactly("once a year|SET|P1Y", "three times a week|SET|P1W");
    }

    @Test
    void aDateAtAClockTimeIsTwoExpressions() {
        AnnotatedDocument doc = tagged("He/PRP resigns/VBZ on/IN August/NNP/TIME 2/CD/TIME at/IN/TIME 5/CD/TIME p.m./NN/TIME ./.",
                "2019-07-28", "2019-08-02T17:00");
        assertThat(refined(doc)).containsExactly("August 2|DATE|2019-08-02", "5 p.m.|TIME|2019-08-02T17:00");
    }

    @Test
    void aDateInsideAPhraseOpenedByUntilTakesTheNearestReading() {
        AnnotatedDocument doc = tagged("The/DT judge/NN ordered/VBD him/PRP held/VBN until/IN his/PRP$ next/JJ appearance/NN on/IN "
                + "April/NNP/DATE 5/CD/DATE ./.", "2019-03-17", "2019-04-05");
        assertThat(refined(doc)).containsExactly("April 5|DATE|2019-04-05");
    }

    @Test
    void aPastEventsClockTimeIsOnTheLastPastDayTheStoryNamed() {
        AnnotatedDocument doc = tagged("The/DT shooting/NN happened/VBD on/IN Friday/NNP/DATE ./. He/PRP appears/VBZ again/RB on/IN "
                + "April/NNP/DATE 5/CD/DATE ./. The/DT attack/NN began/VBD at/IN 13:40/CD/TIME ./.", "2019-03-17",
                "2019-03-15", "2019-04-05", "2019-03-17T13:40");
        assertThat(refined(doc)).containsExactly("Friday|DATE|2019-03-15", "April 5|DATE|2019-04-05", "13:40|TIME|2019-03-15T13:40");
    }

    @Test
    void aFutureClockTimeWithoutADateStaysOnTheCreationDate() {
        AnnotatedDocument doc = tagged("The/DT shooting/NN happened/VBD on/IN Friday/NNP/DATE ./. The/DT vigil/NN will/MD begin/VB "
                + "at/IN 18:00/CD/TIME ./.", "2019-03-17", "2019-03-15", "2019-03-17T18:00");
        assertThat(refined(doc)).containsExactly("Friday|DATE|2019-03-15", "18:00|TIME|2019-03-17T18:00");
    }

    @Test
    void aClockTimeWithoutADateAnchorsNoOffset() {
        AnnotatedDocument doc = tagged("He/PRP was/VBD arrested/VBN on/IN Friday/NNP/DATE and/CC held/VBD overnight/RB/TIME before/IN "
                + "appearing/VBG the/DT/DATE next/JJ/DATE day/NN/DATE ./.", "2019-03-17", "2019-03-15", "2019-03-17TNI", "2019-03-18");
        assertThat(refined(doc)).contains("the next day|DATE|2019-03-16");
    }

    @Test
    void aDecadeLaterCountsFromTheYearJustMentioned() {
        AnnotatedDocument doc = tagged("In/IN 1998/CD/DATE ,/, she/PRP ran/VBD ./. A/DT/DATE decade/NN/DATE later/RB/DATE ,/, she/PRP won/VBD ./.",
                "2019-10-29", "1998", "2029-10-29");
        assertThat(refined(doc)).containsExactly("1998|DATE|1998", "A decade later|DATE|2008");
    }

    @Test
    void thatMonthIsInTheYearOfTheDateJustNamed() {
        AnnotatedDocument doc = tagged("She/PRP began/VBD on/IN August/NNP/DATE 20_/CD/DATE ,/,/DATE 2018/CD/DATE ./. She/PRP was/VBD alone/RB ./. "
                + "That/DT September/NNP/DATE ,/, a/DT movement/NN launched/VBD ./.", "2019-12-14", "2018-08-20", "2019-09");
        assertThat(refined(doc)).containsExactly("August 20, 2018|DATE|2018-08-20", "That September|DATE|2018-09");
    }

    @Test
    void aMonthAndTheYearWrittenAfterItsCommaAreOneDate() {
        AnnotatedDocument doc = spans("Arrests/NNS began/VBD in/IN March_/NNP ,/, 2018/CD ./.", "2019-10-17", "March|DATE|2019-03",
                "2018|DATE|2018");
        assertThat(refined(doc)).containsExactly("March, 2018|DATE|2018-03");
    }

    @Test
    void countsOfFallingUnitsSideBySideAreOneDuration() {
        AnnotatedDocument doc = spans("He/PRP ran/VBD it/PRP in/IN 1/CD hour/NN 59/CD minutes/NNS 40.2/CD seconds/NNS ,/, and/CC she/PRP "
                + "in/IN 2/CD hours_/NNS ,/, 1/CD minute/NN and/CC 39/CD seconds/NNS ./.", "2019-10-13", "1 hour|DURATION|PT1H",
                "59 minutes|DURATION|PT59M", "40.2 seconds|DURATION|PT40S", "2 hours|DURATION|PT2H", "1 minute|DURATION|PT1M",
                "39 seconds|DURATION|PT39S");
        assertThat(refined(doc)).containsExactly("1 hour 59 minutes 40.2 seconds|DURATION|PT1H59M40.2S",
                "2 hours, 1 minute and 39 seconds|DURATION|PT2H1M39S");
    }

    @Test
    void aFrequencyWordIsASetOfItsPeriod() {
        AnnotatedDocument doc = tagged("It/PRP kills/VBZ 100,000/CD people/NNS annually/RB/SET ./.", "2019-11-23", "XXXX");
        assertThat(refined(doc)).containsExactly("annually|SET|P1Y");
    }

    @Test
    void aQuarterBeforeMillionIsAFraction() {
        AnnotatedDocument doc = tagged("The/DT site/NN hosted/VBD a/DT/DURATION quarter/NN/DURATION million/CD clips/NNS ./.", "2019-10-17",
                "P3M");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aCapitalizedUnitInsideASentenceIsPartOfAName() {
        AnnotatedDocument doc = tagged("She/PRP marked/VBD International/NNP Women/NNP 's/POS Day/NNP/DURATION and/CC was/VBD Person/NNP "
                + "of/IN the/DT/DATE Year/NNP/DATE ./.", "2020-03-08", "P1D", "2020");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void aDesignationInCapitalsIsNoHour() {
        AnnotatedDocument doc = tagged("The/DT hole/NN lies/VBZ in/IN HR/NNP/DURATION 6819/CD ./.", "2020-05-22", "PT1H");
        assertThat(refined(doc)).isEmpty();
    }

    @Test
    void beforeOpeningAPhraseOfItsOwnIsAPrepositionOutsideTheExtent() {
        AnnotatedDocument doc = tagged("He/PRP fell/VBD ill/JJ on/IN Wednesday/NNP/DATE before/IN/DATE his/PRP$ death/NN ./.", "2020-04-14",
                "2020-04-08");
        assertThat(refined(doc)).containsExactly("Wednesday|DATE|2020-04-08");
    }

    @Test
    void aTimeZoneSpelledOutIsOutsideTheExtent() {
        AnnotatedDocument doc = tagged("It/PRP starts/VBZ at/IN 10/CD/TIME a.m./NN/TIME Central/NNP/TIME European/NNP/TIME Time/NNP/TIME ./.",
                "2020-04-05", "2020-04-05T10:00");
        assertThat(refined(doc)).containsExactly("10 a.m.|TIME|2020-04-05T10:00");
    }

    @Test
    void everyNightIsASetOfThatPartOfDay() {
        AnnotatedDocument doc = tagged("Crowds/NNS gather/VBP every/DT night/NN ./.", "2020-03-13");
        assertThat(refined(doc)).containsExactly("every night|SET|XXXX-XX-XXTNI");
    }

    @Test
    void aCountedDurationKeepsTheUnitAndDecimalsItsWordsGive() {
        AnnotatedDocument doc = tagged("A/DT curfew/NN for/IN the/DT/DURATION twenty/CD/DURATION four/CD/DURATION hours/NNS/DURATION ./. "
                + "She/PRP ran/VBD 47.42/CD/DURATION seconds/NNS/DURATION ./.", "2020-04-05", "P1D", "PT47S");
        assertThat(refined(doc)).containsExactly("the twenty four hours|DURATION|PT24H", "47.42 seconds|DURATION|PT47.42S");
    }

    @Test
    void thePastMonthIsTheMonthUpToNowNotTheMonthBefore() {
        AnnotatedDocument doc = tagged("They/PRP study/VBP the/DT/DATE past/JJ/DATE month/NN/DATE 's/POS quakes/NNS ,/, not/RB last/JJ/DATE "
                + "month/NN/DATE 's/POS ./.", "2020-01-17", "2020-01", "2019-12");
        assertThat(refined(doc)).containsExactly("the past month|DURATION|P1M", "last month|DATE|2019-12");
    }
}
