package org.dossier.present.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Evidence;
import org.dossier.model.Source;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.Entity;
import org.dossier.model.dossier.FigureItem;
import org.dossier.model.dossier.QuoteItem;
import org.dossier.model.dossier.TimelineItem;

/** Lookups a report needs: entity names, source numbers, claims and item labels by id. Unknown ids fall back to the id itself. */
public final class DossierIndex {

    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
    private final Map<String, ClaimItem> claims = new HashMap<>();
    private final Map<String, String> itemLabels = new HashMap<>();

    public DossierIndex(Dossier d) {
        Lists.of(d.entities()).forEach(e -> entities.putIfAbsent(e.id(), e));
        List<Source> sources = Lists.of(d.sources());
        for (int i = 0; i < sources.size(); i++) {
            sourceNumbers.putIfAbsent(sources.get(i).id(), i + 1);
        }
        Lists.of(d.claims()).forEach(c -> claims.putIfAbsent(c.id(), c));
        for (QuoteItem q : Lists.of(d.quotes())) {
            itemLabels.putIfAbsent(q.id(), "quote \u201c" + text(q.evidence()) + "\u201d");
        }
        for (FigureItem f : Lists.of(d.figures())) {
            itemLabels.putIfAbsent(f.id(), "figure " + FigureFormat.format(f.low(), f.high(), f.unit()));
        }
        for (TimelineItem t : Lists.of(d.timeline())) {
            itemLabels.putIfAbsent(t.id(), "timeline " + t.date() + ": " + t.what());
        }
        for (ClaimItem c : Lists.of(d.claims())) {
            itemLabels.putIfAbsent(c.id(), "claim \u201c" + text(c.evidence()) + "\u201d");
        }
    }

    /** The entity's canonical name, or the id when no entity has it. */
    public String entityName(String id) {
        Entity e = entities.get(id);
        return e == null || e.name() == null ? String.valueOf(id) : e.name();
    }

    /** Entity names for ids, comma-separated. */
    public String entityNames(List<String> ids) {
        return String.join(", ", Lists.of(ids).stream().map(this::entityName).toList());
    }

    /** The short name of a source: {@code n} for the n-th source (1-based), or the id when no source has it. */
    public String sourceNumber(String id) {
        Integer n = sourceNumbers.get(id);
        return n == null ? String.valueOf(id) : n.toString();
    }

    /** The claim with this id, or null. */
    public ClaimItem claim(String id) {
        return claims.get(id);
    }

    /** What an item id (quote, figure, timeline entry, claim) refers to, in a few words, or the id when unknown. */
    public String itemLabel(String id) {
        return itemLabels.getOrDefault(id, String.valueOf(id));
    }

    private static String text(Evidence e) {
        return e == null ? "" : e.text();
    }
}
