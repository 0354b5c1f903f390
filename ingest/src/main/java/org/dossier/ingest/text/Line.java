package org.dossier.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the raw text: its content span {@code [start, end)} and the length of the line break after it.
 *
 * @param text the content, without the line break, exactly as in the raw text
 * @param breakLength 0 (last line), 1 ({@code \n} or {@code \r}) or 2 ({@code \r\n})
 */
public record Line(int index, int start, int end, String text, int breakLength) {

    /** Splits text at {@code \n}, {@code \r\n} and {@code \r}; an empty text gives no lines. */
    public static List<Line> split(String raw) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r') {
                int breakLength = c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? 2 : 1;
                lines.add(new Line(lines.size(), start, i, raw.substring(start, i), breakLength));
                i += breakLength;
                start = i;
            } else {
                i++;
            }
        }
        if (start < raw.length()) {
            lines.add(new Line(lines.size(), start, raw.length(), raw.substring(start), 0));
        }
        return lines;
    }

    /** The content with surrounding whitespace removed, non-breaking spaces included. */
    public String clean() {
        return LineShape.clean(text);
    }

    public boolean isBlank() {
        return clean().isEmpty();
    }

    /** End of the line including its line break. */
    public int endWithBreak() {
        return end + breakLength;
    }
}
