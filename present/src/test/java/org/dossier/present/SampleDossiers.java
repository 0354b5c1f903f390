package org.dossier.present;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.DroppedSpan;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.Agreement;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.CodedEvent;
import org.dossier.model.dossier.Contradiction;
import org.dossier.model.dossier.Coverage;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.Entity;
import org.dossier.model.dossier.EventInfo;
import org.dossier.model.dossier.FigureItem;
import org.dossier.model.dossier.QuoteItem;
import org.dossier.model.dossier.ScorecardRow;
import org.dossier.model.dossier.TimelineItem;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.ClaimKind;

/**
 * Dossiers for the writers' tests. {@link #full()} fills every section and carries the awkward cases: curly quotes,
 * markup in article text, a range figure, a resolved mention and null fields.
 */
final class SampleDossiers {

    static final String S1 = "000_a84836fc9bfae287";
    static final String S2 = "001_5f1e0c";

    static final String TEXT1 = "Prime Minister Shigeru Ishiba met President Donald Trump at the White House on February 7, 2025. "
            + "\u201cWe will pursue a new golden age,\u201d Ishiba told reporters. "
            + "Japan pledged to raise investment in the United States to $1 trillion. "
            + "He said tariffs of 20 to 60 percent would hurt both sides. "
            + "A reader posted <script>alert(1)</script> and <img src=x onerror=alert(2)> | *not* [a link](http://x).";

    static final String TEXT2 = "Trump said Japan would buy record amounts of American LNG. "
            + "Japanese companies invested $59 billion last year, creating 1,500 jobs. "
            + "The summit is expected to end on February 8, 2025. "
            + "Officials called it \u201chistoric\u201d. \u201cIt was a great meeting,\u201d Trump said.";

    private SampleDossiers() {
    }

    /** Evidence for the first occurrence of {@code needle} in a sample source's text. */
    static Evidence ev(String source, String needle) {
        String text = S1.equals(source) ? TEXT1 : TEXT2;
        int start = text.indexOf(needle);
        if (start < 0) {
            throw new IllegalArgumentException("not in " + source + ": " + needle);
        }
        return Evidence.of(source, text, start, start + needle.length());
    }

