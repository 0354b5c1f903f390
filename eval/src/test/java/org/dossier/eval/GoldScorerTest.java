package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.eval.TestDossier.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldScorerTest {
    private static final JsonNode QUOTE_GOLD = json("""
            {"quotes": [{"doc": "d1", "snippet": "we will stand together", "speaker": null}]}
            """);

    @Test
    void listsEveryMeasureInOrder() {
        Scores scores = GoldScorer.score(json("{}"), json("{}"));

        assertThat(scores.measures()).extracting(Measure::name).containsExactlyElementsOf(GoldScorer.MEASURES);
    }

    @Test
    void evidenceWhoseTextIsNotItsSliceCoversNothing() {
        JsonNode dossier = json("""
                {"sources": [{"id": "d1", "text": "They said we will stand together."}],
                 "quotes": [{"id": "q1", "speaker": null,
                             "evidence": {"source": "d1", "start": 10, "end": 32, "text": "we shall stand together"}}]}
                """);

        assertThat(GoldScorer.score(QUOTE_GOLD, dossier).value("quotes_found")).isZero();
    }

    @Test
    void evidenceWhoseTextIsItsSliceCovers() {
        JsonNode dossier = json("""
                {"sources": [{"id": "d1", "text": "They said we will stand together."}],
                 "quotes": [{"id": "q1", "speaker": null,
                             "evidence": {"source": "d1", "start": 10, "end": 32, "text": "we will stand together"}}]}
                """);

        assertThat(GoldScorer.score(QUOTE_GOLD, dossier).value("quotes_found")).isEqualTo(1.0);
    }

    @Test
    void evidenceOutsideTheSourceTextCoversNothing() {
        JsonNode dossier = json("""
                {"sources": [{"id": "d1", "text": "They said we will stand together."}],
                 "quotes": [{"id": "q1", "evidence": {"source": "d1", "start": 10, "end": 99, "text": "x"}}]}
                """);

        assertThat(GoldScorer.score(QUOTE_GOLD, dossier).value("quotes_found")).isZero();
    }

    @Test
    void snippetLocatedAcrossCurlyQuotesAndLineBreaks() {
        JsonNode gold = json("""
                {"quotes": [{"doc": "d1", "snippet": "It's time we   stood together", "speaker": null}]}
                """);
        String text = "\u201CIt\u2019s time we\r\n stood together,\u201D he said.";
        JsonNode dossier = new TestDossier().source("d1", text).quote("q1", "d1", "It\u2019s time we\r\n stood", null).build();

        assertThat(GoldScorer.score(gold, dossier).value("quotes_found")).isEqualTo(1.0);
    }

    @Test
    void snippetNotInTheTextIsAMissNamingTheSnippet() {
        JsonNode dossier = new TestDossier().source("d1", "Nothing was said.").build();

        Measure found = GoldScorer.score(QUOTE_GOLD, dossier).get("quotes_found").orElseThrow();

        assertThat(found.denominator()).isEqualTo(1);
        assertThat(found.misses()).containsExactly("not found: d1 \"we will stand together\" (snippet not in the source text)");
    }

    @Test
    void emptyGoldSectionsAreAbsentFromTheOverallMean() {
        JsonNode gold = json("""
                {"boilerplate": {"must_drop": [], "must_keep": [{"doc": "d1", "snippet": "kept"}]},
                 "quotes": [{"doc": "d1", "snippet": "we will stand together", "speaker": null}], "figures": []}
                """);
        JsonNode dossier = new TestDossier().source("d1", "kept text").build();

        Scores scores = GoldScorer.score(gold, dossier);

        assertThat(scores.get("boilerplate_dropped").orElseThrow().present()).isFalse();
        assertThat(scores.value("figures")).isNaN();
        assertThat(scores.value("figures_precision")).isNaN();
        assertThat(scores.measures()).filteredOn(Measure::present).extracting(Measure::name)
                .containsExactly("article_kept", "quotes_found", "quote_speakers");
        assertThat(scores.overall()).isEqualTo(1.0 / 3);
    }

    @Test
    void garbageDossierScoresAsMissesWithoutThrowing() {
        JsonNode gold = json("""
                {"documents": {"d1": {"title": "T"}}, "entities": [{"name": "A", "surfaces": ["A"]}],
                 "quotes": [{"doc": "d1", "snippet": "x"}], "figures": [{"doc": "d1", "snippet": "x", "value": 1}],
                 "scorecard": [{"id": "E1", "expectation": [{"doc": "d1"}], "outcome": [], "status": "met"}],
                 "distinct": [["A"]], "agreements": [{"about": "a", "items": "nonsense"}]}
                """);
        JsonNode dossier = json("""
                {"sources": [{"id": "d1", "text": 5}, "junk"], "entities": {"e1": 1},
                 "quotes": [{"evidence": {"source": "d1", "start": "0", "end": 1, "text": "x"}}],
                 "figures": [{"evidence": [1, 2], "value": "1", "unit": "USD"}], "scorecard": [{"expectation": "c1"}]}
                """);

        Scores scores = GoldScorer.score(gold, dossier);

        assertThat(scores.measures()).filteredOn(Measure::present).allMatch(m -> m.numerator() == 0);
        assertThat(scores.overall()).isZero();
    }

    @Test
    void scoreFilesRejectsAMissingFile(@TempDir Path dir) throws IOException {
        Path dossier = Files.writeString(dir.resolve("dossier.json"), "{}");
        Path gold = dir.resolve("none.gold.json");

        assertThatThrownBy(() -> GoldScorer.scoreFiles(gold, dossier)).isInstanceOf(EvalException.class)
                .hasMessage(gold + ": gold file not found");
    }

    @Test
    void scoreFilesRejectsInvalidJson(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), "{}");
        Path dossier = Files.writeString(dir.resolve("dossier.json"), "{\"sources\": [\n}");

        assertThatThrownBy(() -> GoldScorer.scoreFiles(gold, dossier)).isInstanceOf(EvalException.class)
                .hasMessage(dossier + ": dossier is not valid JSON (line 2, column 1)");
    }

    @Test
    void scoreFilesRejectsJsonThatIsNotAnObject(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), "[1, 2]");
        Path dossier = Files.writeString(dir.resolve("dossier.json"), "{}");

        assertThatThrownBy(() -> GoldScorer.scoreFiles(gold, dossier)).isInstanceOf(EvalException.class)
                .hasMessage(gold + ": gold file is not a JSON object");
    }

    @Test
    void rawCorpusTextsKeepAllBoilerplateAndAllArticleText() throws IOException, EvalException {
        Path shared = Path.of(System.getProperty("dossier.shared", "/work/shared"));
        Path corpus = shared.resolve("corpora/ishiba-2025");
        Path gold = shared.resolve("eval/ishiba-2025.gold.json");
        Assumptions.assumeTrue(Files.isDirectory(corpus) && Files.isRegularFile(gold), "shared corpus not available");
        ObjectNode dossier = TestDossier.JSON.createObjectNode().put("schema", "dossier/1");
        ArrayNode sources = dossier.putArray("sources");
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                sources.addObject().put("id", id).put("text", Files.readString(file));
            }
        }

        Scores scores = GoldScorer.score(TestDossier.JSON.readTree(gold.toFile()), dossier);

        assertThat(scores.value("boilerplate_dropped")).isZero();
        assertThat(scores.value("article_kept")).isEqualTo(1.0);
        assertThat(scores.measures()).flatExtracting(Measure::misses)
                .noneMatch(miss -> miss.contains("snippet not in the source text"));
    }
}
