package org.dossier.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Mention;
import org.dossier.model.fact.TimeExpression;
import org.dossier.reconcile.entity.NameKey;
import org.dossier.reconcile.text.Terms;

/**
 * Features from the text and the extracted facts: content-word stems of the text (the headline counted twice), entity
 * keys (a person by surname, so {@code Lindsay Lohan} and {@code Lohan} meet; other names by their normalized key) and
 * the dates of the time expressions. Stateless and thread-safe.
 */
public final class StandardFeatureExtractor implements FeatureExtractor {

    @Override
    public DocumentFeatures extract(Source source, DocumentFacts facts) {
        Map<String, Integer> terms = new HashMap<>();
        for (String t : Terms.content(source.text())) {
            terms.merge(t, 1, Integer::sum);
        }
        String title = source.title() != null ? source.title() : firstLine(source.text());
        if (title != null) {
            for (String t : Terms.content(title)) {
                terms.merge(t, 1, Integer::sum);
            }
        }
        Map<String, Integer> entities = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Mention m : facts.mentions()) {
            String key = entityKey(m.type(), m.name().text());
            if (key == null) {
                continue;
            }
            entities.merge(key, 1, Integer::sum);
            String surface = m.name().text().strip();
            labels.merge(key, surface, (a, b) -> b.length() > a.length() ? b : a);
        }
        Map<String, Integer> dates = new HashMap<>();
        for (TimeExpression t : facts.times()) {
            if (t.date() != null && t.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                dates.merge(t.date(), 1, Integer::sum);
            }
        }
        String date = source.published() != null && source.published().length() >= 10 ? source.published().substring(0, 10) : null;
        return new DocumentFeatures(source.id(), date, title, terms, entities, labels, dates);
    }

    /** {@code person:<surname>}, {@code place:<key>}, {@code org:<key>} or {@code misc:<key>}; null for an empty name. */
    static String entityKey(String type, String surface) {
        if ("PERSON".equals(type)) {
            List<String> words = new ArrayList<>(NameKey.words(surface));
            words.removeIf(w -> w.length() == 1 || w.equals("jr") || w.equals("sr") || w.isEmpty());
            return words.isEmpty() ? null : "person:" + words.get(words.size() - 1);
        }
        List<String> keys = NameKey.keys(surface);
        String key = keys.isEmpty() ? "" : keys.get(0);
        if (key.isBlank()) {
            return null;
        }
        String prefix = switch (type == null ? "" : type) {
            case "LOCATION" -> "place:";
            case "ORGANIZATION" -> "org:";
            default -> "misc:";
        };
        return prefix + key;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n", 8)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }
}
