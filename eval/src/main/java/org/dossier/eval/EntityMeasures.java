package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The entity measures: {@code entities_resolved} and {@code entities_kept_apart}. */
final class EntityMeasures {

    private EntityMeasures() {
    }

    /**
     * Over gold entities: take the surfaces that occur, as whole words, in some dossier source text. The entity is resolved
     * when there is at least one such surface, exactly one dossier entity has any of them as name or alias, and that
     * entity has all of them. A surface shared with a second entity, or split across two, is a miss.
     */
    static Measure resolved(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("entities_resolved");
        for (JsonNode entity : DossierIndex.elements(gold.path("entities"))) {
            String name = String.valueOf(DossierIndex.string(entity, "name"));
            List<String> occurring = new ArrayList<>();
            for (JsonNode surface : DossierIndex.elements(entity.path("surfaces"))) {
                if (surface.isTextual() && occurs(surface.asText(), dossier)) {
                    occurring.add(surface.asText());
                }
            }
            if (occurring.isEmpty()) {
                tally.miss(name + ": no surface occurs in the dossier texts");
                continue;
            }
            Map<String, List<String>> holders = new LinkedHashMap<>();
            List<String> unheld = new ArrayList<>();
            for (String surface : occurring) {
                List<String> ids = holdersOf(surface, dossier);
                if (ids.isEmpty()) {
                    unheld.add(surface);
                }
                ids.forEach(id -> holders.computeIfAbsent(id, k -> new ArrayList<>()).add(surface));
            }
            if (!unheld.isEmpty()) {
                tally.miss(name + ": no dossier entity has " + quoted(unheld));
            } else if (holders.size() > 1) {
                StringBuilder split = new StringBuilder(name).append(": surfaces spread over ");
                holders.forEach((id, surfaces) -> split.append(id).append(' ').append(quoted(surfaces)).append(", "));
                tally.miss(split.substring(0, split.length() - 2));
            } else {
                tally.hit();
            }
        }
        return tally.toMeasure();
    }

    /**
     * Over gold {@code distinct} pairs: both names map to some dossier entity (see {@link #holdersOfGoldName}), and no
     * dossier entity has both. A name that maps to no entity makes the pair a miss.
     */
    static Measure keptApart(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("entities_kept_apart");
        for (JsonNode pair : DossierIndex.elements(gold.path("distinct"))) {
            String a = pair.path(0).isTextual() ? pair.path(0).asText() : null;
            String b = pair.path(1).isTextual() ? pair.path(1).asText() : null;
            if (a == null || b == null) {
                tally.miss("malformed distinct pair " + pair);
                continue;
            }
            Set<String> left = new LinkedHashSet<>(holdersOfGoldName(a, gold, dossier));
            List<String> right = holdersOfGoldName(b, gold, dossier);
            if (left.isEmpty() || right.isEmpty()) {
                tally.miss(a + " / " + b + ": no dossier entity has \"" + (left.isEmpty() ? a : b) + "\"");
            } else if (right.stream().anyMatch(left::contains)) {
                tally.miss(a + " / " + b + ": merged in " + right.stream().filter(left::contains).findFirst().get());
            } else {
                tally.hit();
            }
        }
        return tally.toMeasure();
    }

    /**
     * The dossier entities a gold name refers to. A gold name denotes a gold entity, and the dossier need not use the
     * gold's spelling of it: the name maps to the entities that have it as name or alias, and when none does, to the
     * entities that hold the surfaces the gold lists for that entity and that occur in the texts.
     */
    static List<String> holdersOfGoldName(String name, JsonNode gold, DossierIndex dossier) {
        List<String> direct = holdersOf(name, dossier);
        if (!direct.isEmpty()) {
            return direct;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode entity : DossierIndex.elements(gold.path("entities"))) {
            if (!name.equals(DossierIndex.string(entity, "name"))) {
                continue;
            }
            for (JsonNode surface : DossierIndex.elements(entity.path("surfaces"))) {
                if (surface.isTextual() && occurs(surface.asText(), dossier)) {
                    ids.addAll(holdersOf(surface.asText(), dossier));
                }
            }
        }
        return new ArrayList<>(ids);
    }

    private static boolean occurs(String surface, DossierIndex dossier) {
        return dossier.texts().stream().anyMatch(t -> t.containsWords(surface, GoldScorer.NAMES_CASE_SENSITIVE));
    }

    /** Ids of the dossier entities that have {@code name} as name or alias. */
    private static List<String> holdersOf(String name, DossierIndex dossier) {
        String key = DossierIndex.nameKey(name);
        List<String> ids = new ArrayList<>();
        for (JsonNode entity : dossier.entities()) {
            if (DossierIndex.names(entity).contains(key)) {
                ids.add(DossierIndex.string(entity, "id"));
            }
        }
        return ids;
    }

    private static String quoted(List<String> surfaces) {
        return "\"" + String.join("\", \"", surfaces) + "\"";
    }
}
