package org.dossier.ingest.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.model.Source;

/**
 * The benchmark's per-page JSON object for {@code dossier extract-text}: {@code id}, {@code url}, {@code articleBody}, {@code title},
 * {@code published}, {@code authors} (split back from {@link Source#author()} at {@code ", "}), {@code outlet},
 * {@code language}. Unknown fields are JSON null, unknown authors an empty array.
 */
public final class ExtractTextJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractTextJson() {
    }

    /** The JSON object for one source. */
    public static ObjectNode of(Source source) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", source.id());
        node.put("url", source.uri());
        node.put("articleBody", source.text());
        node.put("title", source.title());
        node.put("published", source.published());
        ArrayNode authors = node.putArray("authors");
        if (source.author() != null && !source.author().isBlank()) {
            for (String author : source.author().split(", ")) {
                authors.add(author);
            }
        }
        node.put("outlet", source.outlet());
        node.put("language", source.language());
        return node;
    }

    /** The JSON object for one source as a single line. */
    public static String line(Source source) {
        return of(source).toString();
    }
}
