package org.dossier.spark.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dossier.discover.DocumentFeatures;
import org.dossier.discover.StandardFeatureExtractor;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;

/**
 * A stream of N articles made from a few hundred real ones. Article k varies base article k mod B (B bases): copy
 * c = k div B belongs to group g = c div 10, and each word of 4+ letters gets the letters of g appended (words of group g's copies meet, others do not); each line is dropped with
 * probability 1/5; the date is a fixed day plus 30 g days. So the stream holds about N / 10 events of up to 10 articles
 * and its vocabulary grows with it, as a real stream's does. Features come from the text alone (no NLP facts).
 */
public final class SimulatedStream {

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\b\\p{L}{4,}\\b");

    private SimulatedStream() {
    }

    public static List<String> baseTexts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            List<String> out = new ArrayList<>();
            for (Path p : sorted) {
                out.add(Files.readString(p));
            }
            return out;
        }
    }

    public static Source article(List<String> bases, int k) {
        int b = k % bases.size();
        int g = k / bases.size() / 10;
        String suffix = letters(g);
        Random random = new Random(k * 7919L + 17);
        StringBuilder text = new StringBuilder();
        String[] lines = bases.get(b).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0 && random.nextInt(5) == 0) {
                continue;
            }
            String line = WORD.matcher(lines[i]).replaceAll(m -> m.group() + suffix);
            text.append(line).append('\n');
        }
        String t = text.toString();
        String title = t.substring(0, Math.max(0, t.indexOf('\n'))).strip();
        String date = LocalDate.of(2019, 1, 1).plusDays(30L * g).toString();
        return new Source(String.format("s%06d", k), null, title.isEmpty() ? null : title, null, null, date, false, "en",
                Phase.UNKNOWN, t, List.of(), List.of());
    }

    public static List<DocumentFeatures> features(List<String> bases, int n) {
        StandardFeatureExtractor ex = new StandardFeatureExtractor();
        List<DocumentFeatures> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Source s = article(bases, k);
            out.add(ex.extract(s, new DocumentFacts(s.id(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
        }
        return out;
    }

    static String letters(int g) {
        StringBuilder s = new StringBuilder();
        int x = g;
        do {
            s.append((char) ('q' + x % 10));
            x /= 10;
        } while (x > 0);
        return s.toString();
    }
}
