package org.dossier.extract.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Mention;

/**
 * Who "the prime minister" is in one document: the person the text gives that title (not as "former", "late" or
 * "then"), the most often named one when several hold it, as the reconcile stage resolves descriptions across a corpus.
 */
final class TitleHolders {

    private final List<Mention> persons;
    private final String text;

    /** @param text the document's text, where a title in lower case before a name is read ("French president X") */
    TitleHolders(List<Mention> mentions, String text) {
        this.persons = mentions.stream().filter(m -> m.type().equals("PERSON")).toList();
        this.text = text;
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
        Pattern lowerCaseTitle = Pattern.compile("(?:^|[\\s(\"“])((?:[A-Z][\\w.'’-]*\\s+){0,2})" + Pattern.quote(title)
                + "\\s+$");
        for (Mention m : persons) {
            boolean holdsIt = holds(m, title) || titledInLowerCase(m, lowerCaseTitle);
            if (holdsIt && (best == null || named.get(key(m)) > named.get(best))) {
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

    /**
     * True when the words right before the name are the title in lower case ({@code lowerCaseTitle}, built in
     * {@link #holder}), after at most two capitalised words of place or nationality ("French president Nicolas
     * Sarkozy", "Floridian governor Charlie Crist"); not "former".
     */
    private boolean titledInLowerCase(Mention m, Pattern lowerCaseTitle) {
        if (m.role() != null || text == null) {
            return false;
        }
        String before = text.substring(Math.max(0, m.name().start() - 60), m.name().start());
        Matcher t = lowerCaseTitle.matcher(before);
        if (!t.find()) {
            return false;
        }
        String modifiers = t.group(1).toLowerCase(Locale.ROOT);
        String preceding = before.substring(0, t.start(1)).toLowerCase(Locale.ROOT);
        return !modifiers.matches("(?s).*\\b(?:former|late|then|ex)\\b.*")
                && !preceding.matches("(?s).*\\b(?:former|late|then|ex)[\\s-]*$");
    }

    /** A person by surname: the last word of the name. */
    private static String key(Mention m) {
        String[] words = m.name().text().trim().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
