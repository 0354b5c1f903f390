package org.dossier.discover.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dossier.discover.DocumentFeatures;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    @Test
    void featuresWithAndWithoutALeadSurviveTheRoundTrip() throws Exception {
        DocumentFeatures plain = new DocumentFeatures("a", "2008-09-10", "Quake", Map.of("quake", 2), Map.of("place:iran", 1),
                Map.of("place:iran", "Iran"), Map.of("2008-09-10", 1));
        DocumentFeatures embedded = plain.withLead(new float[] {0.6f, -0.8f});

        List<DocumentFeatures> back = JsonLines.parseFeatures(JsonLines.renderFeatures(List.of(plain, embedded)));

        assertThat(back).containsExactly(plain, embedded);
        assertThat(back.get(0).lead()).isNull();
        assertThat(back.get(1).lead()).containsExactly(0.6f, -0.8f);
    }

    @Test
    void featuresStoredBeforeLeadsExistedStillRead() throws Exception {
        String old = "{\"sourceId\":\"a\",\"date\":null,\"title\":null,\"terms\":{\"quake\":1},\"entities\":{},\"labels\":{},"
                + "\"dates\":{}}\n";

        assertThat(JsonLines.parseFeatures(old)).singleElement().satisfies(f -> assertThat(f.lead()).isNull());
    }
}
