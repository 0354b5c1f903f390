package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;

/** Finds quoted spans in text: curly double quotes, and straight double quotes paired within a paragraph. */
public final class QuoteFinder {

    /** A quoted span: {@code open} is the index of the opening mark; {@code start}..{@code end} the words inside. */
    public record Marked(int open, int start, int end, int close) {
    }

    /** Quoted spans in text order; unclosed quotes are skipped. */
    public List<Marked> find(String text) {
        List<Marked> out = new ArrayList<>();
        int paragraphStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                findInParagraph(text, paragraphStart, i, out);
                paragraphStart = i + 1;
            }
        }
        return out;
    }

    private static void findInParagraph(String text, int from, int to, List<Marked> out) {
        int open = -1;
        char openChar = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '„' || c == '«') {
                open = i;
                openChar = c;
            } else if ((c == '”' || c == '»') && open >= 0 && openChar != '"') {
                add(text, open, i, out);
                open = -1;
            } else if (c == '"') {
                if (open >= 0 && openChar == '"') {
                    add(text, open, i, out);
                    open = -1;
                } else if (open < 0) {
                    open = i;
                    openChar = '"';
                }
            }
        }
    }

    private static void add(String text, int open, int close, List<Marked> out) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start) {
            out.add(new Marked(open, start, end, close));
        }
    }
}
