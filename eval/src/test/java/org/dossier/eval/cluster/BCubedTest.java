package org.dossier.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dossier.eval.EvalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BCubedTest {

    private static final Map<String, String> GOLD = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");

    @Test
    void scoresAHandComputedExample() {
        // system {a,b,c,d} {e}: precision a,b,c 3/4, d 1/4, e 1 -> 3.5/5; recall a,b,c 1, d,e 1/2 -> 4/5
        BCubedScore s = BCubed.score(GOLD, Map.of("a", "S1", "b", "S1", "c", "S1", "d", "S1", "e", "S2"));
        assertThat(s.precision()).isCloseTo(0.7, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.8, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * 0.7 * 0.8 / 1.5, within(1e-9));
        assertThat(s.items()).isEqualTo(5);
    }

    @Test
    void theGoldItselfScoresOne() {
        BCubedScore s = BCubed.score(GOLD, GOLD);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void aGoldItemTheSystemLeftOutCountsAsAClusterOfItsOwnAndExtraItemsAreIgnored() {
        BCubedScore s = BCubed.score(Map.of("a", "G", "b", "G"), Map.of("a", "S", "z", "S"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.unplaced()).isEqualTo(1);
        assertThat(s.extra()).isEqualTo(1);
    }

    @Test
    void readsEventFilesAndRejectsASourceInTwoEvents(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\"events\": [{\"id\": \"G1\", \"sources\": [\"a\", \"b\"]}]}");
        Path system = Files.writeString(dir.resolve("events.json"),
                "{\"events\": [{\"id\": \"e-a\", \"sources\": [\"a\"], \"size\": 1}, {\"id\": \"e-b\", \"sources\": [\"b\"]}]}");
        BCubedScore s = EventsFile.score(gold, system);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);

        Path twice = Files.writeString(dir.resolve("twice.json"),
                "{\"events\": [{\"id\": \"x\", \"sources\": [\"a\"]}, {\"id\": \"y\", \"sources\": [\"a\"]}]}");
        assertThatThrownBy(() -> EventsFile.read(twice)).isInstanceOf(EvalException.class)
                .hasMessage(twice + ": source a is in two events (x and y)");
        Path notEvents = Files.writeString(dir.resolve("dossier.json"), "{\"schema\": \"dossier/1\"}");
        assertThatThrownBy(() -> EventsFile.read(notEvents)).isInstanceOf(EvalException.class)
                .hasMessage(notEvents + ": expected a JSON object with an \"events\" array");
    }
}
