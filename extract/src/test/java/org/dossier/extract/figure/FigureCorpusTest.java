package org.dossier.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on the shared example corpus and scores it against the gold figures: every gold figure must be found
 * with its value and unit, and at least 80% of the money and percent figures must cover a gold snippet.
 * Skipped when the shared folder ({@code -Ddossier.shared}, else {@code /work/shared}) is absent.
 */
class FigureCorpusTest {

    private static final String CORPUS = "ishiba-2025";

    private static final Map<String, String> texts = new HashMap<>();
    private static final Map<String, List<Figure>> extracted = new HashMap<>();
    private static final List<GoldFigure> gold = new ArrayList<>();

    /** A gold figure placed in its document's text. */
    record GoldFigure(Evidence place, double low, double high, String unit) {
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        Path shared = Path.of(System.getProperty("dossier.shared", "/work/shared"));
        Path corpus = shared.resolve("corpora").resolve(CORPUS);
        Path goldFile = shared.resolve("eval").resolve(CORPUS + ".gold.json");
        assumeTrue(Files.isDirectory(corpus) && Files.isRegularFile(goldFile), "no shared corpus at " + shared);
        FigureExtractor extractor = new FigureExtractor();
        try (var files = Files.list(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = file.getFileName().toString().replace(".txt", "");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                texts.put(id, text);
                extracted.put(id, extractor.extract(id, text, TestSentences.split(text)));
            }
        }
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(Files.readString(goldFile, StandardCharsets.UTF_8));
        for (Object o : (List<Object>) json.get("figures")) {
            Map<String, Object> item = (Map<String, Object>) o;
            String doc = (String) item.get("doc");
            Evidence place = locate(doc, texts.get(doc), (String) item.get("snippet"));
            Object value = item.get("value");
            double low = value instanceof List<?> range ? (Double) range.get(0) : (Double) value;
            double high = value instanceof List<?> range ? (Double) range.get(1) : (Double) value;
            gold.add(new GoldFigure(place, low, high, (String) item.get("unit")));
        }
    }

    @Test
    void findsEveryGoldFigureWithItsValueAndUnit() {
        List<GoldFigure> missed = gold.stream().filter(g -> extracted.get(g.place().source()).stream()
                .noneMatch(f -> f.evidence().overlaps(g.place()) && same(f.low(), g.low()) && same(f.high(), g.high())
                        && f.unit().equals(g.unit()))).toList();
        System.out.printf("figures recall %d/%d%n", gold.size() - missed.size(), gold.size());
        assertThat(missed).isEmpty();
    }

    @Test
    void mostMoneyAndPercentFiguresAreGoldFigures() {
        List<Figure> moneyOrPercent = extracted.values().stream().flatMap(List::stream).filter(Figure::isMoneyOrPercent).toList();
        List<Figure> wrong = moneyOrPercent.stream()
                .filter(f -> gold.stream().noneMatch(g -> g.place().overlaps(f.evidence()))).toList();
        double precision = 1.0 - (double) wrong.size() / moneyOrPercent.size();
        System.out.printf("figures precision %d/%d = %.3f, not in gold: %s%n", moneyOrPercent.size() - wrong.size(),
                moneyOrPercent.size(), precision, wrong.stream().map(f -> f.evidence().text()).toList());
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void everyFigureSlicesItsOwnText() {
        extracted.forEach((id, figures) -> assertThat(figures).allSatisfy(f -> assertThat(
                texts.get(id).substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().text())));
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    /** The snippet's place in the text, matching as the gold README says: curly quotes as straight, whitespace runs as one space. */
    private static Evidence locate(String doc, String text, String snippet) {
        StringBuilder normalized = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int k = 0; k < text.length(); k++) {
            char c = straighten(text.charAt(k));
            if (Character.isWhitespace(c)) {
                if (normalized.length() > 0 && normalized.charAt(normalized.length() - 1) == ' ') {
                    continue;
                }
                c = ' ';
            }
            normalized.append(c);
            origin.add(k);
        }
        StringBuilder straight = new StringBuilder();
        snippet.chars().forEach(c -> straight.append(straighten((char) c)));
        String wanted = straight.toString().replaceAll("\\s+", " ");
        int at = normalized.indexOf(wanted);
        assertThat(at).as("gold snippet %s in %s", snippet, doc).isNotNegative();
        int end = origin.get(at + wanted.length() - 1) + 1;
        return Evidence.of(doc, text, origin.get(at), end);
    }

    private static char straighten(char c) {
        return switch (c) {
            case '‘', '’' -> '\'';
            case '“', '”' -> '"';
            default -> c;
        };
    }
}
