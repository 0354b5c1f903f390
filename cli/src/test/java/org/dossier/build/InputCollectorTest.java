package org.dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.dossier.ingest.RawInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How input paths become raw inputs: which files are read, and the source ids they get. */
class InputCollectorTest {

    @TempDir
    Path tmp;

    private final RecordingProgress progress = new RecordingProgress();

    @Test
    void filesWithTheSameNameInDifferentFoldersGetNumberedIds() throws Exception {
        write("a/report.txt", "first");
        write("b/report.txt", "second");
        write("c/report.text", "third");

        List<RawInput> inputs = collect(tmp);

        assertThat(inputs).extracting(RawInput::id).containsExactly("report", "report-2", "report-3");
        assertThat(inputs).extracting(r -> new String(r.content(), StandardCharsets.UTF_8))
                .containsExactly("first", "second", "third");
    }

    @Test
    void explicitFilesWithClashingNamesGetNumberedIdsInArgumentOrder() throws Exception {
        Path second = write("x/notes.txt", "x");
        Path first = write("y/notes.md", "y");

        List<RawInput> inputs = collect(first, second);

        assertThat(inputs).extracting(RawInput::id).containsExactly("notes", "notes-2");
        assertThat(inputs).extracting(RawInput::uri).containsExactly(first.toUri().toString(), second.toUri().toString());
    }

    @Test
    void anIdThatLooksNumberedDoesNotCollideWithAGeneratedOne() throws Exception {
        write("a/report.txt", "first");
        write("b/report-2.txt", "second");
        write("c/report.txt", "third");

        assertThat(collect(tmp)).extracting(RawInput::id).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void hiddenFilesInAFolderAreIgnored() throws Exception {
        write("article.txt", "kept");
        write(".draft.txt", "hidden");
        write("sub/.~lock.article.txt", "editor lock file");

        assertThat(collect(tmp)).extracting(RawInput::id).containsExactly("article");
    }

    @Test
    void filesInsideHiddenFoldersAreIgnored() throws Exception {
        write("article.txt", "kept");
        write(".ipynb_checkpoints/article-checkpoint.txt", "stale copy");
        write(".git/description.txt", "not an article");

        assertThat(collect(tmp)).extracting(RawInput::id).containsExactly("article");
    }

    @ParameterizedTest(name = "{0} in a folder is read: {1}")
    @CsvSource({
        "article.txt,  true",
        "ARTICLE.TXT,  true",
        "article.text, true",
        "article.md,   false",
        "article.html, true",
        "article.htm,  true",
        "page.html.gz, true",
        "data.gz,      false",
        "article.txt.bak, false",
        "photo.png,    false",
        "README,       false",
        "txt,          false",
    })
    void onlyArticleFilesInFoldersAreRead(String name, boolean read) throws Exception {
        write("corpus/" + name, "content");

        if (read) {
            assertThat(collect(tmp.resolve("corpus"))).hasSize(1);
        } else {
            assertThatThrownBy(() -> collect(tmp.resolve("corpus"))).isInstanceOf(BuildException.class)
                    .hasMessageStartingWith("no articles found in [" + tmp.resolve("corpus") + "]");
        }
    }

    @Test
    void explicitFileArgumentsAreReadWhateverTheirExtension() throws Exception {
        Path markdown = write("notes.md", "markdown");
        Path bare = write("README", "no extension");
        Path html = write("page.HTML", "html");
        Path hidden = write(".hidden.txt", "hidden but named");

        List<RawInput> inputs = collect(markdown, bare, html, hidden);

        assertThat(inputs).extracting(RawInput::id).containsExactly("notes", "README", "page", ".hidden");
    }

    @Test
    void foldersAreReadRecursivelyInPathOrder() throws Exception {
        write("b.txt", "b");
        write("a/z.txt", "z");
        write("a/deeper/y.txt", "y");

        assertThat(collect(tmp)).extracting(RawInput::id).containsExactly("y", "z", "b");
    }

    @Test
    void theUriIsTheAbsoluteFileUri() throws Exception {
        Path file = write("one.txt", "x");

        assertThat(collect(file)).singleElement().extracting(RawInput::uri)
                .isEqualTo(file.toAbsolutePath().normalize().toUri().toString());
    }

    @Test
    void aMissingPathIsAnErrorNamingIt() {
        Path missing = tmp.resolve("nowhere.txt");

        assertThatThrownBy(() -> collect(missing)).isInstanceOf(BuildException.class)
                .hasMessage(missing + ": no such file or folder");
    }

    @Test
    void anUnreadableFileIsReportedAndSkipped() throws Exception {
        write("good.txt", "fine");
        Path locked = write("locked.txt", "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");

        List<RawInput> inputs = collect(tmp);

        assertThat(inputs).extracting(RawInput::id).containsExactly("good");
        assertThat(progress.warnings()).singleElement().asString().startsWith(locked + ": cannot read").endsWith("skipped");
    }

    @Test
    void contentIsKeptByteForByte() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', (byte) 0xFF, '\r', '\n'};
        Path file = tmp.resolve("raw.txt");
        Files.write(file, bytes);

        assertThat(collect(file)).singleElement().extracting(RawInput::content).isEqualTo(bytes);
    }

