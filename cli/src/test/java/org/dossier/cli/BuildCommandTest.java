package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.build.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's answers to user mistakes and to {@code --help}; none of these needs NLP models. */
class BuildCommandTest {

    @TempDir
    Path tmp;

    @Test
    void helpListsTheBuildAndEvalSubcommands() {
        CliRun run = CliRun.execute("--help");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("Usage: dossier").containsPattern("(?m)^\\s+build\\s").containsPattern("(?m)^\\s+eval\\s");
    }

    @Test
    void aMissingInputPathExitsWithTwoAndOneLineNamingThePath() {
        Path missing = tmp.resolve("no-such-folder");

        CliRun run = build(missing.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).startsWith("dossier build: ").contains(missing.toString()).doesNotContain("at org.")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void zeroThreadsExitsWithTwoAndSaysTheAllowedRange() throws IOException {
        CliRun run = build(article().toString(), "--threads", "0");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier build: --threads must be between 1 and 64, was 0");
    }

    @Test
    void aFolderWithoutTextFilesExitsWithTwoAndSaysWhatWasLookedFor() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("pictures"));
        Files.writeString(folder.resolve("notes.md"), "# Notes\n");
        Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        CliRun run = build(folder.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).startsWith("dossier build: no articles found in ").contains(folder.toString()).contains(".txt")
                .doesNotContain("at org.");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aFolderOfOnlyBadFilesWarnsAboutEachAndExitsWithTwo() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("bad"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("blank.txt"), " \n\n\t");

        CliRun run = build(folder.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.warnings()).containsExactly(
                "warning: " + folder.resolve("blank.txt") + ": empty input (only whitespace), skipped",
                "warning: " + folder.resolve("empty.txt") + ": empty input, skipped");
        assertThat(run.errLines()).last().asString()
                .isEqualTo("dossier build: none of the 2 input files could be read as an article");
        assertThat(tmp.resolve("cache")).doesNotExist();
    }

    @Test
    void aBuildOfAnOutputFolderAnotherBuildHoldsExitsWithTwoBeforeLoadingModels() throws Exception {
        Path out = tmp.resolve("out");
        try (OutputLock held = OutputLock.acquire(out)) {
            CliRun run = build(article().toString());

            assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
            assertThat(run.errLines()).filteredOn(l -> l.startsWith("dossier build:"))
                    .containsExactly("dossier build: another build is writing " + out + " (lock held)");
        }
    }

    @Test
    void anOutputFolderThatCannotBeCreatedExitsWithTwoAndOneLineNamingIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Path out = file.resolve("out");

        CliRun run = CliRun.execute("build", article().toString(), "-o", out.toString(), "--cache", tmp.resolve("cache").toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).filteredOn(l -> l.startsWith("dossier build:")).singleElement().asString()
                .startsWith("dossier build: cannot write " + out + " (").doesNotContain("Exception");
        assertThat(run.err()).doesNotContain("at org.");
    }

    @Test
    void evalWithAMissingGoldFileExitsWithTwoAndOneLineNamingIt() throws IOException {
        Path gold = tmp.resolve("missing.gold.json");
        Path dossier = Files.writeString(tmp.resolve("dossier.json"), "{}");

        CliRun run = CliRun.execute("eval", "--gold", gold.toString(), dossier.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier eval: " + gold + ": gold file not found");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void evalOfAFileThatIsNotJsonExitsWithTwoAndOneLineNamingIt() throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.json"), "{}");
        Path dossier = Files.writeString(tmp.resolve("dossier.json"), "not json at all");

        CliRun run = CliRun.execute("eval", "--gold", gold.toString(), dossier.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).startsWith("dossier eval: " + dossier + ": dossier is not valid JSON").doesNotContain("at org.");
    }

    @Test
    void anUnknownOptionExitsWithTwoWithoutAStackTrace() throws IOException {
        CliRun run = build(article().toString(), "--colour");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'").doesNotContain("at org.");
    }

    private Path article() throws IOException {
        return Files.writeString(tmp.resolve("article.txt"), "Jane Doe spoke in Paris on 3 March 2025.\n");
    }

    private CliRun build(String... inputAndOptions) {
        String[] args = new String[inputAndOptions.length + 5];
        args[0] = "build";
        System.arraycopy(inputAndOptions, 0, args, 1, inputAndOptions.length);
        int i = inputAndOptions.length + 1;
        args[i] = "-o";
        args[i + 1] = tmp.resolve("out").toString();
        args[i + 2] = "--cache";
        args[i + 3] = tmp.resolve("cache").toString();
        return CliRun.execute(args);
    }
}
