package org.dossier.present;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates dossier JSON against {@link DossierSchema}; the messages of every violation, empty when valid. */
final class SchemaValidation {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaValidation() {
    }

    static List<String> errors(String json) {
        try {
            return errors(MAPPER.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> errors(JsonNode dossier) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DossierSchema.text());
        return schema.validate(dossier).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
