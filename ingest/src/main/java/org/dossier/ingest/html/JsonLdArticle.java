package org.dossier.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article object of a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting} and kin), found in
 * any {@code application/ld+json} script, inside arrays or {@code @graph}. Broken JSON is skipped.
 */
final class JsonLdArticle {

    static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle", "blogposting",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
            "liveblogposting", "techarticle", "scholarlyarticle", "report", "webpage");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLdArticle() {
    }

    /** The first article object, preferring real article types over {@code WebPage}. */
    static Optional<JsonNode> find(Document document) {
        JsonNode page = null;
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data());
            } catch (Exception e) {
                continue;
            }
            Deque<JsonNode> queue = new ArrayDeque<>();
            queue.add(root);
            while (!queue.isEmpty()) {
                JsonNode node = queue.poll();
                if (node == null) {
                    continue;
                }
                if (node.isArray()) {
                    node.forEach(queue::add);
                } else if (node.isObject()) {
                    String type = types(node);
                    if (!type.equals("webpage") && ARTICLE_TYPES.contains(type)) {
                        return Optional.of(node);
                    }
                    if (type.equals("webpage") && page == null) {
                        page = node;
                    }
                    if (node.has("@graph")) {
                        queue.add(node.get("@graph"));
                    }
                    if (node.has("mainEntity")) {
                        queue.add(node.get("mainEntity"));
                    }
                }
            }
        }
        return Optional.ofNullable(page);
    }

    private static String types(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(t.asText().toLowerCase(java.util.Locale.ROOT)));
        } else {
            names.add(type.asText().toLowerCase(java.util.Locale.ROOT));
        }
        return names.stream().filter(n -> ARTICLE_TYPES.contains(n) && !n.equals("webpage")).findFirst()
                .orElse(names.isEmpty() ? "" : names.get(0));
    }

    /** A text field, or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isArray() && value.size() > 0) {
            value = value.get(0);
        }
        if (value.isObject()) {
            value = value.has("name") ? value.get("name") : value.get("@value");
        }
        return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
    }

    /** The names of the {@code author} field: strings, person objects, or arrays of either. */
    static List<String> names(JsonNode node, String field) {
        List<String> names = new ArrayList<>();
        JsonNode value = node.get(field);
        if (value == null) {
            return names;
        }
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        for (JsonNode item : items) {
            String name = item.isObject() ? (item.has("name") ? item.get("name").asText() : null) : item.asText();
            if (name != null && !name.isBlank() && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return names;
    }
}
