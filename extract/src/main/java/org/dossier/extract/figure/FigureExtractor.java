package org.dossier.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Figure;
import org.dossier.model.nlp.Sentence;

/**
 * Finds the figures of a text: money, percentages, ranges of either, and counts of a counted noun. A figure never crosses
 * a sentence, its evidence is its own words (approximation words such as {@code nearly} left out), and its time is left
 * null for the time linker. Years, ordinals, dates, times and labels such as {@code Article 5} are not figures.
 */
public final class FigureExtractor {

    private static final Set<String> RANGE_DASHES = Set.of("-", "–", "—");

    /** The figures of {@code text}, sentence by sentence, in text order. */
    public List<Figure> extract(String sourceId, String text, List<Sentence> sentences) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        List<Figure> figures = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int start = Math.max(0, sentence.start());
            int end = Math.min(text.length(), sentence.end());
            if (start < end) {
                figures.addAll(new SentenceScan(sourceId, text, WordSplitter.split(text, start, end)).run());
            }
        }
        return List.copyOf(figures);
    }

    /** One pass over the words of one sentence. */
    private static final class SentenceScan {

        private final String sourceId;
        private final String text;
        private final List<Word> words;
        private final List<Figure> found = new ArrayList<>();
        private String lastCountUnit;

        SentenceScan(String sourceId, String text, List<Word> words) {
            this.sourceId = sourceId;
            this.text = text;
            this.words = words;
        }

        List<Figure> run() {
            int i = 0;
            while (i < words.size()) {
                int next = tryRange(i);
                if (next < 0) {
                    next = tryAmount(i);
                }
                if (next < 0) {
                    next = tryCount(i);
                }
                if (next < 0) {
                    next = tryParenthesizedCount(i);
                }
                i = next < 0 ? i + 1 : next;
            }
            return found;
        }

        /** {@code from $800 billion to $1 trillion}, {@code between 2 and 3 percent}, {@code 20 to 60 percent}, {@code 20-60%}. */
        private int tryRange(int i) {
            Word w = words.get(i);
            boolean from = w.is("from");
            boolean between = w.is("between");
            int lowAt = from || between ? i + 1 : i;
            Amount low = AmountReader.read(words, lowAt);
            if (low == null || low.end() >= words.size()) {
                return -1;
            }
            Word connector = words.get(low.end());
            boolean connects = between ? connector.is("and")
                    : connector.is("to") || !from && RANGE_DASHES.contains(connector.text());
            if (!connects) {
                return -1;
            }
            Amount high = AmountReader.read(words, low.end() + 1);
            if (high != null && high.isBare() && !low.isBare() && !high.yearLike()) {
                high = new Amount(high.first(), high.end(), high.value(), high.factor(), low.unit(), false);
            }
            if (high == null || high.isBare()) {
                return -1;
            }
            BigDecimal lowValue = low.value();
            if (!low.isScaled() && high.isScaled() && low.value().compareTo(high.written()) < 0) {
                lowValue = low.value().multiply(high.factor());
            }
            if (low.isBare() && (low.yearLike() || lowValue.compareTo(high.value()) >= 0)) {
                return -1;
            }
            if (!low.isBare() && !low.unit().equals(high.unit())) {
                return -1;
            }
            BigDecimal min = lowValue.min(high.value());
            BigDecimal max = lowValue.max(high.value());
            int first = from || between ? i : low.first();
            add(first, high.end(), min, max, high.unit(), SubjectFinder.find(text, words, first, high.end()));
            return high.end();
        }

        private int tryAmount(int i) {
            Amount a = AmountReader.read(words, i);
            if (a == null || a.isBare()) {
                return -1;
            }
            add(a.first(), a.end(), a.value(), a.value(), a.unit(), SubjectFinder.find(text, words, a.first(), a.end()));
            return a.end();
        }

        private int tryCount(int i) {
            CountReader.Count c = CountReader.read(words, i);
            if (c == null) {
                return -1;
            }
            String subject = text.substring(words.get(c.phraseStart()).start(), words.get(c.end() - 1).end());
            add(i, c.end(), c.number().value(), c.number().value(), c.unit(), subject);
            lastCountUnit = c.unit();
            return c.end();
        }

        /** {@code (529,000)} after a count in the same sentence: a count of the same noun. */
        private int tryParenthesizedCount(int i) {
            if (!words.get(i).is("(") || i + 2 >= words.size()) {
                return -1;
            }
            NumberMatch n = NumberReader.read(words, i + 1, false);
            if (n == null || n.end() >= words.size() || !words.get(n.end()).is(")") || n.yearLike()
                    || n.value().doubleValue() < CountReader.MIN_COUNT) {
                return -1;
            }
            if (lastCountUnit == null) {
                return -1;
            }
            add(i, n.end() + 1, n.value(), n.value(), lastCountUnit, null);
            return n.end() + 1;
        }

        private void add(int first, int end, BigDecimal low, BigDecimal high, String unit, String subject) {
            Evidence evidence = Evidence.of(sourceId, text, words.get(first).start(), words.get(end - 1).end());
            found.add(new Figure(evidence, low.doubleValue(), high.doubleValue(), unit, subject, null));
        }
    }
}
