package org.dossier.extract.figure;

import java.util.Set;

/** Closed-class English words (determiners, prepositions, pronouns, auxiliaries) that end a noun phrase. */
final class FunctionWords {

    static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those");

    private static final Set<String> OTHERS = Set.of(
            "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "over", "under", "against", "between",
            "among", "through", "during", "before", "after", "since", "until", "about", "around", "per", "via", "within",
            "and", "or", "but", "nor", "as", "than", "then", "so", "if", "while", "because", "although", "though", "whereas",
            "which", "who", "whom", "whose", "what", "where", "when", "why", "how", "whether",
            "it", "he", "she", "they", "we", "you", "i", "them", "him", "us", "me",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
            "will", "would", "can", "could", "may", "might", "must", "shall", "should",
            "not", "no", "also", "only", "just", "more", "most", "less", "least", "very", "each", "every", "all", "both",
            "either", "neither", "such", "thus", "perhaps", "even", "still", "already", "yet", "there", "here",
            "compared", "including", "according", "annually", "respectively");

    private FunctionWords() {
    }

    /** True for a function word; an all-capital word ({@code US}, {@code IT}) is taken as a name instead. */
    static boolean contains(Word w) {
        if (w.text().length() > 1 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        String lower = w.lower();
        return DETERMINERS.contains(lower) || OTHERS.contains(lower);
    }

    static boolean isDeterminer(Word w) {
        return DETERMINERS.contains(w.lower());
    }
}
