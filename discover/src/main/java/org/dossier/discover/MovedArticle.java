package org.dossier.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article an incremental run moved from one existing event to another (or to a new one), because the clustering of
 * all articles puts it with that event's articles rather than with the rest of its own.
 *
 * @param source the article's source id
 * @param from the id of the event it was in
 * @param to the id of the event it is in now
 */
public record MovedArticle(String source, String from, String to) {

    /** The articles of {@code before} that are in an event with another id in {@code after}, in source id order. */
    public static List<MovedArticle> between(List<DiscoveredEvent> before, List<DiscoveredEvent> after) {
        Map<String, String> now = new HashMap<>();
        after.forEach(e -> e.sources().forEach(s -> now.put(s, e.id())));
        List<MovedArticle> out = new ArrayList<>();
        for (DiscoveredEvent e : before) {
            for (String s : e.sources()) {
                String to = now.get(s);
                if (to != null && !to.equals(e.id())) {
                    out.add(new MovedArticle(s, e.id(), to));
                }
            }
        }
        out.sort((a, b) -> a.source().compareTo(b.source()));
        return out;
    }
}
