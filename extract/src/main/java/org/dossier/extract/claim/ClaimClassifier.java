package org.dossier.extract.claim;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Claim;
import org.dossier.model.nlp.Token;

/**
 * Classifies one sentence as a claim: its linguistic kind ({@link ClaimKindRule}) and topic ({@link TopicLexicon}).
 * Questions, fragments under {@value #MIN_WORDS} words and lines without a verb are not claims. Whether a claim was made
 * before or after the event is decided later; this gives the kind the words show.
 */
public final class ClaimClassifier {

    static final int MIN_WORDS = 6;

    /** Verbs and auxiliaries common enough to mark a line as a sentence when no tags are given. */
    private static final Set<String> COMMON_VERBS = Set.of(
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
            "could", "may", "might", "must", "shall", "should", "'s", "'re", "'ve", "'ll", "'d", "say", "says", "make", "makes",
            "meet", "meets", "take", "takes", "get", "gets", "go", "goes", "want", "wants", "need", "needs", "seem", "seems",
            "remain", "remains", "become", "becomes", "show", "shows", "see", "sees", "plan", "plans", "hold", "holds",
            "give", "gives", "come", "comes", "know", "knows", "think", "thinks", "put", "keep", "keeps", "set", "sets",
            "said", "told", "met", "held", "made", "took", "went", "came", "saw", "gave", "became", "won", "lost", "began",
            "left", "brought", "sought", "thought", "kept", "knew", "led", "paid", "sent", "spent", "stood", "struck", "wrote");

    private static final Set<String> SUBJECT_WORDS = Set.of("he", "she", "it", "this", "that");

    /**
     * The claim a sentence makes, or null when it makes none.
     *
     * @param sentence the sentence's evidence; its text is classified
     * @param tokens the sentence's tokens with Penn tags, or an empty list to classify from the text alone
     */
    public Claim classify(Evidence sentence, List<Token> tokens) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(tokens, "tokens");
        String text = sentence.text().strip();
        if (text.endsWith("?")) {
            return null;
        }
        List<ClaimWord> words = ClaimWords.of(sentence.text(), tokens);
        if (words.stream().anyMatch(w -> w.pos() != null) && words.stream().noneMatch(w -> w.hasPos("VB") || w.hasPos("MD"))) {
            return null;
        }
        if (words.stream().filter(ClaimWord::isWord).count() < MIN_WORDS || !endsLikeASentence(text) && !hasVerb(words)) {
            return null;
        }
        return new Claim(sentence, ClaimKindRule.kindOf(words), TopicLexicon.topicOf(words));
    }

    /** Text ending in a full stop or exclamation mark, perhaps inside a closing quote; headings and captions usually do not. */
    private static boolean endsLikeASentence(String text) {
        String t = text.replaceAll("[\"'”’)\\]]+$", "");
        return t.endsWith(".") || t.endsWith("!");
    }

    /** A verb by its tag when there are tags, else a common verb, an {@code -ed} word, or an {@code -s} word after a name. */
    private static boolean hasVerb(List<ClaimWord> words) {
        if (words.stream().anyMatch(w -> w.pos() != null)) {
            return true; // checked by tag already
        }
        for (int i = 0; i < words.size(); i++) {
            ClaimWord w = words.get(i);
            if (w.isCapitalized()) {
                continue;
            }
            String lower = w.lower();
            if (COMMON_VERBS.contains(lower) || lower.length() > 4 && lower.endsWith("ed")) {
                return true;
            }
            boolean afterSubject = i > 0 && (words.get(i - 1).isCapitalized() && words.get(i - 1).isWord()
                    || SUBJECT_WORDS.contains(words.get(i - 1).lower()));
            if (afterSubject && lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
                return true;
            }
        }
        return false;
    }
}
