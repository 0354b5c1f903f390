package org.dossier.eval.nlp;

import java.util.List;

/**
 * One MEANTIME article as evaluation data: its text rebuilt from the gold tokens (one sentence per line, the dateline
 * left out because it is the creation time), the gold time expressions and the gold names in CoNLL form.
 *
 * @param id the file name without {@code .xml}
 * @param creationTime the value of the creation-time TIMEX3, or null
 * @param text sentences joined by newlines
 * @param sentences the tokens of each sentence of {@code text}
 * @param timexes gold time expressions in offsets of {@code text}, not overlapping
 * @param names gold names as CoNLL-style chunks (see {@link MeantimeReader})
 */
public record MeantimeDocument(String id, String creationTime, String text, List<List<Token>> sentences,
        List<TimemlFile.Timex> timexes, List<Name> names) {

    /** A token and its offsets in the text. */
    public record Token(String text, int start, int end) {
    }

    /** A gold name: tokens {@code [first, end)} of sentence {@code sentence}, class PER, LOC, ORG or MISC. */
    public record Name(int sentence, int first, int end, String type) {
    }

    public MeantimeDocument {
        sentences = sentences.stream().map(List::copyOf).toList();
        timexes = List.copyOf(timexes);
        names = List.copyOf(names);
    }
}
