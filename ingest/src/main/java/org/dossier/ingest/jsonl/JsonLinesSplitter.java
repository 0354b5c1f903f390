package org.dossier.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.GivenMetadata;
import org.dossier.ingest.InputSplitter;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.SourceIds;
import org.dossier.ingest.html.DateValues;

/**
 * Splits a JSON Lines file into articles: one object per line with {@code text} (plain text) or {@code html} (a web
 * page), and optionally {@code url}, {@code title}, {@code published}, {@code author} or {@code authors}. An item's id is
 * the file's id and a short hash of its URL (of its text when it has none), so it survives reordering and added
 * lines. A line that is not such an object is left out with a problem naming its line number. Thread-safe.
 */
public final class JsonLinesSplitter implements InputSplitter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Split split(RawInput container) {
        String all = new String(container.content(), StandardCharsets.UTF_8);
        if (all.startsWith("\uFEFF")) {
            all = all.substring(1);
        }
        List<RawInput> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = all.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String at = ":" + (i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                problems.add(new Problem(at, "not valid JSON (" + firstLine(e.getOriginalMessage()) + "), skipped"));
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.add(new Problem(at, "not a JSON object, skipped"));
                continue;
            }
            String text = string(node, "text");
            String html = string(node, "html");
            if (text == null && html == null) {
                problems.add(new Problem(at, "no \"text\" or \"html\" field, skipped"));
                continue;
            }
            String published = string(node, "published");
            String iso = published == null ? null : DateValues.normalize(published).orElse(null);
            if (published != null && iso == null) {
                problems.add(new Problem(at, "\"published\" value '" + clip(published) + "' is not a date, ignored"));
            }
            String url = string(node, "url");
            String body = html != null ? html : text;
            String id = unique(SourceIds.forItem(container.id(), url != null ? url : body), ids);
            GivenMetadata given = new GivenMetadata(html != null ? "text/html; charset=UTF-8" : "text/plain; charset=UTF-8",
                    string(node, "title"), iso, authors(node), url);
            articles.add(new RawInput(id, url, body.getBytes(StandardCharsets.UTF_8), given));
        }
        return new Split(articles, problems);
    }

    private static List<String> authors(JsonNode node) {
        List<String> out = new ArrayList<>();
        JsonNode many = node.get("authors");
        if (many != null && many.isArray()) {
            many.forEach(a -> {
                if (a.isTextual()) {
                    out.add(a.asText());
                }
            });
        } else if (many != null && many.isTextual()) {
            out.add(many.asText());
        }
        String one = string(node, "author");
        if (one != null) {
            out.add(one);
        }
        return out;
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    static String unique(String id, Set<String> taken) {
        String out = id;
        for (int n = 2; !taken.add(out); n++) {
            out = id + "-" + n;
        }
        return out;
    }

    private static String firstLine(String message) {
        String m = message == null ? "syntax error" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
