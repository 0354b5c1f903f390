package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingInputPathExitsWithTwoAndOneLineNamingThePath() {
        Path missing = tmp.resolve("no-such-folder");

        CliRun run = CliRun.execute("discover", missing.toString(), "-o", tmp.resolve("out").toString(), "--cache",
                tmp.resolve("cache").toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).as(run.describe()).containsExactly("dossier discover: " + missing + ": no such file or folder");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outputAndIntoTogetherExitWithTwoAndSayWhy() throws IOException {
        Path in = Files.writeString(tmp.resolve("a.txt"), "An article.\n");

        CliRun run = CliRun.execute("discover", in.toString(), "-o", tmp.resolve("out").toString(), "--into",
                tmp.resolve("ws").toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "dossier discover: give either -o (start over) or --into (add to a workspace), not both");
    }

    @Test
    void theSparkEngineWithoutTheSparkModuleOnTheClassPathExitsWithTwoAndSaysHowToGetIt() throws IOException {
        Path in = Files.writeString(tmp.resolve("a.txt"), "An article.\n");

        CliRun run = CliRun.execute("discover", in.toString(), "-o", tmp.resolve("out").toString(), "--engine", "spark",
                "--master", "local[2]");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier discover: no engine 'spark' on the class path (found: inprocess); "
                + "the spark engine needs the spark module and Spark, which ./dossier adds for --engine spark");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aMasterForTheInProcessEngineExitsWithTwoAndSaysWhichEngineTakesIt() throws IOException {
        Path in = Files.writeString(tmp.resolve("a.txt"), "An article.\n");

        CliRun run = CliRun.execute("discover", in.toString(), "-o", tmp.resolve("out").toString(), "--master", "local[2]");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "dossier discover: --master is for a cluster engine (--engine spark), not for the in-process one");
    }

    @Test
    void aWorkspaceWithDamagedEventsExitsWithTwoAndOneLineNamingTheFile() throws IOException {
        Path in = Files.writeString(tmp.resolve("a.txt"), "An article.\n");
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Files.writeString(ws.resolve("events.json"), "[]");

        CliRun run = CliRun.execute("discover", in.toString(), "--into", ws.toString(), "--cache", tmp.resolve("cache").toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).as(run.describe()).containsExactly("dossier discover: " + ws.resolve("events.json")
                + ": expected an object with an \"events\" array");
    }

    @Test
    void evalEventsWithAFileThatIsNotEventsExitsWithTwoAndOneLine() throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.json"), "{\"events\": [{\"id\": \"g\", \"sources\": [\"a\"]}]}");
        Path events = Files.writeString(tmp.resolve("events.json"), "{\"schema\": \"dossier/1\"}");

        CliRun run = CliRun.execute("eval", "--events", "--gold", gold.toString(), events.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier eval: " + events + ": expected a JSON object with an \"events\" array");
    }

    @Test
    void evalEventsPrintsBCubed() throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.json"), "{\"events\": [{\"id\": \"g\", \"sources\": [\"a\", \"b\"]}]}");
        Path events = Files.writeString(tmp.resolve("events.json"),
                "{\"events\": [{\"id\": \"e-a\", \"sources\": [\"a\"]}, {\"id\": \"e-b\", \"sources\": [\"b\"]}]}");

        CliRun run = CliRun.execute("eval", "--events", "--gold", gold.toString(), events.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(0);
        assertThat(run.out()).contains("bcubed_precision 1.000", "bcubed_recall    0.500", "bcubed_f1        0.667");
    }
}
