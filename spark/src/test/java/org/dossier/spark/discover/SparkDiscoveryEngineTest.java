package org.dossier.spark.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dossier.build.AtomicFiles;
import org.dossier.build.BuildException;
import org.dossier.build.DiscoverOptions;
import org.dossier.build.DiscoverResult;
import org.dossier.build.DiscoveryEngines;
import org.dossier.build.DossierBuild;
import org.dossier.build.EventDiscoveryBuild;
import org.dossier.build.OutputLock;
import org.dossier.build.Progress;
import org.dossier.discover.DiscoverConfig;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.EventDiscoverer;
import org.dossier.discover.StandardFeatureExtractor;
import org.dossier.extract.StandardFactExtractor;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.reconcile.DossierReconciler;
import org.dossier.spark.SparkSessions;
import org.dossier.spark.WordAnnotators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier discover --engine spark} against the in-process engine, Spark in local mode with two threads, both
 * engines with the same annotator and reconciler without models and the same fixed clock.
 */
class SparkDiscoveryEngineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC);

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSessions.start("local[2]", "spark-discovery-engine-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void onLocalTwoItWritesTheSameEventsDossiersAndWorkspaceAsTheInProcessEngine() throws Exception {
        Path in = articles(
                "ash1", "Volcano eruption in Iceland grounds flights.\nThe volcano eruption on 14 April 2010 sent ash over "
                        + "the airports of northern Europe, and airlines cancelled 17,000 flights while the ash cloud drifted east.\n",
                "ash1-wire", "Volcano eruption in Iceland grounds flights.\nThe volcano eruption on 14 April 2010 sent ash over "
                        + "the airports of northern Europe, and airlines cancelled 17,000 flights while the ash cloud drifted east.\n",
                "ash2", "Ash cloud from Iceland volcano halts European flights.\nAirlines cancelled flights across Europe on "
                        + "15 April 2010 as the volcano eruption sent an ash cloud over the airports.\n",
                "ash3", "Flights stay grounded as volcano ash spreads.\nThe ash cloud from the volcano eruption kept airports "
                        + "closed on 16 April 2010; airlines said 20,000 flights were cancelled.\n",
                "chess1", "Chess championship final ends in a draw.\nThe chess championship final game was drawn on 3 May 2010 "
                        + "after the challenger defended a rook ending for six hours.\n",
                "chess2", "Challenger holds champion to a draw in chess final.\nIn the chess championship final on 3 May 2010, "
                        + "the challenger defended a difficult rook ending and the game was drawn.\n",
                "bread", "Bakery wins prize for sourdough bread.\nA small bakery won the national prize for its sourdough "
                        + "bread, baked with flour from a local mill.\n",
                "poison", "This text is POISON to the annotator.\n");
        Path inProcessOut = dir.resolve("inprocess");
        Path sparkOut = dir.resolve("on spark [local 2]");

        DiscoverResult inProcess = inProcessEngine().run(options(in, inProcessOut, false), Progress.SILENT);
        DiscoverResult onSpark = sparkEngine().run(options(in, sparkOut, false), Progress.SILENT);

        assertThat(inProcess.events()).extracting(DiscoveredEvent::sources).containsExactly(
                List.of("ash1", "ash1-wire", "ash2", "ash3"), List.of("bread"), List.of("chess1", "chess2"));
        assertThat(onSpark.events()).isEqualTo(inProcess.events());
        assertThat(onSpark.dossiers()).isEqualTo(inProcess.dossiers()).containsExactly("e-ash1", "e-chess1");
        assertThat(onSpark.skipped()).isEqualTo(inProcess.skipped()).containsExactly("poison");
        List<String> files = relativeFiles(inProcessOut);
        assertThat(files).containsExactlyInAnyOrder(".discover/features.jsonl", ".discover/sources.jsonl", "events.json",
                "index.html", "e-ash1/dossier.json", "e-ash1/dossier.md", "e-ash1/index.html", "e-chess1/dossier.json",
                "e-chess1/dossier.md", "e-chess1/index.html");
        for (String f : files) {
            assertThat(sparkOut.resolve(f)).as(f).hasSameTextualContentAs(inProcessOut.resolve(f), StandardCharsets.UTF_8);
        }
        assertThat(relativeFiles(sparkOut)).filteredOn(f -> !f.startsWith("facts.parquet/"))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(files.stream(), Stream.of("rejected.jsonl")).toList());
        assertThat(sparkOut.resolve("rejected.jsonl")).content().startsWith("{\"id\":\"poison\"");
        String facts = sparkOut.resolve("facts.parquet").toString().replace("[", "\\[").replace("]", "\\]"); // read as a glob
        assertThat(spark.read().parquet(facts).count()).isEqualTo(7);
    }

    @Test
    void theEventsOnlyOptionWritesNoDossiers() throws Exception {
        Path in = articles("chess1", "Chess final drawn.\nThe chess final was drawn.\n", "chess2",
                "Chess final ends drawn.\nThe chess final game was drawn.\n");
        Path out = dir.resolve("out");

        DiscoverResult r = sparkEngine().run(options(in, out, true), Progress.SILENT);

        assertThat(r.events()).extracting(DiscoveredEvent::id).containsExactly("e-chess1");
        assertThat(r.dossiers()).isEmpty();
        assertThat(out.resolve("events.json")).exists();
        assertThat(out.resolve("e-chess1")).doesNotExist();
    }

    @Test
    void theEngineIsFoundByNameOnTheClassPath() throws BuildException {
        assertThat(DiscoveryEngines.named("spark", "local[2]", () -> {
            throw new AssertionError("not the in-process engine");
        })).isInstanceOf(SparkDiscoveryEngine.class);
    }

    @Test
    void addingToAWorkspaceIsLeftToTheInProcessEngineWithAOneLineError() throws Exception {
        Path in = articles("a", "An article.\n");
        DiscoverOptions into = new DiscoverOptions(List.of(in), List.of(), dir.resolve("ws"), dir.resolve("cache"), 1, true,
                true, false);

        assertThatThrownBy(() -> sparkEngine().run(into, Progress.SILENT)).isInstanceOf(BuildException.class)
                .hasMessage("--into runs on the in-process engine only (it can extend a workspace the spark engine wrote)");
    }

    private static SparkDiscoveryEngine sparkEngine() {
        return new SparkDiscoveryEngine("local[2]", cache -> new WordAnnotators(),
                cache -> (ReconcilerSource) () -> new DossierReconciler(CLOCK));
    }

    private static EventDiscoveryBuild inProcessEngine() {
        WordAnnotators annotators = new WordAnnotators();
        DossierBuild stages = new DossierBuild(new FormatDetectingReader(), "words-1", annotators::annotator,
                new StandardFactExtractor(), new DossierReconciler(CLOCK), DossierBuild.standardWriters(), AtomicFiles.DURABLE);
        return new EventDiscoveryBuild(stages, new StandardFeatureExtractor(), new EventDiscoverer(DiscoverConfig.DEFAULT));
    }

    private DiscoverOptions options(Path in, Path out, boolean eventsOnly) {
        return new DiscoverOptions(List.of(in), List.of(), out, dir.resolve("cache"), 2, false, !eventsOnly, false);
    }

    private Path articles(String... idsAndTexts) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            Files.writeString(in.resolve(idsAndTexts[i] + ".txt"), idsAndTexts[i + 1], StandardCharsets.UTF_8);
        }
        return in;
    }

    /** The files under {@code root}, relative, without the lock file. */
    private static List<String> relativeFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString())
                    .filter(f -> !f.equals(OutputLock.FILE_NAME)).sorted().toList();
        }
    }
}
