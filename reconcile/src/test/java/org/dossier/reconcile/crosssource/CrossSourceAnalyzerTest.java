package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Contradiction;
import org.dossier.model.dossier.Coverage;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.Entity;
import org.dossier.model.dossier.EventInfo;
import org.dossier.model.dossier.FigureItem;
import org.dossier.model.dossier.ScorecardRow;
import org.dossier.model.dossier.TimelineItem;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.ClaimKind;
import org.junit.jupiter.api.Test;

/** The analysis on small hand-built dossiers with the model-free embedder. */
class CrossSourceAnalyzerTest {

    private static final List<String> FILLER = List.of("The weather in the capital was mild.", "Officials met at the ministry.",
            "Reporters waited outside the building.", "Traffic was heavy in the morning.", "A new museum opened downtown.",
            "Teachers planned a strike over pay.", "The river flooded two villages.", "A famous chef published a cookbook.",
            "The football club hired a coach.", "Hospitals reported fewer flu cases.", "The airline ordered new jets.",
            "Students protested tuition fees.", "A comet was visible overnight.", "The orchestra toured northern towns.",
            "Bakers complained about flour prices.", "A bridge closed for repairs.", "The zoo welcomed a baby panda.",
            "Voters queued at polling stations.", "The novelist won a literary prize.", "Fishermen returned with small catches.",
            "Engineers tested a faster train.", "The mayor opened a park.", "Gold prices edged higher.",
            "A storm delayed ferries.", "Police arrested a pickpocket.", "The library extended opening hours.",
            "Miners demanded safer tunnels.", "The cinema showed silent films.", "Farmers sold apples at the market.",
            "A sculptor unveiled a statue.");

    private static String filler(int from) {
        return " " + String.join(" ", FILLER.subList(from, from + 10));
    }

    private static final String A = "Leaders will sign a steel tariff agreement at the summit." + filler(0)
            + " The summit is on March 3. The central bank reported reserves of $12.5 billion. Farmers expect rain soon.";
    private static final String B = "Analysts expect the leaders to sign a steel tariff agreement." + filler(10)
            + " The summit is on March 3. Reserves stood at $12.5 billion. Her two-day visit ends tomorrow."
            + " Growers expect heavy rain soon, the weather office said.";
    private static final String C = "The leaders signed a steel tariff agreement at the summit." + filler(20)
            + " The summit was held on March 4. The 36-hour visit ended quietly.";

    private final CrossSourceAnalyzer analyzer = new CrossSourceAnalyzer(new BagOfWordsEmbedder());

    private static Source source(String id, String text, Phase phase) {
        return new Source(id, null, null, null, null, "2025-03-0" + (phase == Phase.AFTER ? "5" : "1"), false, "en", phase,
                text, List.of(), List.of());
    }

    private static Evidence at(String id, String text, String words) {
        int i = text.indexOf(words);
        return Evidence.of(id, text, i, i + words.length());
    }

    private static Dossier dossier() {
        List<Source> sources = List.of(source("a", A, Phase.BEFORE), source("b", B, Phase.BEFORE), source("c", C, Phase.AFTER));
        List<ClaimItem> claims = new ArrayList<>();
        claims.add(new ClaimItem("c1", ClaimKind.EXPECTATION, "trade", List.of(), at("a", A, "Leaders will sign a steel tariff agreement at the summit.")));
        claims.add(new ClaimItem("c2", ClaimKind.EXPECTATION, "trade", List.of(), at("b", B, "Analysts expect the leaders to sign a steel tariff agreement.")));
        claims.add(new ClaimItem("c3", ClaimKind.OUTCOME, "trade", List.of(), at("c", C, "The leaders signed a steel tariff agreement at the summit.")));
        claims.add(new ClaimItem("c4", ClaimKind.EXPECTATION, null, List.of(), at("a", A, "Farmers expect rain soon.")));
        claims.add(new ClaimItem("c5", ClaimKind.EXPECTATION, null, List.of(),
                at("b", B, "Growers expect heavy rain soon, the weather office said.")));
        Map<String, String> texts = Map.of("a", A, "b", B, "c", C);
        for (String s : FILLER) {
            String id = A.contains(s) ? "a" : B.contains(s) ? "b" : "c";
            claims.add(new ClaimItem("s" + claims.size(), ClaimKind.STATEMENT, null, List.of(), at(id, texts.get(id), s)));
        }
        List<FigureItem> figures = List.of(
                new FigureItem("f1", at("a", A, "$12.5 billion"), 12.5e9, 12.5e9, "USD", "reserves", List.of(), null),
                new FigureItem("f2", at("b", B, "$12.5 billion"), 12.5e9, 12.5e9, "USD", "reserves", List.of(), null));
        List<TimelineItem> timeline = List.of(
                new TimelineItem("t1", "2025-03-03", "summit", List.of(at("a", A, "March 3"), at("b", B, "March 3")), Certainty.PLANNED),
                new TimelineItem("t2", "2025-03-04", "summit", List.of(at("c", C, "March 4")), Certainty.REPORTED));
        return new Dossier(Dossier.SCHEMA, "2025-03-06T00:00:00Z", new EventInfo(null, null, null, List.of()), sources,
                List.of(), List.of(), figures, timeline, claims, List.of(), List.of(), List.of(),
                new Coverage(List.of(), Map.of(), Map.of()), List.of(), List.of());
    }

