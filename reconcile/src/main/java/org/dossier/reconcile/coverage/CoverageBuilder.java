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

        Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
        for (Source s : dossier.sources()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ClaimItem c : dossier.claims()) {
                if (c.topic() != null && c.evidence().source().equals(s.id())) {
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
        for (FigureItem f : dossier.figures()) {
            String source = f.evidence().source();
            boolean shared = dossier.figures().stream()
                    .anyMatch(o -> !o.evidence().source().equals(source) && sameValue(f, o));
            if (!shared) {
                unique.computeIfAbsent(source, k -> new ArrayList<>()).add(f.id());
            }
        }
        for (QuoteItem q : dossier.quotes()) {
            String source = q.evidence().source();
            Set<String> words = contentSet(q.evidence().text());
            boolean shared = dossier.quotes().stream().anyMatch(o -> !o.evidence().source().equals(source)
                    && cosine(words, contentSet(o.evidence().text())) >= config.sharedSimilarity());
            if (!shared) {
                unique.computeIfAbsent(source, k -> new ArrayList<>()).add(q.id());
            }
        }
        Map<String, List<Set<String>>> sentences = sentencesBySource(dossier.sources());
        for (ClaimItem c : dossier.claims()) {
            Evidence e = c.evidence();
            Set<String> words = contentSet(e.text());
            boolean shared = sentences.entrySet().stream().filter(s -> !s.getKey().equals(e.source()))
                    .flatMap(s -> s.getValue().stream())
                    .anyMatch(s -> cosine(words, s) >= config.sharedSimilarity());
            if (!shared) {
                unique.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(c.id());
            }
        }
        return unique;
    }

    private Map<String, List<Set<String>>> sentencesBySource(List<Source> sources) {
        Map<String, List<Set<String>>> out = new HashMap<>();
        for (Source s : sources) {
            if (s.text() != null) {
                out.put(s.id(), splitter.split(s.text()).stream().map(span -> contentSet(span.in(s.text()))).toList());
            }
        }
        return out;
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
