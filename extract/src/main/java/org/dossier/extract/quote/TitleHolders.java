package org.dossier.extract.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Mention;

/**
 * Who "the prime minister" is in one document: the person the text gives that title (not as "former", "late" or
 * "then"), the most often named one when several hold it, as the reconcile stage resolves descriptions across a corpus.
 */
final class TitleHolders {

    private final List<Mention> persons;

    TitleHolders(List<Mention> mentions) {
        this.persons = mentions.stream().filter(m -> m.type().equals("PERSON")).toList();
    }

    /**
     * The name of the holder of the title in {@code description} ("the prime minister"), as named last before
     * {@code offset} (else first after it); null when no person in the document holds that title.
     */
    Evidence holder(String description, int offset) {
        String title = description.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "").trim();
        Map<String, Integer> named = new HashMap<>();
        for (Mention m : persons) {
            named.merge(key(m), 1, Integer::sum);
        }
        String best = null;
        for (Mention m : persons) {
            if (holds(m, title) && (best == null || named.get(key(m)) > named.get(best))) {
                best = key(m);
            }
        }
        if (best == null) {
            return null;
        }
        Evidence before = null;
        Evidence after = null;
        for (Mention m : persons) {
            if (!key(m).equals(best)) {
                continue;
            }
            if (m.name().end() <= offset) {
                before = m.name();
            } else if (after == null) {
                after = m.name();
            }
        }
        return before != null ? before : after;
    }

    private static boolean holds(Mention m, String title) {
        if (m.role() == null || m.titled() == null) {
            return false;
        }
        String titled = m.titled().text().toLowerCase(Locale.ROOT);
        if (titled.startsWith("former") || titled.startsWith("late") || titled.startsWith("then")) {
            return false;
        }
        String role = m.role().toLowerCase(Locale.ROOT);
        return role.equals(title) || role.startsWith(title + " of ");
    }

    /** A person by surname: the last word of the name. */
    private static String key(Mention m) {
        String[] words = m.name().text().trim().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
