package org.dossier.eval.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.eval.EvalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexScorerTest {

    private static final String GOLD = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2009-03-05\">2009-03-05</TIMEX3></DCT>"
            + "<TEXT>Sales fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2009-03-04\">on Wednesday</TIMEX3> after "
            + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2Y\">two years</TIMEX3> of growth &amp; "
            + "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3> rise.</TEXT></TimeML>";

    @Test
    void parsesTimexesInPlainTextOffsets() {
        TimemlFile f = TimemlFile.parse(GOLD);
        assertThat(f.text()).isEqualTo("Sales fell on Wednesday after two years of growth & now rise.");
        assertThat(f.timexes()).containsExactly(new TimemlFile.Timex(11, 23, "DATE", "2009-03-04"),
                new TimemlFile.Timex(30, 39, "DURATION", "P2Y"), new TimemlFile.Timex(52, 55, "DATE", "PRESENT_REF"));
    }

    @Test
    void strictRelaxedValueAndTypeAreCountedAsTempEval3Does() {
        TimemlFile gold = TimemlFile.parse(GOLD);
        List<TimemlFile.Timex> predicted = List.of(
                new TimemlFile.Timex(14, 23, "DATE", "2009-03-04"),   // "Wednesday": relaxed only, right value
                new TimemlFile.Timex(30, 39, "DATE", "P2Y"),          // strict, right value, wrong type
                new TimemlFile.Timex(0, 5, "DATE", "2009"));          // spurious
        TimexScorer.Result r = TimexScorer.score("d", gold.text(), gold.timexes(), predicted);
        assertThat(r.strict()).isEqualTo(new Prf(1, 3, 3));
        assertThat(r.relaxed()).isEqualTo(new Prf(2, 3, 3));
        assertThat(r.value()).isEqualTo(new Prf(2, 3, 3));
        assertThat(r.type()).isEqualTo(new Prf(1, 3, 3));
        assertThat(r.typeAccuracy()).isEqualTo(0.5);
        assertThat(r.misses()).containsExactly("d: gold \"on Wednesday\" DATE 2009-03-04 predicted \"Wednesday\" DATE 2009-03-04",
                "d: missed \"now\" DATE PRESENT_REF", "d: spurious \"Sales\" DATE 2009");
    }

    @Test
    void aPredictedExpressionMatchesOneGoldExpressionOnly() {
        List<TimemlFile.Timex> gold = List.of(new TimemlFile.Timex(0, 4, "DATE", "2009"), new TimemlFile.Timex(8, 12, "DATE", "2011"));
        List<TimemlFile.Timex> predicted = List.of(new TimemlFile.Timex(0, 12, "DATE", "2009"));
        TimexScorer.Result r = TimexScorer.score("d", "2009 to 2011", gold, predicted);
        assertThat(r.relaxed()).isEqualTo(new Prf(1, 1, 2));
    }

    @Test
    void foldersAreMatchedByFileNameAndAMissingPredictionFindsNothing(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("gold"));
        Files.createDirectories(dir.resolve("pred"));
        Files.writeString(dir.resolve("gold/a.tml"), GOLD);
        Files.writeString(dir.resolve("gold/b.tml"), GOLD);
        Files.writeString(dir.resolve("pred/a.tml"), GOLD);
        TimexScorer.Result r = TimexScorer.scoreFolders(dir.resolve("gold"), dir.resolve("pred"));
        assertThat(r.strict()).isEqualTo(new Prf(3, 3, 6));
        assertThat(r.value().f1()).isEqualTo(2 * 1.0 * 0.5 / 1.5);
    }

    @Test
    void aPredictionWithAnotherTextIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("gold"));
        Files.createDirectories(dir.resolve("pred"));
        Files.writeString(dir.resolve("gold/a.tml"), GOLD);
        Files.writeString(dir.resolve("pred/a.tml"), "<TimeML><TEXT>Other text.</TEXT></TimeML>");
        assertThatThrownBy(() -> TimexScorer.scoreFolders(dir.resolve("gold"), dir.resolve("pred")))
                .isInstanceOf(EvalException.class).hasMessageEndingWith("a.tml: the text inside <TEXT> differs from the gold file's");
    }
}
