package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dossier.model.DroppedSpan;
import org.junit.jupiter.api.Test;

class TextAssemblerTest {

    @Test
    void cutsDroppedLinesAndCollapsesBlankRuns() {
        String raw = "Label\n\nTitle\u00A0\n\nCredit: X\n\nBody “quoted”.\nTail";
        var result = TextAssembler.assemble(raw, Line.split(raw), Map.of(0, "section-label", 4, "photo-credit",
                7, "footer"));
        assertThat(result.text()).isEqualTo("Title\u00A0\n\nBody “quoted”.");
        assertThat(result.dropped()).containsExactly(
                new DroppedSpan(0, 5, "section-label"),
                new DroppedSpan(15, 24, "photo-credit"),
                new DroppedSpan(41, 45, "footer"));
        assertThat(result.dropped()).allSatisfy(span ->
                assertThat(raw.substring(span.start(), span.end())).isIn("Label", "Credit: X", "Tail"));
    }

    @Test
    void keepsWindowsLineBreaks() {
        String raw = "a line\r\ndropped\r\nlast line\r\n";
        var result = TextAssembler.assemble(raw, Line.split(raw), Map.of(1, "promo"));
        assertThat(result.text()).isEqualTo("a line\r\nlast line");
    }

    @Test
    void keepsEverythingWhenNothingIsDropped() {
        String raw = "one\ntwo";
        assertThat(TextAssembler.assemble(raw, Line.split(raw), Map.of()).text()).isEqualTo(raw);
    }
}
