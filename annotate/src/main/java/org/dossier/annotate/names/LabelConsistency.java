package org.dossier.annotate.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One label per name across a document: a tagger decides sentence by sentence, so the same name can get different
 * classes or be missed in one sentence. Every run of tokens tagged as a name gets the class its token sequence has most
 * often in the document, and capitalized occurrences of such a sequence left untagged get it too (longest sequences
 * first, never next to another name). The last word of a multi-word person's name counts as a half vote for that word
 * alone being a person ("Jobs" after "Steve Jobs"). When the votes for a sequence tie, the document does not say which
 * class it has: each tagged run keeps its own class and untagged occurrences stay untagged.
 *
 * <p>First, {@link NameShapeRules} mends the names whose shape in the sentence or the document says more than the tagger
 * read. Stateless and thread-safe.
 */
public final class LabelConsistency {

    private static final String OTHER = "O";

    private final NameShapeRules shapes = new NameShapeRules();

    /**
     * @param sentences the tokens of one document, sentence by sentence
     * @param tagged one class per token ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC} or {@code O}); adjacent tokens
     *                of one class form one name
     * @return the classes made consistent, in the same shape
     */
    public List<List<String>> apply(List<List<String>> sentences, List<List<String>> tagged) {
        List<List<String>> classes = shapes.apply(sentences, tagged);
        Map<List<String>, Map<String, Double>> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (int[] run : runs(classes.get(s))) {
                List<String> words = sentences.get(s).subList(run[0], run[1]);
                String cls = classes.get(s).get(run[0]);
                votes.computeIfAbsent(List.copyOf(words), k -> new HashMap<>()).merge(cls, 1.0, Double::sum);
                if (cls.equals("PER") && words.size() > 1) {
                    votes.computeIfAbsent(List.of(words.get(words.size() - 1)), k -> new HashMap<>()).merge(cls, 0.5, Double::sum);
                }
            }
        }
        List<List<String>> sequences = new ArrayList<>(votes.keySet());
        sequences.sort(Comparator.comparingInt((List<String> w) -> w.size()).reversed().thenComparing(Object::toString));
        List<List<String>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            List<String> cls = new ArrayList<>(classes.get(s));
            for (int[] run : runs(classes.get(s))) {
                String majority = majority(votes.get(words.subList(run[0], run[1])));
                if (majority == null) {
                    continue;
                }
                for (int k = run[0]; k < run[1]; k++) {
                    cls.set(k, majority);
                }
            }
            for (List<String> seq : sequences) {
                if (!startsCapitalized(seq)) {
                    continue;
                }
                String majority = majority(votes.get(seq));
                if (majority == null) {
                    continue;
                }
                for (int i = 0; i + seq.size() <= words.size(); i++) {
                    if (words.subList(i, i + seq.size()).equals(seq) && untagged(cls, i - 1, i + seq.size() + 1)) {
                        for (int k = i; k < i + seq.size(); k++) {
                            cls.set(k, majority);
                        }
                    }
                }
            }
            out.add(cls);
        }
        return out;
    }

    /** Maximal runs {@code [start, end)} of one name class. */
    static List<int[]> runs(List<String> classes) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < classes.size()) {
            if (classes.get(i).equals(OTHER)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < classes.size() && classes.get(j).equals(classes.get(i))) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private static boolean untagged(List<String> cls, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(cls.size(), to); k++) {
            if (!cls.get(k).equals(OTHER)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsCapitalized(List<String> seq) {
        return !seq.isEmpty() && !seq.get(0).isEmpty() && Character.isUpperCase(seq.get(0).charAt(0));
    }

    /** The class with strictly most votes, or null when two classes tie for the most. */
    private static String majority(Map<String, Double> votes) {
        String best = null;
        double most = 0;
        boolean tie = false;
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
