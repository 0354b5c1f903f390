package org.dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dossier.model.Source;
import org.dossier.present.JsonDossierReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catalogue of bad inputs in docs/RELIABILITY.md, one build over a folder holding all of them next to two good
 * articles (no models: a fake annotator). Each bad file gets exactly one warning line naming it, and the build completes.
 * The environment failures (output folder, full disk, lock) end in a {@link BuildException}, which the command line
 * prints on one line with exit code 2.
 */
class BadInputCatalogueTest {

    static final String GOOD = """
            Port Ellison approves flood barrier

            Maria Delgado, the mayor of Port Ellison, announced on March 3, 2025 that the city will build a flood \
            barrier along its northern harbour. "We cannot wait for the next storm to tell us what we already know," \
            Delgado told reporters at City Hall. The barrier is expected to cost $42 million, according to the city \
            budget office, and construction will begin in June.
            """;
    static final String OTHER = """
            Harbour barrier draws objections

            Fishermen in Port Ellison said on March 5, 2025 that the planned flood barrier would close their channel \
            for two seasons. "Nobody asked us," said Tomas Reyes, who chairs the local fishing cooperative. Mayor \
            Maria Delgado promised a public hearing before the end of the month.
            """;
    private static final String FRENCH = """
            Le port approuve une digue

            La maire de Port Ellison a annoncé le 3 mars 2025 que la ville va construire une digue le long du port. \
            « Nous ne pouvons pas attendre la prochaine tempête », a-t-elle dit aux journalistes. Le coût est estimé \
            à 42 millions de dollars, selon le budget de la ville, et les travaux commenceront en juin.
            """;

    private static final String COUNCIL = "The regional council voted on Tuesday to expand the bus network to three "
            + "villages in the hills, after residents collected more than four thousand signatures last winter.";
    private static final String SCHOOL = "A new secondary school will open in the eastern district next September, "
            + "the education office said, with places for nine hundred pupils and a library open to the public.";
    private static final String BRIDGE = "Engineers closed the old railway bridge over the Lenne river for inspection "
            + "on Wednesday after divers found cracks in two of its stone piers during a routine survey.";

    @TempDir
    static Path tmp;

    private static Path corpus;
    private static final RecordingProgress progress = new RecordingProgress();
    private static BuildResult result;

