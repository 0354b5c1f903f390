package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dossier.eval.extraction.ExtractionScore;
import org.dossier.eval.extraction.PageMatch;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The dev half of the article-extraction benchmark (shared/data/article-extraction-dev), scored with the benchmark's
 * own metric. A page the reader refuses counts as an empty prediction.
 */
class ArticleExtractionBenchmarkTest {

    /** Floors slightly below the measured scores (P 0.958, R 0.972, F1 0.965), so a regression fails. */
    private static final double MIN_F1 = 0.955;
    private static final double MIN_PRECISION = 0.945;

    @Test
    void extractsArticleBodiesAboveTheFloor() throws IOException {
        Path folder = SharedData.require("data/article-extraction-dev");
        JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
        HtmlReader reader = new HtmlReader();
        List<PageMatch> matches = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            Path file = folder.resolve("html").resolve(page.getKey() + ".html.gz");
            String predicted;
            try {
                predicted = reader.read(new RawInput(page.getKey(), file.toUri().toString(), Files.readAllBytes(file)))
                        .text();
            } catch (IngestException e) {
                predicted = "";
                report.add("REFUSED " + e.getMessage());
            }
            if (page.getKey().startsWith(System.getProperty("dossier.benchmark.page", "-"))) {
                System.out.println("=== PREDICTED\n" + predicted + "\n=== TRUE\n" + page.getValue().path("articleBody").asText());
            }
            PageMatch match = PageMatch.of(page.getValue().path("articleBody").asText(""), predicted);
            matches.add(match);
            report.add(String.format("%.3f %.3f %s", match.precision(), match.recall(), page.getKey()));
        }
        ExtractionScore score = ExtractionScore.of(matches);
        if (Boolean.getBoolean("dossier.benchmark.verbose")) {
            report.stream().sorted().forEach(System.out::println);
        }
        System.out.println("article-extraction-dev: " + score);

        assertThat(score.pages()).isEqualTo(91);
        assertThat(score.f1()).isGreaterThanOrEqualTo(MIN_F1);
        assertThat(score.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
    }
}
