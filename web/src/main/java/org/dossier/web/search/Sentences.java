package org.dossier.web.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a source text into sentences with their offsets (UTF-16, end exclusive, trimmed); line breaks end a sentence. */
final class Sentences {

    /** A sentence of a text: {@code text.substring(start, end)}. */
    record Span(int start, int end, String text) {
    }

    private Sentences() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, List<Span> out) {
        String line = text.substring(from, to);
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(line);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(line.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
                e--;
            }
            if (e - s >= 3) {
                out.add(new Span(from + s, from + e, line.substring(s, e)));
            }
        }
    }
}
