package org.dossier.annotate.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Two taggers' names, joined: a name of the first tagger stays when the second finds the same name (the same tokens,
 * the same class), or when the first tagger is confident of it on its own; every other name of the first tagger is
 * dropped, and the second tagger's names are never added. Taggers that learned differently (a fine-tuned encoder, a CRF
 * over word features) make different mistakes: a name both find is rarely wrong, and where they differ the first
 * tagger's confidence tells its names that hold from the guesses. A name's confidence is its least probable token's
 * probability of the name's class. Stateless and thread-safe.
 *
 * @param threshold the confidence a name needs when the second tagger does not find it
 */
public record NameAgreement(double threshold) {

    /** The threshold chosen on CoNLL-2003's development set (docs/EVALUATION.md, "Names"). */
    public static final NameAgreement STANDARD = new NameAgreement(0.9);

    private static final String OTHER = "O";

    public NameAgreement {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("a threshold is a probability, not " + threshold);
        }
    }

    /**
     * @param first one class per token ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC} or {@code O}), sentence by
     *              sentence; adjacent tokens of one class form one name
     * @param probabilities per token of {@code first}, the first tagger's probability of each class of
     *                      {@link NameClassRefiner#CLASSES}, in that order
     * @param second the second tagger's classes of the same tokens
     * @return the first tagger's classes without the names that are dropped, in the same shape
     */
    public List<List<String>> apply(List<List<String>> first, List<List<double[]>> probabilities,
            List<List<String>> second) {
        if (first.size() != probabilities.size() || first.size() != second.size()) {
            throw new IllegalArgumentException("the taggers' sentences differ in number");
        }
        List<List<String>> out = new ArrayList<>(first.size());
        for (int s = 0; s < first.size(); s++) {
            List<String> classes = first.get(s);
            if (classes.size() != probabilities.get(s).size() || classes.size() != second.get(s).size()) {
                throw new IllegalArgumentException("sentence " + s + ": the taggers' tokens differ in number");
            }
            List<String> kept = new ArrayList<>(classes);
            List<int[]> theirs = LabelConsistency.runs(second.get(s));
            for (int[] run : LabelConsistency.runs(classes)) {
                String cls = classes.get(run[0]);
                if (!found(theirs, run, second.get(s), cls) && confidence(probabilities.get(s), run, cls) < threshold) {
                    for (int t = run[0]; t < run[1]; t++) {
                        kept.set(t, OTHER);
                    }
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static boolean found(List<int[]> theirs, int[] run, List<String> classes, String cls) {
        for (int[] r : theirs) {
            if (r[0] == run[0] && r[1] == run[1]) {
                return classes.get(r[0]).equals(cls);
            }
        }
        return false;
    }

    private static double confidence(List<double[]> probabilities, int[] run, String cls) {
        int c = NameClassRefiner.CLASSES.indexOf(cls);
        double least = 1;
        for (int t = run[0]; t < run[1]; t++) {
            least = Math.min(least, probabilities.get(t)[c]);
        }
        return least;
    }
}
