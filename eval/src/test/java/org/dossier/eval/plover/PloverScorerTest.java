package org.dossier.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.eval.EvalException;
import org.dossier.eval.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverScorerTest {

    private static final String GOLD = """
            [{"id": "DOC", "event": "DOCUMENT"},
             {"id": "r1", "text": "Jordan and Britain agreed.", "event": "AGREE",
              "source": [{"actorText": "Jordan", "code": "JOR"}, {"actorText": "Britain", "code": "GBR"}], "target": ""},
             {"id": "r2", "text": "Iran threatened Iraq.", "event": "THREATEN",
              "source": [{"actorText": "Iran", "code": "IRN"}], "target": [{"actorText": "Iraq", "code": "IRQ"}]},
             {"id": "r3", "text": "Peru rejected it.", "event": "REJECT",
              "source": [{"actorText": "Peru", "code": "PER"}], "target": [{"actorText": "x", "code": "''"}]}]
            """;

    private static final String PREDICTED = """
            {"id":"r1","event":"AGREE","source":[{"actorText":"Britain","code":"GBR"}],"target":[]}
            {"id":"r2","event":"FIGHT","source":[{"actorText":"Iran","code":"IRN"}],"target":[{"actorText":"Kuwait","code":"KWT"},{"actorText":"Iraq","code":"IRQ"}]}
            """;

    @TempDir
    Path dir;

    private List<Measure> score(String gold, String predicted) throws Exception {
        Files.writeString(dir.resolve("gold.json"), gold);
        Files.writeString(dir.resolve("pred.jsonl"), predicted);
        return PloverScorer.scoreFiles(dir.resolve("gold.json"), dir.resolve("pred.jsonl"));
    }

    @Test
    void scoresEventOverRecordsWithTextAndCountriesOverRecordsWithGoldCodes() throws Exception {
        List<Measure> m = score(GOLD, PREDICTED);

        assertThat(m).extracting(Measure::name, Measure::numerator, Measure::denominator).containsExactly(
                org.assertj.core.groups.Tuple.tuple("plover_event", 1, 3),
                org.assertj.core.groups.Tuple.tuple("plover_source_country", 2, 3),
                org.assertj.core.groups.Tuple.tuple("plover_target_country", 0, 1));
    }

    @Test
    void countryIsRightWhenTheFirstPredictedCodeIsAnyGoldCode() throws Exception {
        List<Measure> m = score(GOLD, PREDICTED);

        assertThat(m.get(1).misses()).containsExactly("r3: source null, gold [PER]");
        assertThat(m.get(2).misses()).containsExactly("r2: target KWT, gold [IRQ]");
    }

    @Test
    void emptyAndPlaceholderCodesAreNoCodes() throws Exception {
        List<JsonNode> actors = new ArrayList<>();
        new ObjectMapper().readTree("[{\"code\":\"\"},{\"code\":\"''\"},{\"code\":null},{\"code\":\"SRB\"}]").forEach(actors::add);

        assertThat(PloverScorer.codes(new ObjectMapper().valueToTree(actors))).containsExactly("SRB");
        assertThat(PloverScorer.codes(new ObjectMapper().readTree("\"\""))).isEmpty();
    }

    @Test
    void garbagePredictionsNameTheFileAndLine() {
        assertThatThrownBy(() -> score(GOLD, "{\"event\":\"AGREE\"}\n"))
                .isInstanceOf(EvalException.class)
                .hasMessageEndingWith("pred.jsonl: line 1: expected a JSON object with an id");
        assertThatThrownBy(() -> score("{\"not\": \"an array\"}", PREDICTED))
                .isInstanceOf(EvalException.class)
                .hasMessageEndingWith("gold.json: expected a JSON array of records");
    }
}
