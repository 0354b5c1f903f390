package org.dossier.discover.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.discover.DocumentFeatures;
import org.dossier.model.Source;

/**
 * The workspace state as JSON lines, one record per line: {@link DocumentFeatures} ({@value #FEATURES_FILE}) and the
 * ingested {@link Source}s ({@value #SOURCES_FILE}), so a later run can rebuild an event's dossier without its input files.
 */
public final class JsonLines {

    public static final String FEATURES_FILE = "features.jsonl";
    public static final String SOURCES_FILE = "sources.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonLines() {
    }

    public static String renderFeatures(List<DocumentFeatures> features) {
        return render(features);
    }

    public static String renderSources(List<Source> sources) {
        return render(sources);
    }

    public static List<DocumentFeatures> parseFeatures(String lines) throws DiscoverFormatException {
        return parse(lines, DocumentFeatures.class);
    }

    public static List<Source> parseSources(String lines) throws DiscoverFormatException {
        return parse(lines, Source.class);
    }

    private static String render(List<?> records) {
        StringBuilder out = new StringBuilder();
        try {
            for (Object r : records) {
                out.append(JSON.writeValueAsString(r)).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static <T> List<T> parse(String lines, Class<T> type) throws DiscoverFormatException {
        List<T> out = new ArrayList<>();
        int n = 0;
        for (String line : lines.split("\n")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(JSON.readValue(line, type));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new DiscoverFormatException("line " + n + ": not a " + type.getSimpleName() + " record");
            }
        }
        return out;
    }
}