    static Dossier full() {
        Source s1 = new Source(S1, "https://example.org/news/ishiba-trump", "Ishiba and Trump meet | White House", "Example News",
                "Jane Doe", "2025-02-07T18:00:00+09:00", false, "en", Phase.AFTER, TEXT1,
                List.of(new DroppedSpan(0, 42, "navigation")), List.of());
        Source s2 = new Source(S2, null, null, "Wire", null, "2025-02-08", true, "en", Phase.UNKNOWN, TEXT2,
                List.of(), List.of("no byline found"));
        List<Entity> entities = List.of(
                new Entity("e1", "Shigeru Ishiba", "PERSON", List.of("Shigeru Ishiba", "Ishiba", "He"), List.of("Prime Minister of Japan"),
                        List.of(ev(S1, "Shigeru Ishiba"), ev(S1, "Ishiba told"), ev(S1, "He").asResolved())),
                new Entity("e2", "Donald Trump", "PERSON", List.of("Donald Trump", "Trump"), List.of("President of the United States"),
                        List.of(ev(S1, "Donald Trump"), ev(S2, "Trump said Japan"))),
                new Entity("e3", "Japan", "LOCATION", List.of("Japan"), List.of(), List.of(ev(S1, "Japan"), ev(S2, "Japan"))),
                new Entity("e4", "White House", "ORGANIZATION", List.of("White House"), List.of(), List.of(ev(S1, "White House"))));
        List<QuoteItem> quotes = List.of(
                new QuoteItem("q1", ev(S1, "We will pursue a new golden age,"), "e1", "Ishiba", "told reporters"),
                new QuoteItem("q2", ev(S2, "It was a great meeting,"), "e2", "Trump", "said"),
                new QuoteItem("q3", ev(S2, "historic"), null, null, null));
        List<FigureItem> figures = List.of(
                new FigureItem("f1", ev(S1, "$1 trillion"), 1e12, 1e12, "USD", "investment in the United States", List.of("e3"), null),
                new FigureItem("f2", ev(S1, "20 to 60 percent"), 20, 60, "percent", "tariffs", List.of(), null),
                new FigureItem("f3", ev(S2, "$59 billion"), 5.9e10, 5.9e10, "USD", "investment by Japanese companies", List.of("e3"), "2024"),
                new FigureItem("f4", ev(S2, "1,500 jobs"), 1500, 1500, "jobs", null, List.of(), null));
        List<TimelineItem> timeline = List.of(
                new TimelineItem("t1", "2025-02-07", "Ishiba met Trump at the White House",
                        List.of(ev(S1, "February 7, 2025")), Certainty.REPORTED),
                new TimelineItem("t2", "2025-02-08", "The summit is expected to end",
                        List.of(ev(S2, "February 8, 2025")), Certainty.EXPECTED));
        List<ClaimItem> claims = List.of(
                new ClaimItem("c1", ClaimKind.EXPECTATION, "trade", List.of("e1"),
                        ev(S1, "He said tariffs of 20 to 60 percent would hurt both sides.")),
                new ClaimItem("c2", ClaimKind.OUTCOME, "investment", List.of("e3"),
                        ev(S1, "Japan pledged to raise investment in the United States to $1 trillion.")),
                new ClaimItem("c3", ClaimKind.STATEMENT, null, List.of("e2", "e3"),
                        ev(S2, "Trump said Japan would buy record amounts of American LNG.")),
                new ClaimItem("c4", ClaimKind.STATEMENT, "relationship", List.of(),
                        ev(S1, "A reader posted <script>alert(1)</script> and <img src=x onerror=alert(2)> | *not* [a link](http://x).")));
        List<ScorecardRow> scorecard = List.of(
                new ScorecardRow(List.of("c1"), List.of("c2"), "partly", "Investment was pledged; tariffs were not settled."),
                new ScorecardRow(List.of("c1"), List.of(), "unknown", "No source reports on tariffs after the meeting."));
        List<Contradiction> contradictions = List.of(new Contradiction("When the summit ended", "date",
                List.of(ev(S1, "February 7, 2025"), ev(S2, "February 8, 2025"))));
        List<Agreement> agreements = List.of(new Agreement("Trump and Ishiba met",
                List.of(ev(S1, "met President Donald Trump"), ev(S2, "It was a great meeting,"))));
        Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
        bySource.put(S1, Map.of("trade", 1, "investment", 1));
        bySource.put(S2, Map.of("energy", 1, "investment", 1));
        Coverage coverage = new Coverage(List.of("trade", "investment", "energy"), bySource, Map.of(S2, List.of("f3", "f4")));
        List<Evidence> summary = List.of(
                ev(S1, "Prime Minister Shigeru Ishiba met President Donald Trump at the White House on February 7, 2025."),
                ev(S2, "Japanese companies invested $59 billion last year, creating 1,500 jobs."));
        List<CodedEvent> events = List.of(
                new CodedEvent("CONSULT", "visit", Certainty.REPORTED, List.of("e1"), List.of("e2"), "2025-02-07", List.of(ev(S1, "met President Donald Trump"))));
        return new Dossier(Dossier.SCHEMA, "2026-11-22T10:00:00Z",
                new EventInfo("Ishiba\u2013Trump summit <Washington>", "2025-02-07", "2025-02-07", List.of("e1", "e2")),
                List.of(s1, s2), entities, quotes, figures, timeline, claims, scorecard, contradictions, agreements, coverage,
                summary, events);
    }

    /** Nothing found: every list empty, every event field null. */
    static Dossier empty() {
        return new Dossier(Dossier.SCHEMA, null, new EventInfo(null, null, null, List.of()), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), new Coverage(List.of(), Map.of(), Map.of()),
                List.of(), List.of());
    }

    /** Worse than empty: null event, null coverage and null lists. */
    static Dossier nulls() {
        return new Dossier(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
