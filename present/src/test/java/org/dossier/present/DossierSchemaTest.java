package org.dossier.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierSchemaTest {

    private final JsonDossierWriter writer = new JsonDossierWriter();

    private JsonNode full() throws Exception {
        return new ObjectMapper().readTree(writer.render(SampleDossiers.full()));
    }

    @Test
    void isDraft202012OnTheClasspath() {
        assertThat(DossierSchema.text()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }

    @Test
    void acceptsTheFullSample() {
        assertThat(SchemaValidation.errors(writer.render(SampleDossiers.full()))).isEmpty();
    }

    @Test
    void acceptsTheEmptyDossierAndTheAllNullDossier() {
        assertThat(SchemaValidation.errors(writer.render(SampleDossiers.empty()))).isEmpty();
        assertThat(SchemaValidation.errors(writer.render(SampleDossiers.nulls()))).isEmpty();
    }

    @Test
    void acceptsAddedFields() throws Exception {
        JsonNode json = full();
        ((ObjectNode) json).put("model", "corenlp-4.5.10");
        ((ObjectNode) json.at("/quotes/0")).put("confidence", 0.9);
        assertThat(SchemaValidation.errors(json)).isEmpty();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
        "/quotes/0/evidence, text",
        "/quotes/0/evidence, source",
        "/figures/1/evidence, start",
        "/summary/0, end",
        "/entities/0/mentions/1, source",
        "/timeline/0/evidence/0, text",
        "/sources/0, phase",
        "/quotes/0, speaker",
        "'', coverage",
    })
    void rejectsAMissingRequiredField(String pointer, String field) throws Exception {
        JsonNode json = full();
        ((ObjectNode) (pointer.isEmpty() ? json : json.at(pointer))).remove(field);
        assertThat(SchemaValidation.errors(json)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}/{1} = {2}")
    @CsvSource({
        "/sources/0, phase, during",
        "/sources/0, phase, AFTER",
        "/entities/0, type, PERSONS",
        "/claims/0, kind, prediction",
        "/timeline/0, certainty, rumoured",
        "/scorecard/0, status, done",
        "/contradictions/0, kind, tone",
        "/timeline/0, date, 7 February 2025",
        "/quotes/0/evidence, start, 12",
        "/figures/0, value, lots",
    })
    void rejectsABadValue(String pointer, String field, String value) throws Exception {
        JsonNode json = full();
        ((ObjectNode) json.at(pointer)).put(field, value);
        assertThat(SchemaValidation.errors(json)).isNotEmpty();
    }

    @Test
    void rejectsARangeWithThreeEnds() throws Exception {
        JsonNode json = full();
        ((ArrayNode) json.at("/figures/1/value")).add(70);
        assertThat(SchemaValidation.errors(json)).isNotEmpty();
    }

    @Test
    void rejectsAContradictionWithOneItem() throws Exception {
        JsonNode json = full();
        ((ArrayNode) json.at("/contradictions/0/items")).remove(1);
        assertThat(SchemaValidation.errors(json)).isNotEmpty();
    }
}
