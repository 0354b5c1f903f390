package org.dossier.extract.quote;

import org.dossier.model.Evidence;

/**
 * A possible speaker in one document: token range {@code [first, last]}, its words, and its kind: {@code PERSON},
 * {@code ORGANIZATION}, {@code DESCRIPTION} ("the prime minister") or {@code PRONOUN} (to be resolved to a name).
 */
record SpeakerCandidate(int first, int last, Evidence evidence, String kind) {

    boolean pronoun() {
        return kind.equals("PRONOUN");
    }

    boolean person() {
        return kind.equals("PERSON");
    }
}
