package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.io.EventsJson;
import org.dossier.eval.cluster.BCubedScore;
import org.dossier.eval.cluster.EventsFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier discover} on three ECB+ development topics mixed together (six gold events: each topic's two similar
 * events), converted by {@code bench/EcbPlusToText.java}; then the same documents in two incremental runs. Skipped when the
 * shared folder is absent. Annotations go to the default cache, so a second run is quick.
 */
class DiscoverEcbPlusIT {

    private static final List<String> TOPICS = List.of("1", "4", "9");

    @TempDir
    static Path tmp;

    private static Path texts;
    private static Path gold;

    @BeforeAll
    static void convertThreeTopics() throws Exception {
        Path ecb = Stream.of(System.getProperty("dossier.shared"), "/work/shared").filter(p -> p != null && !p.contains("${"))
                .map(p -> Path.of(p, "data/ecbplus-dev/ECB+")).filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(ecb != null, "ECB+ development data not found (set -Ddossier.shared)");
        texts = tmp.resolve("texts");
        gold = tmp.resolve("gold.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(Stream.concat(Stream.of(java, TestData.root().resolve("bench/EcbPlusToText.java").toString(),
                ecb.toString(), texts.toString(), gold.toString()), TOPICS.stream()).toList()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(log).isZero();
    }

    @Test
    void mixedTopicsComeOutAsTheirEvents() throws Exception {
        Path out = tmp.resolve("batch");
        CliRun run = CliRun.execute("discover", texts.toString(), "-o", out.toString(), "--events-only", "-q");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        BCubedScore s = EventsFile.score(gold, out.resolve("events.json"));
        assertThat(s.unplaced()).isZero();
        assertThat(s.f1()).as("B-cubed F1 (0.874 when last measured)").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void addingTheSecondHalfKeepsEveryEventIdListsTheMovedArticlesAndScoresLikeTheBatch() throws Exception {
        List<Path> docs;
        try (Stream<Path> files = Files.list(texts)) {
            docs = files.sorted().toList();
        }
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path second = Files.createDirectories(tmp.resolve("second"));
        for (int i = 0; i < docs.size(); i++) {
            Files.copy(docs.get(i), (i % 2 == 0 ? first : second).resolve(docs.get(i).getFileName()));
        }
        Path ws = tmp.resolve("ws");
        CliRun one = CliRun.execute("discover", first.toString(), "--into", ws.toString(), "--events-only", "-q");
        assertThat(one.exitCode()).as(one.describe()).isZero();
        Map<String, String> before = eventOf(ws);

        CliRun two = CliRun.execute("discover", second.toString(), "--into", ws.toString(), "--events-only", "-q");

        assertThat(two.exitCode()).as(two.describe()).isZero();
        assertThat(two.out()).contains("(" + (docs.size() - before.size()) + " added: ");
        Map<String, String> after = eventOf(ws);
        assertThat(after.values()).as("no event id is lost").containsAll(before.values());
        Map<String, String> changed = new HashMap<>();
        before.forEach((source, event) -> {
            if (!after.get(source).equals(event)) {
                changed.put(source, event);
            }
        });
        assertThat(movedFrom(ws)).as("events.json lists every earlier article that moved, with its event before")
                .isEqualTo(changed);
        assertThat(changed.size()).as("most earlier articles stay").isLessThan(before.size() / 4);
        Path batch = tmp.resolve("batch-for-incremental");
        CliRun all = CliRun.execute("discover", texts.toString(), "-o", batch.toString(), "--events-only", "-q");
        assertThat(all.exitCode()).as(all.describe()).isZero();
        double batchF1 = EventsFile.score(gold, batch.resolve("events.json")).f1();
        assertThat(EventsFile.score(gold, ws.resolve("events.json")).f1()).isGreaterThanOrEqualTo(batchF1 - 0.02);
    }

    /** The {@code moved} lists of events.json: source id to the event it moved from. */
    private static Map<String, String> movedFrom(Path out) throws Exception {
        Map<String, String> m = new HashMap<>();
        for (JsonNode e : new ObjectMapper().readTree(out.resolve("events.json").toFile()).get("events")) {
            e.path("moved").forEach(x -> m.put(x.get("source").asText(), x.get("from").asText()));
        }
        return m;
    }

    private static Map<String, String> eventOf(Path out) throws Exception {
        Map<String, String> m = new HashMap<>();
        for (DiscoveredEvent e : EventsJson.parse(Files.readString(out.resolve("events.json")))) {
            e.sources().forEach(s -> m.put(s, e.id()));
        }
        return m;
    }
}
