package org.dossier.present.internal;

import java.util.List;

/**
 * Markdown building blocks that keep article text literal: characters that format inline text, start HTML or math, or split
 * a table cell are backslash-escaped and line breaks become spaces, so source text can neither format the report nor inject
 * HTML. Escaped text never starts a line here, so line-start markers ({@code #}, {@code -}) need no escape.
 */
public final class MarkdownText {

    private static final String SIGNIFICANT = "\\`*_[]<>|~&$";

    private MarkdownText() {
    }

    /** {@code text} as literal inline Markdown on one line; null reads as empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (SIGNIFICANT.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A table from a header and rows of cells that are already inline Markdown. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        row(out, header);
        out.append('|');
        header.forEach(h -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(r -> row(out, r));
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
        }
        out.append('\n');
    }
}
