package org.dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.discover.DiscoverConfig;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.EventDiscoverer;
import org.dossier.discover.MovedArticle;
import org.dossier.discover.StandardFeatureExtractor;
import org.dossier.discover.io.EventsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventDiscoveryBuildTest {

    @TempDir
    Path tmp;

    private static final String VOLCANO = "Volcano eruption in Iceland grounds flights.\nThe volcano eruption sent ash over "
            + "the airports and airlines cancelled flights while the ash cloud drifted east.\n";
    private static final String CHESS = "Chess championship final ends in a draw.\nThe chess championship final game was "
            + "drawn after the challenger defended a rook ending for six hours.\n";

    @Test
    void writesEventsTheIndexAndADossierPerEventOfTwoOrMoreArticles() throws Exception {
        Path in = articles("in", "ash1", VOLCANO, "ash2", VOLCANO.replace("grounds", "halts"), "chess1", CHESS);
        Path out = tmp.resolve("out");

        DiscoverResult r = discovery(new FakeAnnotator()).run(options(in, out, false), Progress.SILENT);

        assertThat(r.events()).extracting(DiscoveredEvent::sources).containsExactly(List.of("ash1", "ash2"), List.of("chess1"));
        assertThat(r.dossiers()).containsExactly("e-ash1");
        assertThat(out.resolve("events.json")).content().contains("\"id\" : \"e-ash1\"", "\"size\" : 2", "\"id\" : \"e-chess1\"");
        assertThat(out.resolve("e-ash1/dossier.json")).exists();
        assertThat(out.resolve("e-ash1/index.html")).exists();
        assertThat(out.resolve("e-chess1")).doesNotExist();
        assertThat(out.resolve("index.html")).content().contains("<a href=\"e-ash1/index.html\">", "chess1");
        try (var files = Files.walk(out)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void anIncrementalRunKeepsIdsAnnotatesOnlyTheNewArticlesAndRebuildsOnlyTheEventsThatGrew() throws Exception {
        Path out = tmp.resolve("ws");
        discovery(new FakeAnnotator()).run(options(articles("first", "ash1", VOLCANO, "chess1", CHESS), out, true), Progress.SILENT);

        FakeAnnotator annotator = new FakeAnnotator();
        DiscoverResult r = discovery(annotator).run(options(articles("second", "ash2", VOLCANO.replace("grounds", "halts")), out, true),
                Progress.SILENT);

        assertThat(r.events()).extracting(DiscoveredEvent::id).containsExactly("e-ash1", "e-chess1");
        assertThat(r.events().get(0).sources()).containsExactly("ash1", "ash2");
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.dossiers()).containsExactly("e-ash1");
        assertThat(annotator.calls.get()).as("ash1 comes from the cache").isEqualTo(1);
    }

    @Test
    void anIncrementalRunMovesAnEarlierArticleBackWhereTheClusteringOfAllPutsItAndListsTheMove() throws Exception {
        Path out = tmp.resolve("ws");
        discovery(new FakeAnnotator()).run(options(articles("first", "ash1", VOLCANO, "ash2", VOLCANO.replace("grounds", "halts"),
                "chess1", CHESS, "chess2", CHESS.replace("ends in", "finishes with")), out, true), Progress.SILENT);
        // an earlier run's mistake: chess2 in the volcano event
        Files.writeString(out.resolve("events.json"), EventsJson.render(List.of(
                new DiscoveredEvent("e-ash1", null, List.of("ash1", "ash2", "chess2"), null, null, List.of()),
                new DiscoveredEvent("e-chess1", null, List.of("chess1"), null, null, List.of()))));

        DiscoverResult r = discovery(new FakeAnnotator()).run(options(articles("second", "ash3", VOLCANO.replace("grounds", "stops")),
                out, true), Progress.SILENT);

        assertThat(r.events()).extracting(DiscoveredEvent::id).containsExactly("e-ash1", "e-chess1");
        assertThat(r.events()).extracting(DiscoveredEvent::sources)
                .containsExactly(List.of("ash1", "ash2", "ash3"), List.of("chess1", "chess2"));
        assertThat(r.moved()).containsExactly(new MovedArticle("chess2", "e-ash1", "e-chess1"));
        assertThat(r.dossiers()).as("both events changed").containsExactly("e-ash1", "e-chess1");
        assertThat(out.resolve("events.json")).content().contains("""
                    "moved" : [ {
                      "source" : "chess2",
                      "from" : "e-ash1"
                    } ]""".indent(4).stripTrailing());
    }

    @Test
    void anArticleAlreadyInTheWorkspaceIsSkippedWithAWarning() throws Exception {
        Path out = tmp.resolve("ws");
        Path in = articles("in", "ash1", VOLCANO);
        discovery(new FakeAnnotator()).run(options(in, out, true), Progress.SILENT);
        RecordingProgress progress = new RecordingProgress();

        DiscoverResult r = discovery(new FakeAnnotator()).run(options(in, out, true), progress);

        assertThat(r.added()).isZero();
        assertThat(r.events()).hasSize(1);
        assertThat(progress.warnings()).containsExactly("ash1: already in the workspace, skipped");
    }

    @Test
    void aDamagedWorkspaceIsAOneLineError() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("ws"));
        Files.writeString(out.resolve("events.json"), "{not json");

        assertThatThrownBy(() -> discovery(new FakeAnnotator()).run(options(articles("in", "a", CHESS), out, true), Progress.SILENT))
                .isInstanceOf(BuildException.class).hasMessageStartingWith(out.resolve("events.json") + ": not JSON");
    }

    private Path articles(String folder, String... idsAndTexts) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            Files.writeString(dir.resolve(idsAndTexts[i] + ".txt"), idsAndTexts[i + 1]);
        }
        return dir;
    }

    private DiscoverOptions options(Path in, Path out, boolean incremental) {
        return new DiscoverOptions(List.of(in), List.of(), out, tmp.resolve("cache"), 1, incremental, true, false);
    }

    private static EventDiscoveryBuild discovery(FakeAnnotator annotator) {
        return new EventDiscoveryBuild(TestBuilds.withoutModels(annotator), new StandardFeatureExtractor(),
                new EventDiscoverer(DiscoverConfig.DEFAULT));
    }
}
