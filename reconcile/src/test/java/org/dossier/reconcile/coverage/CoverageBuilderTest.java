package org.dossier.reconcile.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Coverage;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.FigureItem;
import org.dossier.model.dossier.QuoteItem;
import org.dossier.model.fact.ClaimKind;
import org.junit.jupiter.api.Test;

class CoverageBuilderTest {

    private static final String A = "Tariff talks on steel exports resumed in Geneva. The steel tariff stays at 25 percent, "
            + "officials said. \"We want a fair deal,\" the minister said.";
    private static final String B = "Steel exports fell 3 percent as tariff talks resumed in Geneva on Monday. "
            + "The steel tariff stays at 25 percent for now.";
    private static final String C = "Farmers protested near the parliament about milk prices. "
            + "\"We want a fair deal for farmers,\" a farmer said.";

    private static Source source(String id, String text) {
        return new Source(id, null, null, null, null, null, false, "en", Phase.UNKNOWN, text, List.of(), List.of());
    }

    private static Evidence at(String id, String text, String snippet) {
        int i = text.indexOf(snippet);
        return Evidence.of(id, text, i, i + snippet.length());
    }

    private static Dossier dossier(List<FigureItem> figures, List<QuoteItem> quotes, List<ClaimItem> claims) {
        return new Dossier(Dossier.SCHEMA, "2025-01-01T00:00:00Z", null, List.of(source("a", A), source("b", B), source("c", C)),
                List.of(), quotes, figures, List.of(), claims, List.of(), List.of(), List.of(), null, List.of(), List.of());
    }

    private final List<FigureItem> figures = List.of(
            new FigureItem("f1", at("a", A, "25 percent"), 25, 25, "percent", "tariff", List.of(), null),
            new FigureItem("f2", at("b", B, "3 percent"), 3, 3, "percent", "exports", List.of(), null),
            new FigureItem("f3", at("b", B, "25 percent"), 25, 25, "percent", "tariff", List.of(), null));
    private final List<QuoteItem> quotes = List.of(
            new QuoteItem("q1", at("a", A, "We want a fair deal,"), null, null, "said"),
            new QuoteItem("q2", at("c", C, "We want a fair deal for farmers,"), null, null, "said"));
    private final List<ClaimItem> claims = List.of(
            new ClaimItem("c1", ClaimKind.STATEMENT, "trade", List.of(), at("a", A, "Tariff talks on steel exports resumed in Geneva.")),
            new ClaimItem("c2", ClaimKind.STATEMENT, "trade", List.of(), at("b", B, "The steel tariff stays at 25 percent for now.")),
            new ClaimItem("c3", ClaimKind.STATEMENT, "agriculture", List.of(), at("c", C, "Farmers protested near the parliament about milk prices.")));

    @Test
    void topicsAreClaimTopicsThenKeywordsSeveralSourcesShare() {
        Coverage coverage = new CoverageBuilder().build(dossier(figures, quotes, claims));

        // keywords: phrases in two or more sources, best first; "steel tariff" overlaps the better "steel exports"
        assertThat(coverage.topics()).containsExactly("trade", "agriculture", "fair deal", "steel exports", "tariff talks", "geneva");
    }

    @Test
    void countsTopicsPerSourceInSourceOrder() {
        Coverage coverage = new CoverageBuilder().build(dossier(figures, quotes, claims));

        assertThat(coverage.bySource()).containsExactly(
                entry("a", Map.of("trade", 1, "fair deal", 1, "steel exports", 1, "tariff talks", 1, "geneva", 1)),
                entry("b", Map.of("trade", 1, "steel exports", 1, "tariff talks", 1, "geneva", 1)),
                entry("c", Map.of("agriculture", 1, "fair deal", 1)));
    }

    @Test
    void uniqueFactsAreThoseNoOtherSourceShares() {
        Coverage coverage = new CoverageBuilder().build(dossier(figures, quotes, claims));

        assertThat(coverage.uniqueFacts()).containsExactly(
                entry("a", List.of()),
                entry("b", List.of("f2")),
                entry("c", List.of("c3")));
    }

    @Test
    void figuresDifferingInUnitAreNotShared() {
        List<FigureItem> units = List.of(
                new FigureItem("f1", at("a", A, "25 percent"), 25, 25, "percent", "tariff", List.of(), null),
                new FigureItem("f2", at("b", B, "25 percent"), 25, 25, "USD", "tariff", List.of(), null));

        assertThat(new CoverageBuilder().build(dossier(units, List.of(), List.of())).uniqueFacts())
                .containsEntry("a", List.of("f1")).containsEntry("b", List.of("f2"));
    }

    @Test
    void aQuoteNoOtherSourceEchoesIsUnique() {
        List<QuoteItem> lone = List.of(new QuoteItem("q1", at("a", A, "We want a fair deal,"), null, null, "said"));

        assertThat(new CoverageBuilder().build(dossier(List.of(), lone, List.of())).uniqueFacts())
                .containsEntry("a", List.of("q1"));
    }

    @Test
    void emptyDossierGivesEmptyCoverage() {
        Dossier empty = new Dossier(Dossier.SCHEMA, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());

        assertThat(new CoverageBuilder().build(empty)).isEqualTo(new Coverage(List.of(), Map.of(), Map.of()));
    }
}
