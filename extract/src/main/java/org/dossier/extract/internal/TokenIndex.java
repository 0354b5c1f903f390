package org.dossier.extract.internal;

import java.util.List;
import org.dossier.model.nlp.Token;

/** Finds tokens by character offset with binary search; tokens are in text order and never overlap. */
public final class TokenIndex {

    private TokenIndex() {
    }

    /** The index of the token starting exactly at {@code offset}, or -1. */
    public static int startingAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == offset) {
                return mid;
            }
            if (s < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** The index of the last token starting before {@code end} (the token a span ending at {@code end} ends in), or -1. */
    public static int lastBefore(List<Token> tokens, int end) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < end) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The index of the token ending exactly at {@code end}, or -1. */
    public static int endingAt(List<Token> tokens, int end) {
        int i = lastBefore(tokens, end);
        return i >= 0 && tokens.get(i).end() == end ? i : -1;
    }
}