    @Test
    void expectationsOfTwoSourcesFormOneRowMetByTheOutcome() {
        CrossSourceFindings f = analyzer.analyze(dossier());
        ScorecardRow row = f.scorecard().stream().filter(r -> r.expectation().contains("c1")).findFirst().orElseThrow();
        assertThat(row.expectation()).containsExactly("c1", "c2");
        assertThat(row.outcome()).containsExactly("c3");
        assertThat(row.status()).isEqualTo("met");
        assertThat(row.why()).startsWith("Expected by 2 sources (a, b)").contains("c reports: 'The leaders signed");
    }

    @Test
    void anExpectationOfTwoSourcesNobodyReportsOnIsUnknown() {
        CrossSourceFindings f = analyzer.analyze(dossier());
        ScorecardRow row = f.scorecard().stream().filter(r -> r.expectation().contains("c4")).findFirst().orElseThrow();
        assertThat(row.expectation()).containsExactly("c4", "c5");
        assertThat(row.outcome()).isEmpty();
        assertThat(row.status()).isEqualTo("unknown");
    }

    @Test
    void anExpectationOfOneSourceNobodyReportsOnIsLeftOut() {
        Dossier d = dossier();
        Dossier one = new Dossier(d.schema(), d.generated(), d.event(), d.sources(), d.entities(), d.quotes(), d.figures(),
                d.timeline(), d.claims().stream().filter(c -> !c.id().equals("c5")).toList(), List.of(), List.of(), List.of(),
                d.coverage(), d.summary(), d.events());
        CrossSourceFindings f = analyzer.analyze(one);
        assertThat(f.scorecard()).noneSatisfy(r -> assertThat(r.expectation()).contains("c4"));
    }

    @Test
    void theSameAmountInTwoSourcesIsAnAgreement() {
        CrossSourceFindings f = analyzer.analyze(dossier());
        assertThat(f.agreements()).anySatisfy(a -> assertThat(a.items()).extracting(Evidence::text)
                .containsExactly("$12.5 billion", "$12.5 billion"));
    }

    @Test
    void theSameDateInTwoSourcesIsAnAgreement() {
        CrossSourceFindings f = analyzer.analyze(dossier());
        assertThat(f.agreements()).anySatisfy(a -> assertThat(a.items()).extracting(Evidence::source).containsExactly("a", "b"));
    }

    @Test
    void aNearDuplicateCountsAsItsOriginalSoItsCopiesOfFiguresAndDatesAreNoAgreement() {
        Dossier d = dossier();
        List<Source> sources = d.sources().stream().map(s -> s.id().equals("b") ? s.withDuplicateOf("a", null) : s).toList();
        Dossier copies = new Dossier(d.schema(), d.generated(), d.event(), sources, d.entities(), d.quotes(), d.figures(),
                d.timeline(), d.claims(), List.of(), List.of(), List.of(), d.coverage(), d.summary(), d.events());

        assertThat(analyzer.analyze(d).agreements()).isNotEmpty();
        assertThat(analyzer.analyze(copies).agreements()).isEmpty();
    }

    @Test
    void anotherDateForTheSameHappeningIsADateContradiction() {
        CrossSourceFindings f = analyzer.analyze(dossier());
        assertThat(f.contradictions()).filteredOn(c -> c.kind().equals("date"))
                .anySatisfy(c -> assertThat(c.items()).extracting(Evidence::text).contains("March 3", "March 4"));
    }

