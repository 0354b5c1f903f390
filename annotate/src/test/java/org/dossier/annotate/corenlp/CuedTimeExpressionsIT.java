package org.dossier.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SUTime gated by temporal cues gives exactly CoreNLP's own annotations: tokens, tags, names, and every time expression,
 * number, amount and value, on the example corpus and (when the shared data is present) on Wikinews articles.
 */
class CuedTimeExpressionsIT {

    private static CoreNlpAnnotator cued;
    private static CoreNlpAnnotator plain;

    @BeforeAll
    static void load() {
        cued = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
        plain = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT, false);
    }

    @Test
    void theGateIsInPlace() {
        assertThat(cued.gatesTimeExpressions()).isTrue();
        assertThat(plain.gatesTimeExpressions()).isFalse();
    }

    @Test
    void sentencesWithoutCuesAndWithCuesAreAnnotatedAsCoreNlpDoes() {
        Source s = source("t", "2025-02-08", "The talks went well and the leaders praised each other. "
                + "Ishiba met Trump on Friday, three days after the tariff threat, and pledged $1 trillion by 2030. "
                + "They may meet again in the spring. Nothing was signed.");
        assertThat(cued.annotate(s, s.published())).isEqualTo(plain.annotate(s, s.published()));
    }

    @Test
    void exampleCorpusIsAnnotatedAsCoreNlpDoes() throws IOException {
        for (Source s : sources(root().resolve("examples/ishiba-2025"), 5)) {
            AnnotatedDocument expected = plain.annotate(s, "2025-02-08");
            assertThat(cued.annotate(s, "2025-02-08")).as(s.id()).isEqualTo(expected);
        }
    }

    @Test
    void wikinewsArticlesAreAnnotatedAsCoreNlpDoes() throws IOException {
        Path csv = Stream.of(System.getProperty("dossier.shared"), "../shared").filter(p -> p != null && !p.contains("${"))
                .map(p -> Path.of(p, "data/wikinews-2019-2020/wikinews_2020.csv")).filter(Files::isRegularFile)
                .findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(csv != null, "Wikinews data not found (set -Ddossier.shared)");
        String text = Files.readString(csv);
        // the CSV's quoted fields, long ones only: article bodies (the other columns are short)
        List<String> bodies = new ArrayList<>();
        for (String field : text.split("\"")) {
            if (field.length() > 1500 && bodies.size() < 15) {
                bodies.add(field);
            }
        }
        assertThat(bodies).hasSizeGreaterThanOrEqualTo(10);
        for (int i = 0; i < bodies.size(); i++) {
            Source s = source("w" + i, "2020-06-01", bodies.get(i));
            assertThat(cued.annotate(s, s.published())).as(s.id()).isEqualTo(plain.annotate(s, s.published()));
        }
    }

    private static Path root() {
        String r = System.getProperty("dossier.root");
        return r != null && !r.contains("${") ? Path.of(r) : Path.of("..");
    }

    private static List<Source> sources(Path folder, int limit) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Source> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
                out.add(source(f.getFileName().toString(), "2025-02-08", Files.readString(f)));
            }
            return out;
        }
    }

    private static Source source(String id, String published, String text) {
        return new Source(id, null, null, null, null, published, false, "en", Phase.UNKNOWN, text, List.of(), List.of());
    }
}
