package org.dossier.reconcile.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.Source;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Dossier;
import org.dossier.reconcile.text.SentenceSpan;
import org.dossier.reconcile.text.SentenceSplitter;
import org.dossier.reconcile.text.Terms;

/**
 * Picks the sentences that together cover the bigrams most sources share, within a word budget: a greedy approximation
 * of concept-coverage summarization (Gillick and Favre 2009). Steps:
 * <ol>
 * <li>Split every source into sentences; a candidate is a complete statement (ends with {@code .} or {@code !}, not a
 * question, balanced double quotes) of {@code minWords} to {@code maxWords} words.</li>
 * <li>A concept is a bigram of stemmed words (not two stopwords) found in at least a quarter of the sources (rounded up);
 * its weight is the number of sources that hold it.</li>
 * <li>Repeatedly add the candidate with the best {@code new concept weight × position and hint bonus / words^lengthExponent}
 * that fits the budget and is no near-duplicate of a picked one; stop at {@code maxSentences}, or when nothing fits or
 * adds weight. Add more, past the budget, until {@code minSentences}.</li>
 * <li>Return the picks as evidence, by source order then offset.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class Summarizer {

    private final SummaryConfig config;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public Summarizer(SummaryConfig config) {
        this.config = config;
    }

    public Summarizer() {
        this(SummaryConfig.DEFAULTS);
    }

    /** The summary of a dossier's sources, favouring sentences that hold one of its claims. */
    public List<Evidence> summarize(Dossier dossier) {
        return summarize(dossier.sources(), dossier.claims().stream().map(ClaimItem::evidence).toList());
    }

    /** The summary of these sources, in reading order. Sources with a null or blank text are skipped. */
    public List<Evidence> summarize(List<Source> sources) {
        return summarize(sources, List.of());
    }

    /**
     * The summary of these sources, in reading order.
     *
     * @param hints evidence (claims, say) that makes a sentence overlapping it more likely to be picked
     */
    public List<Evidence> summarize(List<Source> sources, List<Evidence> hints) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, List<Evidence>> hintsBySource = new HashMap<>();   // a sentence looks only at its own source's hints
        hints.forEach(h -> hintsBySource.computeIfAbsent(h.source(), k -> new ArrayList<>()).add(h));
        Map<String, Integer> sourcesPerConcept = new HashMap<>();
        int usable = 0;
        for (int si = 0; si < sources.size(); si++) {
            Source source = sources.get(si);
            if (source.text() == null || source.text().isBlank()) {
                continue;
            }
            usable++;
            Set<String> seen = new HashSet<>();
            int position = 0;
            for (SentenceSpan span : splitter.split(source.text())) {
                String sentence = span.in(source.text());
                Set<String> concepts = concepts(sentence);
                seen.addAll(concepts);
                int words = sentence.split("\\s+").length;
                if (!pickable(span, sentence, words)) {
                    continue;
                }
                candidates.add(new Candidate(si, source.id(), span, words, concepts,
                        new HashSet<>(Terms.content(sentence)), position++,
                        hinted(span, hintsBySource.getOrDefault(source.id(), List.of()))));
            }
            seen.forEach(c -> sourcesPerConcept.merge(c, 1, Integer::sum));
        }
        int minSources = Math.max(1, (int) Math.ceil(usable / 4.0));
        sourcesPerConcept.values().removeIf(df -> df < minSources);
        List<Candidate> picked = pick(candidates, sourcesPerConcept);
        picked.sort(Comparator.comparingInt(Candidate::sourceIndex).thenComparingInt(c -> c.span().start()));
        return picked.stream()
                .map(c -> Evidence.of(c.sourceId(), sources.get(c.sourceIndex()).text(), c.span().start(), c.span().end()))
                .toList();
    }

    private List<Candidate> pick(List<Candidate> candidates, Map<String, Integer> weights) {
        List<Candidate> picked = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        int words = 0;
        boolean pastBudget = false;
        while (picked.size() < config.maxSentences()) {
            Candidate best = null;
            double bestScore = 0;
            for (Candidate c : candidates) {
                if (picked.contains(c) || (!pastBudget && words + c.words() > config.wordBudget()) || duplicates(c, picked)) {
                    continue;
                }
                double score = score(c, weights, covered);
                if (best == null || score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null || (bestScore <= 0 && !pastBudget)) {
                if (pastBudget || picked.size() >= config.minSentences()) {
                    break;
                }
                pastBudget = true;
                continue;
            }
            picked.add(best);
            words += best.words();
            covered.addAll(best.concepts());
            if (pastBudget && picked.size() >= config.minSentences()) {
                break;
            }
        }
        return picked;
    }

    private double score(Candidate c, Map<String, Integer> weights, Set<String> covered) {
        double gain = 0;
        for (String concept : c.concepts()) {
            if (!covered.contains(concept)) {
                gain += weights.getOrDefault(concept, 0);
            }
        }
        gain *= 1 + config.positionWeight() / (1 + c.position());
        if (c.hinted()) {
            gain *= 1 + config.hintWeight();
        }
        return gain / Math.pow(c.words(), config.lengthExponent());
    }

    private boolean duplicates(Candidate c, List<Candidate> picked) {
        for (Candidate p : picked) {
            if (c.similarity(p) > config.maxSimilarity()) {
                return true;
            }
        }
        return false;
    }

    private boolean pickable(SentenceSpan span, String sentence, int words) {
        if (!span.terminated() || words < config.minWords() || words > config.maxWords()) {
            return false;
        }
        String trimmed = sentence.replaceAll("[\"'\u201D\u2019)\\]\\s]+$", "");
        if (trimmed.endsWith("?") || trimmed.endsWith(":") || trimmed.endsWith("...")) {
            return false;
        }
        long straight = sentence.chars().filter(ch -> ch == '"').count();
        long open = sentence.chars().filter(ch -> ch == '\u201C').count();
        long close = sentence.chars().filter(ch -> ch == '\u201D').count();
        char first = sentence.charAt(0);
        return straight % 2 == 0 && open == close && (Character.isUpperCase(first) || Character.isDigit(first)
                || first == '"' || first == '\u201C' || first == '\'');
    }

    /** The bigrams of stemmed words in a sentence, leaving out pairs of two stopwords. */
    static Set<String> concepts(String sentence) {
        List<String> words = Terms.words(sentence);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (Terms.isContent(a) || Terms.isContent(b)) {
                out.add(Terms.stem(a) + " " + Terms.stem(b));
            }
        }
        return out;
    }

    /** Whether any of {@code hints} (all of the sentence's source) overlaps {@code span}. */
    private static boolean hinted(SentenceSpan span, List<Evidence> hints) {
        for (Evidence h : hints) {
            if (h.start() < span.end() && span.start() < h.end()) {
                return true;
            }
        }
        return false;
    }
}
