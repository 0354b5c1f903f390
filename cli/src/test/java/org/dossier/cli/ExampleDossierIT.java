package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.build.OutputLock;
import org.dossier.eval.GoldScorer;
import org.dossier.eval.Scores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example corpus end to end: one cold build (fresh cache, models loaded) of {@code examples/ishiba-2025} through
 * {@code dossier build}, shared by every test, then checks of its outputs, its scores against the gold file, and a warm
 * rebuild.
 */
class ExampleDossierIT {

    private static final int EXAMPLE_ARTICLES = 5;

    @TempDir
    static Path tmp;

    private static Path cache;
    private static Path output;
    private static CliRun cold;
    private static JsonNode dossier;

    @BeforeAll
    static void buildTheExampleCold() {
        cache = tmp.resolve("cache");
        output = tmp.resolve("cold");
        cold = CliRun.execute("build", TestData.ishibaExample().toString(), "-o", output.toString(), "--cache", cache.toString());
        Path json = output.resolve("dossier.json");
        dossier = Files.isRegularFile(json) ? DossierJson.read(json) : null;
    }

    @Test
    void aColdBuildExitsWithZeroAndAnnotatesEveryArticle() {
        assertThat(cold.exitCode()).as(cold.describe()).isZero();
        assertThat(cold.out()).as(cold.describe())
                .contains("Built a dossier of " + EXAMPLE_ARTICLES + " sources")
                .contains("(" + EXAMPLE_ARTICLES + " annotated, 0 from cache)");
        assertThat(cold.warnings()).as(cold.describe()).isEmpty();
        assertThat(cold.err()).as("progress names the model loading").contains("loading NLP models");
    }

    @Test
    void stdoutEndsByPointingAtIndexHtml() {
        List<String> lines = cold.out().lines().toList();

        assertThat(lines).as(cold.describe()).last().asString()
                .isEqualTo("Open " + output.toAbsolutePath().normalize().resolve("index.html").toUri());
    }