    @BeforeAll
    static void buildAFolderOfEveryBadInput() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), GOOD);
        Files.writeString(Files.createDirectories(corpus.resolve("monday")).resolve("report.txt"), OTHER);
        Files.writeString(Files.createDirectories(corpus.resolve("tuesday")).resolve("report.txt"), GOOD.replace("June", "July"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("blank.txt"), "  \n\t\n   \r\n");
        Files.write(corpus.resolve("paper.txt"), withMagic("%PDF-1.7\n", 4096));
        Files.write(corpus.resolve("picture.html"), withMagic("\u0089PNG\r\n\u001a\n", 4096));
        Files.write(corpus.resolve("archive.txt"), zip());
        Files.write(corpus.resolve("nul.txt"), (GOOD.substring(0, 40) + "\0" + GOOD.substring(40)).getBytes(StandardCharsets.UTF_8));
        Files.write(corpus.resolve("latin1.txt"), mostlyUtf8());
        Files.write(corpus.resolve("utf16.txt"), utf16WithBom(OTHER.replace("Fishermen", "Boatmen")));
        Files.write(corpus.resolve("japanese.txt"), "東京で洪水対策の防潮堤が承認された。市長は三月三日に発表した。".repeat(20)
                .getBytes(Charset.forName("Shift_JIS")));
        Files.writeString(corpus.resolve("deep.html"), "<html><body>" + "<div>".repeat(10_000) + "<p>" + GOOD + "</p>"
                + "</div>".repeat(10_000) + "</body></html>");
        Files.writeString(corpus.resolve("scripts.html"), "<html><head><script>var a = 1;</script></head><body>"
                + "<script src=\"app.js\"></script><iframe src=\"https://example.org/ad\"></iframe>"
                + "<script>document.write('<p>' + 'text'.repeat(100) + '</p>')</script></body></html>");
        Files.writeString(corpus.resolve("french.txt"), FRENCH);
        Files.writeString(corpus.resolve("huge.txt"), (GOOD + "\n").repeat(50 * 1024 * 1024 / GOOD.length() + 1));
        Files.writeString(corpus.resolve("one-line.txt"), GOOD.replace('\n', ' ').repeat(5 * 1024 * 1024 / GOOD.length() + 1));
        Files.writeString(corpus.resolve("truncated.html"), "<html><head><title>Cut</title></head><body><article><p>"
                + COUNCIL + "</p><p>The hearing will");
        Files.writeString(corpus.resolve("no-body.html"), "<title>Bare</title><p>" + SCHOOL + "</p>");
        Files.writeString(corpus.resolve("big.html"), bigPage());
        Files.writeString(corpus.resolve("navigation.html"), "<html><body><nav><ul>"
                + "<li><a href=\"/world\">World news and analysis</a></li>".repeat(40) + "</ul></nav><footer>"
                + "<a href=\"/about\">About us</a> <a href=\"/contact\">Contact the newsroom</a></footer></body></html>");
        Files.writeString(corpus.resolve("japanese-utf8.txt"),
                "東京で洪水対策の防潮堤が承認された。市長は三月三日に発表した。工事は六月に始まる予定だ。".repeat(5));
        Files.createSymbolicLink(corpus.resolve("monday/loop"), corpus);

        result = TestBuilds.withoutModels(new FakeAnnotator()).run(
                new BuildOptions(List.of(corpus), tmp.resolve("out"), tmp.resolve("cache"), 2), progress);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "empty.txt        | empty input, skipped",
        "blank.txt        | empty input (only whitespace), skipped",
        "paper.txt        | binary content (PDF signature), skipped",
        "picture.html     | binary content (PNG signature), skipped",
        "archive.txt      | binary content (ZIP signature), skipped",
        "nul.txt          | binary content (NUL byte at offset 40), skipped",
        "japanese.txt     | not UTF-8 text (",
        "scripts.html     | no article text found, skipped",
        "french.txt       | language is 'fr', not English, skipped",
        "huge.txt         | too long for an article (",
        "one-line.txt     | too long for an article (",
        "navigation.html  | no article text found, skipped",
        "japanese-utf8.txt | language is 'ja', not English, skipped",
    })
    void eachBadFileGetsOneWarningLineNamingIt(String file, String reason) {
        String path = corpus.resolve(file).toString();

        assertThat(progress.warnings()).filteredOn(w -> w.startsWith(path + ":")).singleElement().asString()
                .startsWith(path + ": " + reason).endsWith(", skipped").doesNotContain("\n");
    }

    @Test
    void theReadableArticlesAreAllInTheDossierAndNothingElse() {
        assertThat(result.dossier().sources()).extracting(Source::id).containsExactlyInAnyOrder("good", "report",
                "report-2", "latin1", "utf16", "deep", "truncated", "no-body", "big");
        assertThat(result.skipped()).hasSize(13);
        assertThat(progress.warnings()).filteredOn(w -> w.endsWith(", skipped")).hasSize(13);
        assertThat(result.files()).allSatisfy(f -> assertThat(f).isRegularFile());
        assertThat(new JsonDossierReader().read(readString(result.files().get(0))).sources()).hasSize(9);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "truncated.html   | HTML looks truncated (no closing </body> or </html>)",
        "no-body.html     | no <body> element; HTML looks truncated (no closing </body> or </html>)",
        "big.html         | large page (20 M characters)",
        "latin1.txt       | 1 invalid UTF-8 byte sequence(s) replaced with U+FFFD",
        "utf16.txt        | decoded as UTF-16LE (byte order mark)",
        "tuesday/report.txt | near-duplicate of good (Jaccard ",
    })
    void eachFileReadWithWarningsGetsOneLineNamingItAndIsKept(String file, String warning) {
        String path = corpus.resolve(file).toString();

        assertThat(progress.warnings()).filteredOn(w -> w.startsWith(path + ":")).singleElement().asString()
                .startsWith(path + ": " + warning).doesNotContain("\n").doesNotEndWith(", skipped");
    }

    @Test
    void aNearDuplicateIsKeptAndMarkedWithItsOriginal() {
        assertThat(source("report-2").duplicateOf()).isEqualTo("good");
        assertThat(source("good").duplicateOf()).isNull();
        assertThat(source("big").duplicateOf()).isNull();
        assertThat(source("big").text()).isEqualTo(BRIDGE);
    }

    /** A 20 MB page: an article after a navigation menu of 20 MB of links. */
    private static String bigPage() {
        StringBuilder b = new StringBuilder("<html><head><title>Big</title></head><body><nav><ul>");
        for (int i = 0; b.length() < 20 * 1024 * 1024; i++) {
            b.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        return b.append("</ul></nav><article><p>").append(BRIDGE)
                .append("</p></article></body></html>").toString();
    }

    @Test
    void readableOddInputsCarryAWarningOnTheirSource() {
        assertThat(source("latin1").warnings()).anyMatch(w -> w.contains("invalid UTF-8 byte sequence"));
        assertThat(source("utf16").warnings()).contains("decoded as UTF-16LE (byte order mark)");
        assertThat(source("utf16").text()).contains("Boatmen in Port Ellison");
        assertThat(source("deep").text()).contains("Maria Delgado, the mayor of Port Ellison");
    }

    @Test
    void filesWithTheSameNameInDifferentFoldersAreDifferentSources() {
        assertThat(source("report").uri()).endsWith("/monday/report.txt");
        assertThat(source("report-2").uri()).endsWith("/tuesday/report.txt");
    }

    @Test
    @Timeout(30)
    void aSymlinkLoopIsNotFollowed() throws BuildException {
        RecordingProgress p = new RecordingProgress();

        assertThat(new InputCollector().collect(List.of(corpus.resolve("monday")), p)).extracting(r -> r.id())
                .containsExactly("report");
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void anUnreadableFileIsSkippedWithAWarning() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("unreadable"));
        Files.writeString(folder.resolve("good.txt"), GOOD);
        Path locked = Files.writeString(folder.resolve("locked.txt"), OTHER);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");
        RecordingProgress p = new RecordingProgress();

        BuildResult r = TestBuilds.withoutModels(new FakeAnnotator()).run(
                new BuildOptions(List.of(folder), tmp.resolve("unreadable-out"), tmp.resolve("cache"), 1), p);

        assertThat(r.dossier().sources()).extracting(Source::id).containsExactly("good");
        assertThat(p.warnings()).singleElement().asString().startsWith(locked + ": cannot read");
    }

    @Test
    void aNamedPipeGivenAsAnInputIsSkippedInsteadOfBlocking() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        assumeFalse(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0, "mkfifo failed");
        Path good = Files.writeString(tmp.resolve("pipe-neighbour.txt"), GOOD);
        RecordingProgress p = new RecordingProgress();

        List<org.dossier.ingest.RawInput> inputs = new InputCollector().collect(List.of(fifo, good), p);

        assertThat(inputs).extracting(r -> r.id()).containsExactly("pipe-neighbour");
        assertThat(p.warnings()).containsExactly(fifo + ": not a regular file (a pipe or device), skipped");
    }

    @Test
    @Timeout(300)
    void tenThousandTinyFilesBuild() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("tiny"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"),
                    "Note " + i + ". The council met on March " + (1 + i % 28) + ", 2025 and approved " + i + " permits.\n");
        }
        long t0 = System.nanoTime();

        BuildResult r = TestBuilds.withoutModels(new FakeAnnotator()).run(
                new BuildOptions(List.of(folder), tmp.resolve("tiny-out"), tmp.resolve("tiny-cache"), 2), Progress.SILENT);

        System.out.printf("10,000 tiny files: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertThat(r.dossier().sources()).hasSize(10_000);
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void anOutputFolderInsideAFileFailsBeforeAnyWorkWithOneLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Path out = file.resolve("out");
        FakeAnnotator annotator = new FakeAnnotator();

        assertThatThrownBy(() -> TestBuilds.withoutModels(annotator).run(options(out), Progress.SILENT))
                .isInstanceOf(BuildException.class).hasMessageStartingWith("cannot write " + out + " (")
                .hasMessageNotContaining("\n");
        assertThat(annotator.calls.get()).isZero();
    }

    @Test
    void aReadOnlyOutputFolderFailsWithOneLineAndLeavesNothing() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(out), "running as a user who can write anything (root)");

        assertThatThrownBy(() -> TestBuilds.withoutModels(new FakeAnnotator()).run(options(out), Progress.SILENT))
                .isInstanceOf(BuildException.class).hasMessage("cannot write " + out + " (permission denied)");
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void anOutputFolderThatRefusesWritesFailsWithOneLineAndLeavesNoFiles() throws IOException {
        Path out = tmp.resolve("denied");
        AtomicFiles.ContentWriter denied = (file, content) -> {
            throw new java.nio.file.AccessDeniedException(file.toString());
        };

        assertThatThrownBy(() -> TestBuilds.withoutModels(new FakeAnnotator(), denied).run(options(out), Progress.SILENT))
                .isInstanceOf(BuildException.class).hasMessage("cannot write " + out + " (permission denied)");
        assertThat(listing(out)).containsExactly(OutputLock.FILE_NAME);
    }

    @Test
    void aFullDiskFailsWithOneLineAndKeepsThePreviousDossierWhole() throws Exception {
        Path out = tmp.resolve("full-disk");
        TestBuilds.withoutModels(new FakeAnnotator()).run(options(out), Progress.SILENT);
        String before = Files.readString(out.resolve("dossier.json"));
        AtomicInteger written = new AtomicInteger();
        AtomicFiles.ContentWriter fillsUp = (file, content) -> {
            if (written.incrementAndGet() > 1) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.DURABLE.write(file, content.replace("Port Ellison", "Port Changed"));
        };

        assertThatThrownBy(() -> TestBuilds.withoutModels(new FakeAnnotator(), fillsUp).run(options(out), Progress.SILENT))
                .isInstanceOf(BuildException.class).hasMessage("cannot write " + out + " (No space left on device)");
        assertThat(out.resolve("dossier.json")).hasContent(before);
        assertThat(listing(out)).containsExactlyInAnyOrder(OutputLock.FILE_NAME, "dossier.json", "dossier.md", "index.html");
    }

    @Test
    void aSecondBuildOfTheSameOutputFolderFailsWhileTheFirstHoldsTheLock() throws Exception {
        Path out = tmp.resolve("locked-out");
        try (OutputLock held = OutputLock.acquire(out)) {
            assertThatThrownBy(() -> TestBuilds.withoutModels(new FakeAnnotator()).run(options(out), Progress.SILENT))
                    .isInstanceOf(BuildException.class).hasMessage("another build is writing " + out + " (lock held)");
        }
        assertThat(TestBuilds.withoutModels(new FakeAnnotator()).run(options(out), Progress.SILENT).files()).hasSize(3);
    }

    @Test
    void twoBuildsStartedTogetherOnOneFolderAreSerialized() throws Exception {
        Path out = tmp.resolve("race-out");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> TestBuilds.withoutModels(new FakeAnnotator(300)).run(options(out), Progress.SILENT));
            var second = pool.submit(() -> TestBuilds.withoutModels(new FakeAnnotator(300)).run(options(out), Progress.SILENT));
            int ok = 0;
            int refused = 0;
            for (var f : List.of(first, second)) {
                try {
                    f.get();
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(BuildException.class)
                            .hasMessage("another build is writing " + out + " (lock held)");
                    refused++;
                }
            }
            assertThat(ok).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static BuildOptions options(Path out) {
        return new BuildOptions(List.of(corpus.resolve("good.txt")), out, tmp.resolve("cache-" + out.getFileName()), 1);
    }

    private static List<String> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Source source(String id) {
        return result.dossier().sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] withMagic(String magic, int length) {
        byte[] bytes = new byte[length];
        new Random(7).nextBytes(bytes);
        byte[] head = magic.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("article.txt"));
            zip.write(GOOD.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] mostlyUtf8() {
        byte[] text = OTHER.replace("Fishermen", "Café owners").getBytes(StandardCharsets.UTF_8);
        byte[] out = text.clone();
        out[text.length / 2] = (byte) 0xE9; // a Latin-1 é in the middle of UTF-8
        return out;
    }

    private static byte[] utf16WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }
}
