package org.dossier.reconcile.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.eval.rouge.MultiReference;
import org.dossier.eval.rouge.Rouge;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Summarizes each English MultiLing 2011 dev topic (10 WikiNews articles) and scores it with ROUGE-1/2 against the three
 * human summaries: lowercased alphanumeric tokens, Porter-stemmed, no stopword removal, references pooled as ROUGE-1.5.5
 * {@code -f A}, summary not truncated (the summarizer keeps to 250 words). Skipped when the shared data is absent.
 */
class MultilingRougeTest {

    private static final Path DATA = Path.of(System.getProperty("dossier.shared", "/work/shared"), "data", "multiling2011-dev");

    @Test
    void summariesReachPublishedSystemRouge() throws IOException {
        assumeTrue(Files.isDirectory(DATA.resolve("source_texts")), "no MultiLing data at " + DATA);
        List<Row> rows = score(new Summarizer(SummaryConfig.DEFAULTS));
        print(rows);
        double r1 = rows.stream().mapToDouble(Row::r1).average().orElseThrow();
        double r2 = rows.stream().mapToDouble(Row::r2).average().orElseThrow();

        assertThat(rows).hasSize(7);
        assertThat(r2).isGreaterThanOrEqualTo(0.18);
        assertThat(r1).isGreaterThanOrEqualTo(0.46);
    }

    record Row(String topic, int sentences, int words, double r1, double r1f, double r2, double r2f, double r2Plain) {
    }

    static List<Row> score(Summarizer summarizer) throws IOException {
        Rouge rouge1 = new Rouge(1, true, MultiReference.POOLED);
        Rouge rouge2 = new Rouge(2, true, MultiReference.POOLED);
        Rouge rouge2Plain = new Rouge(2, false, MultiReference.POOLED);
        List<Row> rows = new ArrayList<>();
        for (var topic : topics().entrySet()) {
            List<String> refs = references(topic.getKey());
            List<Evidence> summary = summarizer.summarize(topic.getValue());
            String text = summary.stream().map(Evidence::text).collect(Collectors.joining("\n"));
            var s1 = rouge1.score(text, refs);
            var s2 = rouge2.score(text, refs);
            rows.add(new Row(topic.getKey(), summary.size(), text.split("\\s+").length, s1.recall(), s1.f(), s2.recall(),
                    s2.f(), rouge2Plain.score(text, refs).recall()));
        }
        return rows;
    }

    /** Topic id ({@code M001}) to its sources, from files {@code M001x.english}. */
    private static TreeMap<String, List<Source>> topics() throws IOException {
        TreeMap<String, List<Source>> topics = new TreeMap<>();
        try (Stream<Path> files = Files.list(DATA.resolve("source_texts"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.lastIndexOf('.'));
                String topic = id.substring(0, 4);
                if (Files.exists(DATA.resolve("model_summaries").resolve(topic + ".A.250"))) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    topics.computeIfAbsent(topic, k -> new ArrayList<>()).add(
                            new Source(id, null, null, null, null, null, false, "en", Phase.UNKNOWN, text, List.of(), List.of()));
                }
            }
        }
        return topics;
    }

    private static List<String> references(String topic) throws IOException {
        try (Stream<Path> files = Files.list(DATA.resolve("model_summaries"))) {
            List<String> refs = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(topic + ".")).sorted().toList()) {
                refs.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            return refs;
        }
    }

    static void print(List<Row> rows) {
        System.out.println("topic  sents words  R1-R   R1-F   R2-R   R2-F   R2-R(nostem)");
        for (Row r : rows) {
            System.out.println(String.format(Locale.ROOT, "%s  %5d %5d  %.4f %.4f %.4f %.4f %.4f", r.topic(), r.sentences(),
                    r.words(), r.r1(), r.r1f(), r.r2(), r.r2f(), r.r2Plain()));
        }
        System.out.println(String.format(Locale.ROOT, "mean               %.4f %.4f %.4f %.4f %.4f",
                rows.stream().mapToDouble(Row::r1).average().orElseThrow(),
                rows.stream().mapToDouble(Row::r1f).average().orElseThrow(),
                rows.stream().mapToDouble(Row::r2).average().orElseThrow(),
                rows.stream().mapToDouble(Row::r2f).average().orElseThrow(),
                rows.stream().mapToDouble(Row::r2Plain).average().orElseThrow()));
    }
}
