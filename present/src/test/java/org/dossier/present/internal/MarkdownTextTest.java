package org.dossier.present.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "a | b; a \\| b",
        "*bold* and _it_; \\*bold\\* and \\_it\\_",
        "<b>x</b>; \\<b\\>x\\</b\\>",
        "[link](u); \\[link\\](u)",
        "$5 & `code`; \\$5 \\& \\`code\\`",
        "back\\slash; back\\\\slash",
        "Ishiba\u2013Trump, \u201cquoted\u201d; Ishiba\u2013Trump, \u201cquoted\u201d",
    })
    void escapesWhatWouldFormat(String text, String expected) {
        assertThat(MarkdownText.escape(text)).isEqualTo(expected);
    }

    @Test
    void joinsLinesAndReadsNullAsEmpty() {
        assertThat(MarkdownText.escape("one\ntwo\r\nthree")).isEqualTo("one two  three");
        assertThat(MarkdownText.escape(null)).isEmpty();
    }

    @Test
    void buildsATable() {
        assertThat(MarkdownText.table(List.of("A", "B"), List.of(List.of("1", ""))))
                .isEqualTo("| A | B |\n| --- | --- |\n| 1 |   |\n");
    }
}
