package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A build over a folder of one good article and several bad files: the bad ones are each reported once on stderr and
 * skipped, and the dossier holds the good article only. Also: files that share a name get their own sources.
 */
class BadInputIT {

    private static final String GOOD_ARTICLE = """
            Port Ellison approves flood barrier

            Maria Delgado, the mayor of Port Ellison, announced on March 3, 2025 that the city will build a flood \
            barrier along its northern harbour. "We cannot wait for the next storm to tell us what we already know," \
            Delgado told reporters at City Hall. The barrier is expected to cost $42 million, according to the city \
            budget office, and construction will begin in June.
            """;

    private static final String OTHER_ARTICLE = """
            Harbour barrier draws objections

            Fishermen in Port Ellison said on March 5, 2025 that the planned flood barrier would close their channel \
            for two seasons. "Nobody asked us," said Tomas Reyes, who chairs the local fishing cooperative. Mayor \
            Maria Delgado promised a public hearing before the end of the month.
            """;

    @TempDir
    static Path tmp;

    private static Path cache;
    private static Path corpus;
    private static boolean lockedIsUnreadable;
    private static CliRun run;
    private static JsonNode dossier;

    @BeforeAll
    static void buildAFolderOfMostlyBadFiles() throws IOException {
        cache = tmp.resolve("cache");
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), GOOD_ARTICLE);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("blank.txt"), "  \n\t\n   \r\n");
        Files.write(corpus.resolve("image.txt"), png());
        Path locked = Files.writeString(corpus.resolve("locked.txt"), OTHER_ARTICLE);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        lockedIsUnreadable = !Files.isReadable(locked);
        if (!lockedIsUnreadable) {
            Files.delete(locked); // root reads anything: the file would be a second good article
        }
        Path output = tmp.resolve("out");
        run = CliRun.execute("build", corpus.toString(), "-o", output.toString(), "--cache", cache.toString());
        Path json = output.resolve("dossier.json");
        dossier = Files.isRegularFile(json) ? DossierJson.read(json) : null;
    }

    @Test
    void theBuildSucceedsDespiteTheBadFiles() {
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).as(run.describe()).contains("Built a dossier of 1 sources")
                .contains("(1 annotated, 0 from cache, 3 skipped)");
        assertThat(run.err()).doesNotContain("at org.").doesNotContain("internal error");
    }

    @Test
    void theDossierHoldsExactlyTheGoodArticle() {
        assertThat(dossier).as(run.describe()).isNotNull();
        assertThat(DossierJson.sourceIds(dossier)).containsExactly("good");
        assertThat(dossier.path("sources").get(0).path("text").asText()).contains("Maria Delgado, the mayor of Port Ellison");
        assertThat(DossierJson.schemaErrors(dossier)).isEmpty();
        assertThat(DossierJson.evidenceViolations(dossier)).isEmpty();
    }

    @Test
    void thereIsOneWarningPerBadFileAndNoneForTheGoodOne() {
        int bad = lockedIsUnreadable ? 4 : 3;

        assertThat(run.warnings()).as(run.describe()).hasSize(bad).noneMatch(w -> w.contains("good"));
    }

    @ParameterizedTest(name = "{0}.txt is reported as: {1}")
    @CsvSource(delimiter = '|', value = {
        "empty | empty input",
        "blank | empty input (only whitespace)",
        "image | binary content (PNG signature)",
    })
    void eachBadFileIsNamedOnceOnStderrWithTheReason(String name, String reason) {
        String path = corpus.resolve(name + ".txt").toString();
        assertThat(run.warnings()).as(run.describe()).filteredOn(w -> w.startsWith("warning: " + path + ":")).singleElement().asString()
                .isEqualTo("warning: " + path + ": " + reason + ", skipped");
    }

    @Test
    void anUnreadableFileIsNamedOnceOnStderr() {
        assumeTrue(lockedIsUnreadable, "running as a user who can read anything (root)");

        assertThat(run.warnings()).as(run.describe()).filteredOn(w -> w.contains("locked.txt")).singleElement().asString()
                .startsWith("warning: " + corpus.resolve("locked.txt") + ": cannot read").endsWith(", skipped");
    }

    @Test
    void filesWithTheSameNameInDifferentFoldersBecomeDifferentSources() throws IOException {
        Path folder = tmp.resolve("same-names");
        Path first = folder.resolve("monday/report.txt");
        Path second = folder.resolve("tuesday/report.txt");
        Files.createDirectories(first.getParent());
        Files.createDirectories(second.getParent());
        Files.writeString(first, GOOD_ARTICLE);
        Files.writeString(second, OTHER_ARTICLE);
        Path output = tmp.resolve("same-names-out");

        CliRun build = CliRun.execute("build", folder.toString(), "-o", output.toString(), "--cache", cache.toString());

        assertThat(build.exitCode()).as(build.describe()).isZero();
        JsonNode sameNames = DossierJson.read(output.resolve("dossier.json"));
        assertThat(DossierJson.sourceIds(sameNames)).containsExactly("report", "report-2");
        List<String> uris = new ArrayList<>();
        sameNames.path("sources").forEach(s -> uris.add(s.path("uri").asText()));
        assertThat(uris).containsExactly(first.toUri().toString(), second.toUri().toString());
        assertThat(DossierJson.evidenceViolations(sameNames)).isEmpty();
    }

    private static byte[] png() {
        byte[] bytes = new byte[2048];
        new Random(20250207).nextBytes(bytes);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}
