package org.dossier.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Quote;
import org.junit.jupiter.api.Test;

class JsonLinesFormatTest {

    private static final String TEXT = "Ishiba spoke. \"We will work with him,\" he said.";

    private static Evidence at(String words, int from) {
        int start = TEXT.indexOf(words, from);
        return Evidence.of("a", TEXT, start, start + words.length());
    }

    private static List<String> lines(Quote q) {
        return new JsonLinesFormat().lines(new DocumentFacts("a", List.of(), List.of(q), List.of(), List.of(), List.of(),
                List.of(), List.of()));
    }

    @Test
    void aQuoteLineGivesTheSpeakerMentionAndTheNameItResolvesToWithTheirOffsets() {
        Quote q = new Quote(at("We will work with him", 0), at("he", 38), at("Ishiba", 0), "said");
        assertThat(lines(q)).containsExactly("{\"type\":\"quote\",\"doc\":\"a\",\"start\":15,\"end\":36,"
                + "\"text\":\"We will work with him\",\"speakerText\":\"he\",\"speakerStart\":39,\"speakerEnd\":41,"
                + "\"speakerName\":\"Ishiba\",\"speakerNameStart\":0,\"speakerNameEnd\":6,\"cue\":\"said\"}");
    }

    @Test
    void anUnattributedQuoteHasNullSpeakerFields() {
        Quote q = new Quote(at("We will work with him", 0), null, null, null);
        assertThat(lines(q)).singleElement().asString().contains("\"speakerText\":null,\"speakerStart\":null,"
                + "\"speakerEnd\":null,\"speakerName\":null,\"speakerNameStart\":null,\"speakerNameEnd\":null,\"cue\":null");
    }
}
