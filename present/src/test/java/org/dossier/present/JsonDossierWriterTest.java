package org.dossier.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDossierWriterTest {

    private final JsonDossierWriter writer = new JsonDossierWriter();

    private JsonNode written() throws Exception {
        return new ObjectMapper().readTree(writer.render(SampleDossiers.full()));
    }

    @Test
    void savesAsDossierJson() {
        assertThat(writer.fileName()).isEqualTo("dossier.json");
    }

    @Test
    void writesTopLevelFieldsInContractOrder() throws Exception {
        List<String> names = new ArrayList<>();
        written().fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("schema", "generated", "event", "sources", "entities", "quotes", "figures", "timeline",
                "claims", "scorecard", "contradictions", "agreements", "coverage", "summary", "events");
    }

    @Test
    void writesSourceFieldsInContractOrderWithPhaseInLowerCase() throws Exception {
        JsonNode source = written().at("/sources/0");
        List<String> names = new ArrayList<>();
        source.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "uri", "title", "outlet", "author", "published", "publishedInferred", "language",
                "phase", "text", "dropped", "warnings");
        assertThat(source.get("phase").textValue()).isEqualTo("after");
        assertThat(written().at("/sources/1/phase").textValue()).isEqualTo("unknown");
        assertThat(written().at("/sources/0/dropped/0").toString()).isEqualTo("{\"start\":0,\"end\":42,\"reason\":\"navigation\"}");
    }

    @Test
    void keepsNullFieldsAsJsonNull() throws Exception {
        JsonNode json = written();
        assertThat(json.at("/sources/1").has("title")).isTrue();
        assertThat(json.at("/sources/1/title").isNull()).isTrue();
        assertThat(json.at("/quotes/2/speaker").isNull()).isTrue();
        assertThat(json.at("/quotes/2/cue").isNull()).isTrue();
        assertThat(json.at("/figures/0/time").isNull()).isTrue();
        assertThat(json.at("/claims/2/topic").isNull()).isTrue();
    }

    @Test
    void writesEvidenceAsSourceStartEndText() throws Exception {
        assertThat(written().at("/quotes/0/evidence").toString()).isEqualTo(
                "{\"source\":\"000_a84836fc9bfae287\",\"start\":98,\"end\":130,\"text\":\"We will pursue a new golden age,\"}");
    }

    @Test
    void marksResolvedMentionsOnly() throws Exception {
        JsonNode mentions = written().at("/entities/0/mentions");
        assertThat(mentions.get(0).has("resolved")).isFalse();
        assertThat(mentions.get(2).get("resolved").booleanValue()).isTrue();
        assertThat(mentions.get(2).get("text").textValue()).isEqualTo("He");
    }

    @Test
    void writesSingleFigureAsNumberAndRangeAsLowHigh() throws Exception {
        JsonNode json = written();
        assertThat(json.at("/figures/2/value").isNumber()).isTrue();
        assertThat(json.at("/figures/2/value").doubleValue()).isEqualTo(5.9e10);
        assertThat(json.at("/figures/1/value").toString()).isEqualTo("[20.0,60.0]");
    }

    @Test
    void writesEnumsInLowerCase() throws Exception {
        JsonNode json = written();
        assertThat(json.at("/timeline/1/certainty").textValue()).isEqualTo("expected");
        assertThat(json.at("/claims/0/kind").textValue()).isEqualTo("expectation");
        assertThat(json.at("/scorecard/0/status").textValue()).isEqualTo("partly");
    }

    @Test
    void writesCoverageSourcesInSourceOrderAndTopicsInTopicOrder() throws Exception {
        assertThat(written().at("/coverage/bySource").toString()).isEqualTo(
                "{\"000_a84836fc9bfae287\":{\"trade\":1,\"investment\":1},\"001_5f1e0c\":{\"investment\":1,\"energy\":1}}");
    }

    @Test
    void prettyPrintsWithUnescapedUnicode() {
        String json = writer.render(SampleDossiers.full());
        assertThat(json).startsWith("{\n  \"schema\": \"dossier/1\",\n  \"generated\": \"2026-11-22T10:00:00Z\",\n");
        assertThat(json).contains("\u201cWe will pursue").doesNotContain("\\u201c").endsWith("}\n");
    }

    @Test
    void isStable() {
        assertThat(writer.render(SampleDossiers.full())).isEqualTo(writer.render(SampleDossiers.full()));
    }

    @Test
    void writesNullEventAndListsAsEmptyObjectsAndLists() throws Exception {
        JsonNode json = new ObjectMapper().readTree(writer.render(SampleDossiers.nulls()));
        assertThat(json.get("schema").textValue()).isEqualTo("dossier/1");
        assertThat(json.get("event").toString()).isEqualTo("{\"title\":null,\"start\":null,\"end\":null,\"participants\":[]}");
        assertThat(json.get("quotes").toString()).isEqualTo("[]");
        assertThat(json.get("coverage").toString()).isEqualTo("{\"topics\":[],\"bySource\":{},\"uniqueFacts\":{}}");
    }
}
