package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in text: curly double quotes, straight double quotes paired within a paragraph, and single quotes
 * outside them ({@link #findSingleQuoted}). A double quote left open at the end of a paragraph whose next paragraph
 * opens with a quote mark is a quote that runs on over several paragraphs (the English convention: no closing mark
 * until the last paragraph); each paragraph's part is one span.
 */
public final class QuoteFinder {

    /**
     * A quoted span: {@code open} is the index of the opening mark; {@code start}..{@code end} the words inside;
     * {@code close} the closing mark, or the paragraph end when {@code continues} (the quote goes on in the next paragraph).
     */
    public record Marked(int open, int start, int end, int close, boolean continues) {
    }

    /** Quoted spans in text order; unclosed quotes are skipped unless they continue in the next paragraph. */
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
                add(text, open, i, false, out);
                open = -1;
            } else if (c == '"') {
                int nestedClose = open >= 0 && openChar == '"' ? nestedClose(text, i, to) : -1;
                if (nestedClose > 0) {
                    i = nestedClose;
                } else if (open >= 0 && openChar == '"') {
                    add(text, open, i, false, out);
                    open = -1;
                } else if (open < 0) {
                    open = i;
                    openChar = '"';
                }
            }
        }
        if (open >= 0 && nextParagraphOpensAQuote(text, to)) {
            add(text, open, to, true, out);
        }
        findSingleQuoted(text, from, to, out);
    }

    /**
     * Spans in single quotes ({@code ‘…’} or {@code '…'}, the British convention and many headlines) outside the double
     * quotes of the paragraph: an opening mark after a space, a bracket, a dash or a colon (or at the paragraph's start)
     * and before a letter; a closing mark after a non-space and before no letter or digit, so that "It's", "don’t" and
     * "O'Brien" hold apostrophes, not marks. Each is added in text order among the paragraph's other spans.
     */
    private static void findSingleQuoted(String text, int from, int to, List<Marked> out) {
        int first = out.size();
        while (first > 0 && out.get(first - 1).open() >= from) {
            first--;
        }
        List<Marked> doubles = new ArrayList<>(out.subList(first, out.size()));
        List<Marked> singles = new ArrayList<>();
        int open = -1;
        int next = 0;
        for (int i = from; i < to; i++) {
            if (next < doubles.size() && i >= doubles.get(next).open()) {
                // a double-quoted span (in text order, none overlapping): single marks inside it are nested quotes
                open = -1;
                i = doubles.get(next++).close();
                continue;
            }
            char c = text.charAt(i);
            if (c != '‘' && c != '’' && c != '\'') {
                continue;
            }
            char before = i > from ? text.charAt(i - 1) : ' ';
            boolean opening = (c == '‘' || c == '\'') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                    && (Character.isWhitespace(before) || "([—–-:".indexOf(before) >= 0);
            boolean closing = open >= 0 && (c == '’' ? text.charAt(open) == '‘' : c == '\'' && text.charAt(open) == '\'')
                    && !Character.isWhitespace(before) && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)));
            if (closing) {
                add(text, open, i, false, singles);
                open = -1;
            } else if (opening && open < 0) {
                open = i;
            }
        }
        if (singles.isEmpty()) {
            return;
        }
        doubles.addAll(singles);
        doubles.sort((a, b) -> Integer.compare(a.open(), b.open()));
        out.subList(first, out.size()).clear();
        out.addAll(doubles);
    }

    /**
     * For a straight mark at {@code at} inside a straight-quoted span: when it is shaped as an opening mark (after a space,
     * before a letter or digit) and pairs with a closing-shaped mark that another mark follows in the paragraph, the
     * index of that closing mark: a phrase quoted inside the quote ({@code "The "United States" holds no one," he
     * wrote}); else -1.
     */
    private static int nestedClose(String text, int at, int to) {
        if (at == 0 || !Character.isWhitespace(text.charAt(at - 1)) || at + 1 >= to
                || !Character.isLetterOrDigit(text.charAt(at + 1))) {
            return -1;
        }
        int close = text.indexOf('"', at + 1);
        if (close < 0 || close >= to || Character.isWhitespace(text.charAt(close - 1))
                || close + 1 < to && Character.isLetterOrDigit(text.charAt(close + 1))) {
            return -1;
        }
        int after = text.indexOf('"', close + 1);
        return after >= 0 && after < to ? close : -1;
    }

    /** True when the paragraph after the line break at {@code end} starts (after blank lines and spaces) with an opening mark. */
    private static boolean nextParagraphOpensAQuote(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == end || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '“' || c == '„' || c == '«' || c == '"';
    }

    private static void add(String text, int open, int close, boolean continues, List<Marked> out) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start) {
            out.add(new Marked(open, start, end, close, continues));
        }
    }
}