    @Test
    void aDashReadsStandardInputOnceAsTheSourceStdin() throws Exception {
        InputCollector collector = new InputCollector(new java.io.ByteArrayInputStream("piped text".getBytes(StandardCharsets.UTF_8)),
                new org.dossier.ingest.fetch.UrlFetcher(org.dossier.ingest.fetch.FetchPolicy.DEFAULT));

        List<RawInput> inputs = collector.collect(List.of(Path.of("-"), Path.of("-")), progress);

        assertThat(inputs).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("stdin");
            assertThat(r.uri()).isNull();
            assertThat(new String(r.content(), StandardCharsets.UTF_8)).isEqualTo("piped text");
        });
    }

    @Test
    void jsonLinesOnStandardInputAreSplitIntoItems() throws Exception {
        byte[] lines = "{\"text\":\"one\"}\n{\"text\":\"two\"}\n".getBytes(StandardCharsets.UTF_8);
        InputCollector collector = new InputCollector(new java.io.ByteArrayInputStream(lines),
                new org.dossier.ingest.fetch.UrlFetcher(org.dossier.ingest.fetch.FetchPolicy.DEFAULT));

        assertThat(collector.collect(List.of(Path.of("-")), progress)).extracting(RawInput::id)
                .allMatch(id -> id.matches("stdin-[0-9a-f]{8}")).hasSize(2);
    }

    @Test
    void feedsAndJsonLinesInAFolderAreSplitAndBadEntriesWarnedAboutByFileAndLine() throws Exception {
        write("in/export.jsonl", "{\"text\":\"one\"}\nnot json\n{\"url\":\"https://x.example/2\",\"text\":\"two\"}\n");
        write("in/world.rss", "<rss><channel><item><guid>1</guid><description>An item</description></item>"
                + "<item><title>Empty</title></item></channel></rss>");
        write("in/sitemap.xml", "<urlset><url><loc>https://x.example/</loc></url></urlset>");

        List<RawInput> inputs = collect(tmp.resolve("in"));

        assertThat(inputs).extracting(RawInput::id).hasSize(3).allMatch(id -> id.matches("(export|world)-[0-9a-f]{8}"));
        assertThat(progress.warnings()).hasSize(3);
        assertThat(progress.warnings().get(0)).startsWith(tmp.resolve("in/export.jsonl") + ":2: not valid JSON (");
        assertThat(progress.warnings().get(1)).isEqualTo(tmp.resolve("in/sitemap.xml") + ": not an RSS or Atom feed, skipped");
        assertThat(progress.warnings().get(2)).isEqualTo(tmp.resolve("in/world.rss")
                + " item 2 ('Empty'): no full text, no readable local link and no description, skipped");
    }

    @Test
    void aUrlThatCannotBeFetchedIsOneWarningAndTheFilesAreStillRead() throws Exception {
        Path file = write("one.txt", "x");

        List<RawInput> inputs = new InputCollector().collect(List.of(file), List.of("http://127.0.0.1:9/a"), progress);

        assertThat(inputs).extracting(RawInput::id).containsExactly("one");
        assertThat(progress.warnings()).containsExactly("http://127.0.0.1:9/a: refused: 127.0.0.1 is a loopback address "
                + "(127.0.0.1); use --allow-private to fetch it, skipped");
    }

    private Path write(String relative, String content) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private List<RawInput> collect(Path... inputs) throws BuildException {
        return new InputCollector().collect(List.of(inputs), progress);
    }
}
