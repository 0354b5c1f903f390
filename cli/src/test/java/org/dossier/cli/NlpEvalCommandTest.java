package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpEvalCommandTest {

    @Test
    void evalConllPrintsNameScores(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gold.conll"), "Ann B-PER\nsang O\nin O\nParis B-LOC\n");
        Files.writeString(dir.resolve("pred.conll"), "Ann B-PER\nsang O\nin O\nParis B-ORG\n");
        CliRun run = CliRun.execute("eval", "--conll", "--gold", dir.resolve("gold.conll").toString(), dir.resolve("pred.conll").toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("names_all          P  50.0  R  50.0  F1  50.0  (1/2/2)")
                .contains("names_untyped      P 100.0  R 100.0  F1 100.0  (2/2/2)");
    }

    @Test
    void evalTimemlPrintsTempEval3Scores(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("gold"));
        Files.createDirectories(dir.resolve("pred"));
        Files.writeString(dir.resolve("gold/a.tml"), "<TimeML><TEXT>Sold <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2009\">last year</TIMEX3>.</TEXT></TimeML>");
        Files.writeString(dir.resolve("pred/a.tml"), "<TimeML><TEXT>Sold last <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2009\">year</TIMEX3>.</TEXT></TimeML>");
        CliRun run = CliRun.execute("eval", "--timeml", "--gold", dir.resolve("gold").toString(), dir.resolve("pred").toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("timex_strict    P   0.0  R   0.0  F1   0.0  (0/1/1)")
                .contains("timex_value     P 100.0  R 100.0  F1 100.0  (1/1/1)");
    }

    @Test
    void evalQuotesPrintsDetectionAndSpeakerScores(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gold.json"), "{\"quotes\": [{\"doc\": \"a\", \"snippet\": \"We will work with him\","
                + " \"speaker\": \"Shigeru Ishiba\"}], \"entities\": [{\"name\": \"Shigeru Ishiba\", \"surfaces\": [\"Ishiba\"]}]}");
        Files.writeString(dir.resolve("pred.jsonl"), "{\"type\":\"quote\",\"doc\":\"a\",\"text\":\"We will work with him\","
                + "\"speakerText\":\"he\",\"speakerName\":\"Ishiba\"}\n{\"type\":\"time\",\"doc\":\"a\"}\n");
        CliRun run = CliRun.execute("eval", "--quotes", "--gold", dir.resolve("gold.json").toString(), dir.resolve("pred.jsonl").toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("quote_detection P 100.0  R 100.0  F1 100.0  (1/1/1)")
                .contains("quote_speaker   P 100.0  R 100.0  F1 100.0  (1/1/1)");
    }

    @Test
    void evalQuotesOfAGoldWithoutQuotesExitsWithTwoAndOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gold.json"), "[]");
        Files.writeString(dir.resolve("pred.jsonl"), "");
        CliRun run = CliRun.execute("eval", "--quotes", "--gold", dir.resolve("gold.json").toString(), dir.resolve("pred.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier eval: " + dir.resolve("gold.json")
                + ": expected a gold object with a \"quotes\" array");
    }

    @Test
    void evalTimemlOfAMissingFolderExitsWithTwoAndOneLine(@TempDir Path dir) {
        CliRun run = CliRun.execute("eval", "--timeml", "--gold", dir.resolve("none").toString(), dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier eval: " + dir.resolve("none") + ": not a folder of TimeML files");
    }

    @Test
    void convertOfAMissingFolderExitsWithTwoAndOneLine(@TempDir Path dir) {
        CliRun run = CliRun.execute("convert", "--from", "meantime", dir.resolve("none").toString(), "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier convert: not a folder: " + dir.resolve("none"));
    }
}
