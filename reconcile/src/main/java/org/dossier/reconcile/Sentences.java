package org.dossier.reconcile;

import org.dossier.model.Evidence;

/** Finds the sentence around a span in a source text without annotations: between sentence ends and line breaks. */
public final class Sentences {

    private Sentences() {
    }

    /** The sentence holding {@code e}, as evidence. */
    public static Evidence around(Evidence e, String text) {
        int b = e.start();
        while (b > 0 && text.charAt(b - 1) != '\n' && !(b >= 2 && isEnd(text.charAt(b - 2)) && Character.isWhitespace(text.charAt(b - 1)))) {
            b--;
        }
        int f = e.end();
        while (f < text.length() && text.charAt(f) != '\n' && !(isEnd(text.charAt(f)) && (f + 1 == text.length() || Character.isWhitespace(text.charAt(f + 1))))) {
            f++;
        }
        if (f < text.length() && text.charAt(f) != '\n') {
            f++;
        }
        while (b < f && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return Evidence.of(e.source(), text, b, Math.max(b, f));
    }

    private static boolean isEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
