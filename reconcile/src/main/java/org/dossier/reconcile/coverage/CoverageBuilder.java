package org.dossier.reconcile.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.Source;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Coverage;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.FigureItem;
import org.dossier.model.dossier.QuoteItem;
import org.dossier.reconcile.text.SentenceSplitter;
import org.dossier.reconcile.text.Terms;

/**
 * Builds a dossier's {@link Coverage} from its sources, claims, figures and quotes:
 * <ul>
 * <li>{@code topics}: the claim topics in order of first use, then the corpus keywords (phrases two or more sources use,
 * see {@link KeywordFinder});</li>
 * <li>{@code bySource}: per source, in source order, the number of its claims with each claim topic and of its occurrences
 * of each keyword (zero counts left out);</li>
 * <li>{@code uniqueFacts}: per source, the ids of its figures, quotes and claims that no other source shares. A figure is
 * shared when another source has a figure with the same value and unit; a quote when another source has a quote, and a
 * claim when another source has a sentence, whose content-word cosine with it reaches {@code sharedSimilarity}.</li>
 * </ul>
 * Never mutates its input. Immutable and thread-safe.
 */
public final class CoverageBuilder {

    private final CoverageConfig config;
    private final KeywordFinder keywords = new KeywordFinder();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public CoverageBuilder(CoverageConfig config) {
        this.config = config;
    }

    public CoverageBuilder() {
        this(CoverageConfig.DEFAULTS);
    }

    /** The coverage of an assembled dossier (sources, claims, figures and quotes filled in). */
    public Coverage build(Dossier dossier) {
        List<String> topics = new ArrayList<>();
        for (ClaimItem c : dossier.claims()) {
            if (c.topic() != null && !topics.contains(c.topic())) {
                topics.add(c.topic());
            }
        }
        List<KeywordFinder.Keyword> found = keywords.find(dossier.sources(), config.maxKeywords()).stream()
                .filter(k -> !topics.contains(k.label()))
                .toList();
        found.forEach(k -> topics.add(k.label()));

        Map<String, List<ClaimItem>> claimsBySource = new HashMap<>();   // in dossier order
        for (ClaimItem c : dossier.claims()) {
            claimsBySource.computeIfAbsent(c.evidence().source(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
        for (Source s : dossier.sources()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ClaimItem c : claimsBySource.getOrDefault(s.id(), List.of())) {
                if (c.topic() != null) {
                    counts.merge(c.topic(), 1, Integer::sum);
                }
            }
            Map<String, Integer> occurrences = s.text() == null ? Map.of() : KeywordFinder.counts(s.text());
            for (KeywordFinder.Keyword k : found) {
                int n = occurrences.getOrDefault(k.key(), 0);
                if (n > 0) {
                    counts.merge(k.label(), n, Integer::sum);
                }
            }
            bySource.put(s.id(), counts);
        }
        return new Coverage(topics, bySource, uniqueFacts(dossier));
    }

    private Map<String, List<String>> uniqueFacts(Dossier dossier) {
        Map<String, List<String>> unique = new LinkedHashMap<>();
        dossier.sources().forEach(s -> unique.put(s.id(), new ArrayList<>()));
        Set<String> sharedFigures = sharedFigures(dossier.figures());
        for (FigureItem f : dossier.figures()) {
            if (!sharedFigures.contains(f.id())) {
                unique.computeIfAbsent(f.evidence().source(), k -> new ArrayList<>()).add(f.id());
            }
        }
        SharedWords quotes = new SharedWords();
        dossier.quotes().forEach(q -> quotes.add(q.evidence().source(), contentSet(q.evidence().text())));
        for (QuoteItem q : dossier.quotes()) {
            String source = q.evidence().source();
            if (!quotes.sharedElsewhere(source, contentSet(q.evidence().text()), config.sharedSimilarity())) {
                unique.computeIfAbsent(source, k -> new ArrayList<>()).add(q.id());
            }
        }
        SharedWords sentences = new SharedWords();
        for (Source s : dossier.sources()) {
            if (s.text() != null) {
                splitter.split(s.text()).forEach(span -> sentences.add(s.id(), contentSet(span.in(s.text()))));
            }
        }
        for (ClaimItem c : dossier.claims()) {
            Evidence e = c.evidence();
            if (!sentences.sharedElsewhere(e.source(), contentSet(e.text()), config.sharedSimilarity())) {
                unique.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(c.id());
            }
        }
        return unique;
    }

    /**
     * Ids of the figures that another source gives with the same value and unit: figures sorted by unit and low value,
     * each compared only with its neighbours whose low value is within the tolerance of {@link #close}.
     */
    private static Set<String> sharedFigures(List<FigureItem> figures) {
        List<FigureItem> sorted = new ArrayList<>(figures);
        sorted.sort(java.util.Comparator.comparing((FigureItem f) -> unitKey(f)).thenComparingDouble(FigureItem::low));
        Set<String> shared = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            FigureItem a = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                FigureItem b = sorted.get(j);
                if (!unitKey(a).equals(unitKey(b)) || !close(a.low(), b.low())) {
                    break;
                }
                if (!a.evidence().source().equals(b.evidence().source()) && sameValue(a, b)) {
                    shared.add(a.id());
                    shared.add(b.id());
                }
            }
        }
        return shared;
    }

    private static String unitKey(FigureItem f) {
        return f.unit() == null ? "" : "u:" + f.unit().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean sameValue(FigureItem a, FigureItem b) {
        return close(a.low(), b.low()) && close(a.high(), b.high())
                && (a.unit() == null ? b.unit() == null : a.unit().equalsIgnoreCase(b.unit() == null ? "" : b.unit()));
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static Set<String> contentSet(String text) {
        return new HashSet<>(Terms.content(text));
    }

    private static double cosine(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.size() * b.size());
    }
}