    @Test
    void differentLengthsOfAVisitAreANumberContradiction() {
        CrossSourceFindings f = analyzer.analyze(dossier());
        List<Contradiction> lengths = f.contradictions().stream().filter(c -> c.about().startsWith("length")).toList();
        assertThat(lengths).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("number");
            assertThat(c.items()).extracting(Evidence::text).containsExactly("two-day visit", "36-hour visit");
        });
    }

    @Test
    void everyItemHasEvidenceFromTwoSourcesThatSlicesItsText() {
        Dossier d = dossier();
        CrossSourceFindings f = analyzer.analyze(d);
        f.agreements().forEach(a -> assertThat(a.items().stream().map(Evidence::source).distinct().count()).isGreaterThanOrEqualTo(2));
        f.contradictions().forEach(c -> assertThat(c.items().stream().map(Evidence::source).distinct().count()).isGreaterThanOrEqualTo(2));
        f.agreements().stream().flatMap(a -> a.items().stream()).forEach(e ->
                assertThat(d.source(e.source()).text().substring(e.start(), e.end())).isEqualTo(e.text()));
    }

    @Test
    void theSameMeetingOnAnotherDayIsADateContradiction() {
        assertThat(new CrossSourceAnalyzer(new BagOfWordsEmbedder()).analyze(meetingDates("Ishiba")).contradictions()).filteredOn(c -> c.kind().equals("date")).singleElement()
                .satisfies(c -> assertThat(c.items()).extracting(Evidence::text).containsExactly("March 3", "March 4"));
    }

    @Test
    void meetingsOfDifferentPeopleOnDifferentDaysAreNoContradiction() {
        assertThat(new CrossSourceAnalyzer(new BagOfWordsEmbedder()).analyze(meetingDates("Abe")).contradictions()).filteredOn(c -> c.kind().equals("date")).isEmpty();
    }

    /** Source a: "{earlier} met Trump … on March 3"; source c, written after: "Ishiba met Trump … on March 4". */
    private static Dossier meetingDates(String earlier) {
        String a = earlier + " met Trump at the White House on March 3." + filler(0);
        String c = "Ishiba met Trump at the White House on March 4." + filler(20);
        List<Source> sources = List.of(source("a", a, Phase.BEFORE), source("c", c, Phase.AFTER));
        List<ClaimItem> claims = new ArrayList<>();
        for (String s : FILLER) {
            String id = a.contains(s) ? "a" : c.contains(s) ? "c" : null;
            if (id != null) {
                claims.add(new ClaimItem("s" + claims.size(), ClaimKind.STATEMENT, null, List.of(), at(id, id.equals("a") ? a : c, s)));
            }
        }
        List<Entity> people = new ArrayList<>(List.of(
                new Entity("e1", "Trump", "PERSON", List.of(), List.of(), List.of(at("a", a, "Trump"), at("c", c, "Trump"))),
                new Entity("e2", "Ishiba", "PERSON", List.of(), List.of(), earlier.equals("Ishiba")
                        ? List.of(at("a", a, "Ishiba"), at("c", c, "Ishiba")) : List.of(at("c", c, "Ishiba")))));
        if (!earlier.equals("Ishiba")) {
            people.add(new Entity("e3", earlier, "PERSON", List.of(), List.of(), List.of(at("a", a, earlier))));
        }
        List<TimelineItem> timeline = List.of(
                new TimelineItem("t1", "2025-03-03", "meeting", List.of(at("a", a, "March 3")), Certainty.REPORTED),
                new TimelineItem("t2", "2025-03-04", "meeting", List.of(at("c", c, "March 4")), Certainty.REPORTED));
        return new Dossier(Dossier.SCHEMA, "2025-03-06T00:00:00Z", new EventInfo(null, null, null, List.of()), sources,
                people, List.of(), List.of(), timeline, claims, List.of(), List.of(), List.of(),
                new Coverage(List.of(), Map.of(), Map.of()), List.of(), List.of());
    }

    @Test
    void aDossierWithoutClaimsGivesNoFindings() {
        Dossier d = dossier();
        Dossier empty = new Dossier(d.schema(), d.generated(), d.event(), d.sources(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), d.coverage(), List.of(), List.of());
        CrossSourceFindings f = analyzer.analyze(empty);
        assertThat(f.scorecard()).isEmpty();
        assertThat(f.agreements()).isEmpty();
        assertThat(f.clauseClaims()).isEmpty();
    }
}
