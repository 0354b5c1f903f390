package org.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Span;
import org.junit.jupiter.api.Test;

class CombinedTimeExpressionsTest {

    private static Span at(String text, String words, String type, String value) {
        int start = text.indexOf(words);
        return new Span(type, type, start, start + words.length(), words, 0, value);
    }

    private static List<String> words(List<Span> spans) {
        return spans.stream().map(s -> s.text() + "=" + s.normalized()).toList();
    }

    @Test
    void anExpressionOnlyTheSecondTaggerFoundIsAdded() {
        String t = "Shares fell on Monday and closed at 16:08 UTC.";
        List<Span> merged = CombinedTimeExpressions.merge(List.of(at(t, "Monday", "DATE", "2008-09-15")),
                List.of(at(t, "16:08 UTC", "TIME", "T16:08Z")));
        assertThat(words(merged)).containsExactly("Monday=2008-09-15", "16:08 UTC=T16:08Z");
    }

    @Test
    void onOneExpressionThePrimaryTaggersReadingIsKept() {
        String t = "Shares fell on Monday.";
        List<Span> merged = CombinedTimeExpressions.merge(List.of(at(t, "Monday", "DATE", "2008-09-15")),
                List.of(at(t, "Monday", "DATE", "2008-09-22")));
        assertThat(words(merged)).containsExactly("Monday=2008-09-15");
    }

    @Test
    void theSecondTaggersLongerExtentAroundOnePrimaryExpressionWins() {
        String t = "Profit rose in the final quarter of 2009.";
        List<Span> merged = CombinedTimeExpressions.merge(List.of(at(t, "2009", "DATE", "2009")),
                List.of(at(t, "the final quarter of 2009", "DATE", "2009-Q4")));
        assertThat(words(merged)).containsExactly("the final quarter of 2009=2009-Q4");
    }

    @Test
    void aLongerExtentWithARangeForAValueGivesWay() {
        String t = "The visit would last three days.";
        List<Span> merged = CombinedTimeExpressions.merge(List.of(at(t, "three days", "DURATION", "P3D")),
                List.of(at(t, "last three days", "DATE", "2013-03-16/2013-03-19")));
        assertThat(words(merged)).containsExactly("three days=P3D");
    }

    @Test
    void aLongerExtentWithoutAValueGivesWay() {
        String t = "Ferries leave every two hours.";
        List<Span> merged = CombinedTimeExpressions.merge(List.of(at(t, "two hours", "DURATION", "PT2H")),
                List.of(at(t, "every two hours", "SET", null)));
        assertThat(words(merged)).containsExactly("two hours=PT2H");
    }

    @Test
    void aLongerExtentThatAddsOnlyAPrepositionGivesWayEvenInPieces() {
        String t = "It was released on Wednesday.";
        List<Span> merged = CombinedTimeExpressions.merge(List.of(at(t, "Wednesday", "DATE", "2019-09-18")),
                List.of(at(t, "on", "TIME", "2019-09-18T20:00+0300"), at(t, "Wednesday", "DATE", "2019-09-18T20:00+0300")));
        assertThat(words(merged)).containsExactly("Wednesday=2019-09-18");
    }

    @Test
    void aLongerExtentThatReadsTheVerbMayAsTheMonthGivesWay() {
        String t = "The summer of 2014 may bring a deal.";
        List<Span> merged = CombinedTimeExpressions.merge(List.of(at(t, "The summer of 2014", "DATE", "2014-SU")),
                List.of(at(t, "The summer of 2014 may", "DATE", "2014-05")));
        assertThat(words(merged)).containsExactly("The summer of 2014=2014-SU");
    }

    @Test
    void aLongerExtentAcrossACommaWinsOnlyWhenItsValueStartsWithThePrimarys() {
        String t = "The vote is in 2015, the year the deal expires, and on Monday, March 3.";
        List<Span> merged = CombinedTimeExpressions.merge(
                List.of(at(t, "2015", "DATE", "2015"), at(t, "Monday", "DATE", "2014-03-03")),
                List.of(at(t, "2015, the year", "DATE", "THIS P1Y INTERSECT 2015"), at(t, "Monday, March 3", "DATE", "2014-03-03")));
        assertThat(words(merged)).containsExactly("2015=2015", "Monday, March 3=2014-03-03");
    }

    @Test
    void primaryExpressionsJoinedByOfAreOneExpressionWhenTheSecondTaggerSaysSo() {
        String t = "Sales fell in the last week of March.";
        List<Span> merged = CombinedTimeExpressions.merge(
                List.of(at(t, "the last week", "DATE", "2009-W13"), at(t, "March", "DATE", "2009-03")),
                List.of(at(t, "the last week of March", "DATE", "2009-W13")));
        assertThat(words(merged)).containsExactly("the last week of March=2009-W13");
    }

    @Test
    void aSecondExpressionSpanningTwoPrimaryOnesGivesWay() {
        String t = "Markets shut over the weekend and Monday.";
        List<Span> merged = CombinedTimeExpressions.merge(
                List.of(at(t, "the weekend", "DATE", "2008-W42-WE"), at(t, "Monday", "DATE", "2008-10-20")),
                List.of(at(t, "the weekend and Monday", "DATE", "2008-W42-WE")));
        assertThat(words(merged)).containsExactly("the weekend=2008-W42-WE", "Monday=2008-10-20");
    }

    @Test
    void thePrimaryTaggersLongerExtentIsKept() {
        String t = "Jobs go over the next four years.";
        List<Span> merged = CombinedTimeExpressions.merge(List.of(at(t, "over the next four years", "DURATION", "P4Y")),
                List.of(at(t, "the next four years", "DURATION", "P4Y")));
        assertThat(words(merged)).containsExactly("over the next four years=P4Y");
    }

    @Test
    void piecesOfOneSecondExpressionStandOrFallTogether() {
        String t = "Jets arrive from 2009 to 2011.";
        List<Span> secondary = List.of(at(t, "2009", "DATE", "2009/2011"), at(t, "to", "DATE", "2009/2011"),
                at(t, "2011", "DATE", "2009/2011"));
        List<Span> merged = CombinedTimeExpressions.merge(List.of(at(t, "2009", "DATE", "2009"), at(t, "2011", "DATE", "2011")),
                secondary);
        assertThat(words(merged)).containsExactly("2009=2009", "2011=2011");
    }

    @Test
    void theDocumentKeepsItsOtherSpansAndTakesTheCombinedTimes() {
        String t = "Ishiba met Trump on Friday.";
        Source source = new Source("a", null, null, null, null, null, false, "en", Phase.UNKNOWN, t, List.of(), List.of());
        Span name = new Span("PERSON", "PERSON", 0, 6, "Ishiba", 0, null);
        AnnotatedDocument doc = new AnnotatedDocument(source, "2025-02-08", List.of(), List.of(),
                List.of(name, at(t, "Friday", "DATE", "XXXX-WXX-5")));
        TimeTagger primary = d -> List.of(at(t, "Friday", "DATE", "2025-02-07"));
        AnnotatedDocument combined = CombinedTimeExpressions.of(doc, primary);
        assertThat(words(combined.spans())).containsExactly("Ishiba=null", "Friday=2025-02-07");
        assertThat(words(CombinedTimeExpressions.replaced(doc, d -> List.of()).spans())).containsExactly("Ishiba=null");
    }
}
