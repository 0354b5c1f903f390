package org.dossier.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Source;
import org.dossier.reconcile.crosssource.SentenceEmbedder;
import org.junit.jupiter.api.Test;

class LeadEmbedderTest {

    @Test
    void eachDocumentGetsTheRoundedEmbeddingOfItsLeadInOneCall() {
        List<List<String>> calls = new ArrayList<>();
        SentenceEmbedder fake = sentences -> {
            calls.add(sentences);
            return sentences.stream().map(s -> new float[] {s.length(), 0.123456f}).toArray(float[][]::new);
        };

        List<DocumentFeatures> out = new LeadEmbedder(fake).withLeads(List.of(source("a", "Quake", "Ten dead."),
                source("b", null, "Vote counted.")), List.of(features("a"), features("b")));

        assertThat(calls).containsExactly(List.of("Quake Ten dead.", "Vote counted."));
        assertThat(out.get(0).lead()).containsExactly(15f, 0.1235f);
        assertThat(out.get(1).lead()).containsExactly(13f, 0.1235f);
        assertThat(out.get(1).terms()).isEqualTo(features("b").terms());
    }

    @Test
    void featuresOfAnotherSourceAreRefused() {
        SentenceEmbedder fake = sentences -> new float[sentences.size()][2];

        assertThatThrownBy(() -> new LeadEmbedder(fake).withLeads(List.of(source("a", null, "x")), List.of(features("b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("features of b given for source a");
    }

    private static Source source(String id, String title, String text) {
        return new Source(id, null, title, null, null, null, false, "en", null, text, List.of(), List.of());
    }

    private static DocumentFeatures features(String id) {
        return new DocumentFeatures(id, null, null, Map.of("quake", 1), Map.of(), Map.of(), Map.of());
    }
}
