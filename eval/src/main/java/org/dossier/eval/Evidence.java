package org.dossier.eval;

/**
 * One dossier evidence object as scored: {@code valid} is false unless {@code source} names a dossier source and
 * {@code [start, end)} slices exactly the evidence's own {@code text} from it. Invalid evidence covers nothing.
 */
record Evidence(String source, int start, int end, String text, boolean valid) {

    /** How many characters this evidence shares with {@code range} of {@code doc}; 0 when invalid or another source. */
    int overlap(String doc, NormalizedText.Range range) {
        return valid && source.equals(doc) ? range.overlap(start, end) : 0;
    }
}
