package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.fact.ClaimKind;
import org.dossier.model.fact.Figure;
import org.dossier.model.fact.TimeExpression;
import org.junit.jupiter.api.Test;

/** The benchmarks measure real work: each fixture is valid and each benchmark method, run once, finds what it should. */
class BenchmarkFixturesTest {

    @Test
    void syntheticArticlesAreRepeatableAndTheirEvidenceSlicesTheText() {
        SyntheticNews news = new SyntheticNews(1);
        SyntheticNews.Article a = news.article(7, 20, Phase.BEFORE);
        assertThat(news.article(7, 20, Phase.BEFORE)).isEqualTo(a);
        assertThat(a.claims()).hasSize(20);
        String text = a.source().text();
        for (Evidence e : a.mentions().stream().map(m -> m.name()).toList()) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        assertThat(a.claims()).extracting(c -> c.kind()).contains(ClaimKind.EXPECTATION);
        assertThat(news.article(8, 20, Phase.BEFORE).source().text()).isNotEqualTo(text);
    }

    @Test
    void figureBenchmarkFindsTheMoneyAndPercentages() {
        List<Figure> figures = new NormalizationBenchmark().figures();
        assertThat(figures).extracting(f -> f.evidence().text()).contains("$1.2 trillion", "4.5%");
        assertThat(figures).extracting(f -> f.evidence().text()).doesNotContain("2019", "second", "5");
    }

    @Test
    void dateBenchmarkResolvesTheTaggedDates() {
        List<TimeExpression> dates = new NormalizationBenchmark().resolveDates();
        assertThat(dates).extracting(TimeExpression::date).contains("2024-03-03", "2025-02-07");
        assertThat(new NormalizationBenchmark().refineTimeExpressions()).isNotEmpty();
        assertThat(new NormalizationBenchmark().parseTimexValues()).isPositive();
    }

    @Test
    void entityBenchmarkResolvesRepeatedNamesIntoFewerEntities() {
        EntityResolutionBenchmark b = new EntityResolutionBenchmark();
        b.sources = 20;
        b.corpus();
        int entities = b.resolve().entities().size();
        assertThat(entities).isPositive().isLessThan(20 * 20);
    }

    @Test
    void scorecardBenchmarkLinksSyntheticClaimsAcrossSources() {
        ScorecardBenchmark b = new ScorecardBenchmark();
        b.sources = 10;
        b.dossier();
        assertThat(b.analyze().agreements()).isNotEmpty();
    }

    @Test
    void hashingEmbedderGivesBgeWidthVectorsThatMatchOnSharedWords() {
        float[][] v = new HashingEmbedder().embed(List.of("steel tariff agreement", "the steel tariff deal", "rain"));
        assertThat(v[0]).hasSize(HashingEmbedder.DIMENSIONS);
        assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]));
    }

    @Test
    void boilerplateBenchmarkReadsTheRealPageWhenTheSharedDataIsThere() throws Exception {
        assumeTrue(BenchData.shared() != null && java.nio.file.Files.isRegularFile(BenchData.shared().resolve(BenchData.PAGE)),
                "shared data not found");
        BoilerplateBenchmark b = new BoilerplateBenchmark();
        b.load();
        assertThat(b.htmlPage().text()).hasSizeGreaterThan(1000);
        assertThat(b.plainText().text()).contains("Ishiba");
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