    @Test
    void writesJsonMarkdownAndHtml() throws Exception {
        for (String name : List.of("dossier.json", "dossier.md", "index.html")) {
            Path file = output.resolve(name);
            assertThat(file).as(cold.describe()).isRegularFile();
            assertThat(Files.size(file)).as(name).isPositive();
            assertThat(cold.out()).contains("wrote " + file);
        }
        assertThat(Files.readString(output.resolve("index.html"))).containsIgnoringCase("<html");
        try (var leftovers = Files.list(output)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).as("no temporary files left behind")
                    .containsExactlyInAnyOrder("dossier.json", "dossier.md", "index.html", OutputLock.FILE_NAME);
        }
    }

    @Test
    void theSummitIsOneReportedMeetingOfJapanAndTheUnitedStatesWithEvidenceFromSeveralSources() {
        List<JsonNode> meetings = new ArrayList<>();
        for (JsonNode e : dossier.path("events")) {
            if (e.path("code").asText().equals("CONSULT") && e.path("date").asText("").equals("2025-02-07")
                    && names(e.path("actor")).contains("Shigeru Ishiba") && names(e.path("target")).contains("Donald Trump")) {
                meetings.add(e);
            }
        }

        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).path("certainty").asText()).isEqualTo("reported");
        List<String> sources = new ArrayList<>();
        meetings.get(0).path("evidence").forEach(ev -> sources.add(ev.path("source").asText()));
        assertThat(sources.stream().distinct().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theInvestmentPledgeIsIshibasToTheUnitedStates() {
        JsonNode pledge = null;
        for (JsonNode e : dossier.path("events")) {
            for (JsonNode ev : e.path("evidence")) {
                if (ev.path("text").asText().contains("by pledging to increase Japanese foreign direct investment")) {
                    pledge = e;
                }
            }
        }

        assertThat(pledge).isNotNull();
        assertThat(pledge.path("code").asText()).isEqualTo("AGREE");
        assertThat(names(pledge.path("actor"))).contains("Shigeru Ishiba").doesNotContain("Donald Trump");
        assertThat(names(pledge.path("target"))).contains("United States");
    }

    @Test
    void aCriticismThatAPreviewSaysMayComeIsExpectedNotReported() {
        List<JsonNode> criticisms = new ArrayList<>();
        for (JsonNode e : dossier.path("events")) {
            for (JsonNode ev : e.path("evidence")) {
                if (ev.path("text").asText().startsWith("A3: Trump may criticize")) {
                    criticisms.add(e);
                }
            }
        }

        assertThat(criticisms).hasSize(1);
        assertThat(criticisms.get(0).path("code").asText()).isEqualTo("DISAPPROVE");
        assertThat(criticisms.get(0).path("certainty").asText()).isEqualTo("expected");
    }

    @Test
    void theProtagonistsDescriptionsAndPronounsJoinTheirEntitiesAndNoSpanJoinsTwo() {
        List<String> ishiba = new ArrayList<>();
        List<String> trump = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode entity : dossier.path("entities")) {
            for (JsonNode m : entity.path("mentions")) {
                if (!m.path("resolved").asBoolean()) {
                    continue;
                }
                assertThat(seen.add(m.path("source").asText() + ":" + m.path("start").asInt())).as("resolved twice: " + m).isTrue();
                String text = m.path("text").asText().toLowerCase(java.util.Locale.ROOT);
                if (entity.path("name").asText().equals("Shigeru Ishiba")) {
                    ishiba.add(text);
                } else if (entity.path("name").asText().equals("Donald Trump")) {
                    trump.add(text);
                }
            }
        }

        assertThat(ishiba).contains("the prime minister", "his").doesNotContain("the president", "she");
        assertThat(trump).contains("the president").doesNotContain("the prime minister", "she");
    }

    /** The names of the entities with these ids. */
    private static List<String> names(JsonNode ids) {
        List<String> out = new ArrayList<>();
        for (JsonNode id : ids) {
            for (JsonNode entity : dossier.path("entities")) {
                if (entity.path("id").asText().equals(id.asText())) {
                    out.add(entity.path("name").asText());
                }
            }
        }
        return out;
    }

    @Test
    void dossierJsonMatchesTheSchema() {
        assertThat(dossier).as(cold.describe()).isNotNull();
        assertThat(DossierJson.schemaErrors(dossier)).isEmpty();
    }

    @Test
    void theDossierHoldsEveryExampleArticleAsASource() {
        assertThat(DossierJson.sourceIds(dossier)).containsExactly("000_a84836fc9bfae287", "001_d072e86d91685106",
                "002_a4ac59212e22a917", "003_cde0f0b2bd50a8cd", "004_f2b89ed524697753");
    }

    @Test
    void everyEvidenceObjectSlicesItsSourceTextExactly() {
        assertThat(DossierJson.evidence(dossier)).as("evidence objects found").hasSizeGreaterThan(50);
        assertThat(DossierJson.evidenceViolations(dossier)).isEmpty();
    }

    @Test
    void everyQuoteFigureTimelineItemClaimAndEntityCarriesEvidence() {
        List<String> missing = new ArrayList<>();
        for (String section : List.of("quotes", "figures", "claims")) {
            JsonNode items = dossier.path(section);
            for (int i = 0; i < items.size(); i++) {
                if (!DossierJson.isEvidence(items.get(i).get("evidence"))) {
                    missing.add("/" + section + "/" + i + " " + items.get(i));
                }
            }
        }
        JsonNode timeline = dossier.path("timeline");
        for (int i = 0; i < timeline.size(); i++) {
            JsonNode evidence = timeline.get(i).path("evidence");
            if (evidence.isEmpty() || !allEvidence(evidence)) {
                missing.add("/timeline/" + i + " " + timeline.get(i));
            }
        }
        JsonNode entities = dossier.path("entities");
        for (int i = 0; i < entities.size(); i++) {
            JsonNode mentions = entities.get(i).path("mentions");
            if (mentions.isEmpty() || !allEvidence(mentions)) {
                missing.add("/entities/" + i + " " + entities.get(i).path("name"));
            }
        }

        assertThat(dossier.path("quotes").size() + dossier.path("figures").size() + dossier.path("timeline").size())
                .as("the example has quotes, figures and dates").isPositive();
        assertThat(missing).isEmpty();
    }

    /**
     * The floors of the foundation issue. Where the target is not met yet, the floor is the value measured when
     * this test was written, so a regression fails while the gap stays visible.
     */
    @ParameterizedTest(name = "{0} scores at least {1}")
    @CsvSource({
        "entities_resolved,   0.8",
        "entities_kept_apart, 1.0",
        "quotes_found,        0.9",
        "quote_speakers,      0.8",
        "figures,             0.9",
        "figures_precision,   0.8",
        "timeline,            0.7",
        "boilerplate_dropped, 1.0",
        "article_kept,        1.0",
        "metadata,            0.75",
    })
    void theExampleScoresAtLeastTheFoundationFloors(String measure, double floor) throws Exception {
        Scores scores = GoldScorer.scoreFiles(TestData.ishibaGold(), output.resolve("dossier.json"));

        assertThat(scores.value(measure)).as(measure + "\n" + org.dossier.eval.EvalReport.format(scores)
                + org.dossier.eval.EvalReport.formatMisses(scores)).isGreaterThanOrEqualTo(floor);
    }

    /**
     * The floors of the cross-source issue. Its targets: scorecard_linked 0.7, scorecard_status 0.5, contradictions 2/3,
     * agreements 1.0, entities_resolved 0.9, overall 0.8. Where the measured value is above the target, the floor is the
     * lowest value measured on the machines the build has run on, so a regression fails: scorecard_linked 11/13,
     * scorecard_status 9/13 and overall 0.936 on one machine, 10/13, 8/13 and 0.926 on another (AVX-512 VNNI), with the
     * same code and the same bge-small model (ONNX Runtime's 8-bit kernels differ by processor, and rows near a
     * threshold move).
     */
    @ParameterizedTest(name = "{0} scores at least {1}")
    @CsvSource({
        "entities_resolved, 0.93",
        "contradictions,    0.66",
        "agreements,        1.0",
        "scorecard_linked,  0.76",
        "scorecard_status,  0.61",
        "overall,           0.92",
    })
    void theExampleScoresAtLeastTheCrossSourceFloors(String measure, double floor) throws Exception {
        Scores scores = GoldScorer.scoreFiles(TestData.ishibaGold(), output.resolve("dossier.json"));
        double value = measure.equals("overall") ? scores.overall() : scores.value(measure);

        assertThat(value).as(measure + "\n" + org.dossier.eval.EvalReport.format(scores)).isGreaterThanOrEqualTo(floor);
    }

    @Test
    void evalPrintsOneLinePerMeasureAndTheOverallMean() {
        Path gold = TestData.ishibaGold();

        CliRun run = CliRun.execute("eval", "--gold", gold.toString(), output.resolve("dossier.json").toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(GoldScorer.MEASURES.size() + 1);
        for (int i = 0; i < GoldScorer.MEASURES.size(); i++) {
            assertThat(lines.get(i)).matches(GoldScorer.MEASURES.get(i) + " +(\\d\\.\\d{3}|n/a)  \\(\\d+/\\d+\\)");
        }
        assertThat(lines.get(lines.size() - 1)).matches("overall +\\d\\.\\d{3}");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aWarmBuildServesEveryArticleFromTheCacheWithoutLoadingModels() {
        Path warmOutput = tmp.resolve("warm");

        CliRun warm = CliRun.execute("build", TestData.ishibaExample().toString(), "-o", warmOutput.toString(), "--cache",
                cache.toString());

        assertThat(warm.exitCode()).as(warm.describe()).isZero();
        assertThat(warm.out()).contains("(0 annotated, " + EXAMPLE_ARTICLES + " from cache)");
        assertThat(warm.err()).doesNotContain("loading NLP models");
    }

    @Test
    void aWarmBuildWritesTheSameDossierAsTheColdOne() {
        Path warmOutput = tmp.resolve("warm-again");

        CliRun warm = CliRun.execute("build", TestData.ishibaExample().toString(), "-o", warmOutput.toString(), "--cache",
                cache.toString(), "--quiet");

        assertThat(warm.exitCode()).as(warm.describe()).isZero();
        assertThat(withoutGenerated(DossierJson.read(warmOutput.resolve("dossier.json"))))
                .isEqualTo(withoutGenerated(dossier));
    }

    private static boolean allEvidence(JsonNode array) {
        for (JsonNode e : array) {
            if (!DossierJson.isEvidence(e)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode withoutGenerated(JsonNode dossier) {
        ObjectNode copy = dossier.deepCopy();
        copy.remove("generated");
        return copy;
    }
}
