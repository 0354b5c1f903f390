package org.dossier.spark;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;

/**
 * {@link Source} and {@link DocumentFacts} to JSON and back, field by field (record components only, enums by name),
 * so that facts computed in an executor come back to the driver unchanged. Thread-safe.
 */
public final class FactsJson {

    private final ObjectMapper json = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public String write(Source source) {
        return write((Object) source);
    }

    public String write(DocumentFacts facts) {
        return write((Object) facts);
    }

    public Source readSource(String text) {
        return read(text, Source.class);
    }

    public DocumentFacts readFacts(String text) {
        return read(text, DocumentFacts.class);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + " in JSON: " + e.getOriginalMessage(), e);
        }
    }
}
