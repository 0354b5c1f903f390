package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StderrProgressTest {

    @Test
    void outsideATerminalPrintsOneLinePerStageAndTenthWithoutCarriageReturns() {
        StringWriter out = new StringWriter();
        long[] clock = {0};
        StderrProgress progress = new StderrProgress(new PrintWriter(out), false, false, () -> clock[0]);
        for (int i = 1; i <= 100; i++) {
            clock[0] += 25_000_000L;
            progress.step("annotate", i, 100);
        }
        progress.warn("a.txt: empty input, skipped");
        progress.done();

        assertThat(out.toString()).doesNotContain("\r");
        assertThat(out.toString().lines().filter(l -> l.startsWith("annotate")).map(String::strip))
                .hasSize(11).startsWith("annotate             1/100").endsWith("annotate             100/100 (2.5 s)");
        assertThat(out.toString()).contains("warning: a.txt: empty input, skipped");
    }

    @Test
    void quietPrintsOnlyWarnings() {
        StringWriter out = new StringWriter();
        StderrProgress progress = new StderrProgress(new PrintWriter(out), true, false);
        progress.step("annotate", 1, 2);
        progress.warn("b.txt: binary content, skipped");
        assertThat(out.toString()).isEqualTo("warning: b.txt: binary content, skipped" + System.lineSeparator());
    }
}
