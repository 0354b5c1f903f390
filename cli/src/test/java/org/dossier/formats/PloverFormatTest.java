package org.dossier.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.dossier.extract.event.Actor;
import org.dossier.extract.event.PloverCategory;
import org.dossier.extract.event.PloverEvent;
import org.dossier.model.fact.Certainty;
import org.junit.jupiter.api.Test;

class PloverFormatTest {

    private final PloverFormat format = new PloverFormat();

    @Test
    void readsRecordsWithTextAndSkipsTheRest() throws IOException {
        List<PloverFormat.Record> records = format.read("""
                [{"id": "DOC-1", "event": "DOCUMENT"}, {"id": "A-2", "text": "Chile agreed."}, {"text": "No id."}, {"text": ""}]
                """);

        assertThat(records).containsExactly(new PloverFormat.Record("A-2", "Chile agreed."),
                new PloverFormat.Record("record-3", "No id."));
    }

    @Test
    void writesOneLinePerRecord() {
        PloverEvent e = new PloverEvent(PloverCategory.AGREE, PloverCategory.AGREE, null, Certainty.EXPECTED,
                List.of(new Actor("Chile", "CHL", null, 0, 5)), List.of(), "agreed", 6, 12);

        assertThat(format.line("A-2", e, "2024-05-01")).isEqualTo("{\"id\":\"A-2\",\"event\":\"AGREE\",\"mode\":null,"
                + "\"certainty\":\"expected\",\"date\":\"2024-05-01\",\"eventText\":\"agreed\","
                + "\"source\":[{\"actorText\":\"Chile\",\"code\":\"CHL\",\"sector\":null}],\"target\":[]}");
        assertThat(format.line("B-3", null, null)).isEqualTo("{\"id\":\"B-3\",\"event\":null,\"mode\":null,\"certainty\":null,"
                + "\"date\":null,\"eventText\":null,\"source\":[],\"target\":[]}");
    }

    @Test
    void anExpectedDeedIsWrittenAsIntentWithoutTheDeedsMode() {
        PloverEvent e = new PloverEvent(PloverCategory.AGREE, PloverCategory.CONSULT, "visit", Certainty.EXPECTED,
                List.of(new Actor("Chile", "CHL", null, 0, 5)), List.of(), "visit", 15, 20);

        assertThat(format.line("A-3", e, null)).startsWith("{\"id\":\"A-3\",\"event\":\"AGREE\",\"mode\":null,"
                + "\"certainty\":\"expected\"");
    }

    @Test
    void rejectsInputThatIsNotAnArray() {
        assertThatThrownBy(() -> format.read("{\"text\": \"x\"}")).isInstanceOf(IOException.class)
                .hasMessage("expected a JSON array of records");
    }
}
