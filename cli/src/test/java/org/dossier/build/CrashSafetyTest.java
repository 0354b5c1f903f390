package org.dossier.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.dossier.present.JsonDossierReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds in a child process killed with SIGKILL at random moments, then run again: the outputs are always whole, every
 * cache entry on disk passes its checksum, and the next build completes. Also: the output lock holds across processes.
 */
class CrashSafetyTest {

    private static final int ARTICLES = 40;

    @TempDir
    Path tmp;

    @Test
    @Timeout(240)
    void aBuildKilledAtRandomMomentsLeavesNoCorruptOutputOrCacheEntry() throws Exception {
        Path corpus = corpus();
        Path out = tmp.resolve("out");
        Path cache = tmp.resolve("cache");
        Random random = new Random(20250207);
        for (int round = 0; round < 5; round++) {
            Process child = start(corpus, out, cache, 40);
            Thread.sleep(300 + random.nextInt(2500));
            child.destroyForcibly(); // SIGKILL on Unix
            child.waitFor(30, TimeUnit.SECONDS);

            assertOutputsAreWholeOrAbsent(out);
            assertEveryCacheEntryPassesItsChecksum(cache);
        }

        Process last = start(corpus, out, cache, 0);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        assertThat(new JsonDossierReader().read(Files.readString(out.resolve("dossier.json"))).sources()).hasSize(ARTICLES);
        assertEveryCacheEntryPassesItsChecksum(cache);

        FakeAnnotator counting = new FakeAnnotator();
        BuildResult warm = TestBuilds.withoutModels(counting).run(
                new BuildOptions(List.of(corpus), tmp.resolve("warm-out"), cache, 2), Progress.SILENT);
        assertThat(warm.fromCache()).isEqualTo(ARTICLES);
        assertThat(counting.calls.get()).isZero();
    }

    @Test
    @Timeout(120)
    void aBuildInAnotherProcessHoldsTheOutputLock() throws Exception {
        Path corpus = corpus();
        Path out = tmp.resolve("out");
        Process child = start(corpus, out, tmp.resolve("cache"), 200);
        try {
            Path lockFile = out.resolve(OutputLock.FILE_NAME);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(lockFile) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(200);

            BuildException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> OutputLock.acquire(out).close(), BuildException.class);

            assertThat(refused).isNotNull().hasMessage("another build is writing " + out + " (lock held)");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        OutputLock.acquire(out).close(); // the killed process's lock is gone with it
    }

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(corpus.resolve("article-" + i + ".txt"), BadInputCatalogueTest.GOOD.replace("42", String.valueOf(i + 10)));
        }
        return corpus;
    }

    private static Process start(Path corpus, Path out, Path cache, long sleepMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SlowBuildMain.class.getName(), corpus.toString(), out.toString(), cache.toString(), String.valueOf(sleepMillis))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void assertOutputsAreWholeOrAbsent(Path out) throws IOException {
        Path json = out.resolve("dossier.json");
        if (Files.exists(json)) {
            assertThat(new JsonDossierReader().read(Files.readString(json)).sources()).hasSize(ARTICLES);
        }
        for (String name : List.of("dossier.md", "index.html")) {
            if (Files.exists(out.resolve(name))) {
                assertThat(Files.readString(out.resolve(name))).isNotEmpty();
            }
        }
        if (Files.exists(out.resolve("index.html"))) {
            assertThat(Files.readString(out.resolve("index.html")).strip()).endsWith("</html>");
        }
    }

    /** Each {@code *.json.gz} entry: a header line {@code format key sha256} whose checksum matches the payload. */
    private static void assertEveryCacheEntryPassesItsChecksum(Path cache) throws Exception {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (var files = Files.list(cache)) {
            for (Path entry : files.filter(p -> p.toString().endsWith(".json.gz")).toList()) {
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(entry))) {
                    bytes = in.readAllBytes();
                }
                int newline = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\n');
                String[] header = new String(bytes, 0, newline, StandardCharsets.UTF_8).split(" ");
                byte[] payload = java.util.Arrays.copyOfRange(bytes, newline + 1, bytes.length);
                assertThat(entry.getFileName().toString()).isEqualTo(header[1] + ".json.gz");
                assertThat(header[2]).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload)));
            }
        }
    }
}
