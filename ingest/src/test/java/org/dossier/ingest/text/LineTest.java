package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTest {

    @Test
    void splitsOnEveryLineBreakStyleAndKeepsOffsets() {
        String raw = "one\ntwo\r\nthree\rfour";
        assertThat(Line.split(raw)).containsExactly(
                new Line(0, 0, 3, "one", 1),
                new Line(1, 4, 7, "two", 2),
                new Line(2, 9, 14, "three", 1),
                new Line(3, 15, 19, "four", 0));
    }

    @Test
    void trailingBreakGivesNoEmptyLastLine() {
        assertThat(Line.split("a\n\n")).extracting(Line::text).containsExactly("a", "");
    }

    @Test
    void emptyTextHasNoLines() {
        assertThat(Line.split("")).isEmpty();
    }
}
