package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Evidence;

/**
 * Lengths of happenings written as a modifier, such as "a 36-hour visit" or "his three-day trip": the span, the length
 * in hours, and the kind of happening (travel, meeting, ...). Only nouns naming a happening count.
 */
final class DurationFinder {

    record Duration(Evidence evidence, double hours, String kind) {
    }

    private static final Pattern DURATION = Pattern.compile(
            "\\b(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|forty-eight|seventy-two)"
                    + "[- ](hour|day|week|month|year)s?(?:-long)?\\s+(\\p{L}+)",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("forty-eight", 48), Map.entry("seventy-two", 72));

    private static final Map<String, Integer> HOURS = Map.of("hour", 1, "day", 24, "week", 168, "month", 730, "year", 8760);

    /** Nouns naming a happening with a length, by kind: a "visit" and a "trip" are the same kind. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("visit", "travel"), Map.entry("trip", "travel"), Map.entry("tour", "travel"),
            Map.entry("journey", "travel"), Map.entry("stay", "travel"), Map.entry("mission", "travel"),
            Map.entry("summit", "meeting"), Map.entry("meeting", "meeting"), Map.entry("talks", "meeting"),
            Map.entry("conference", "meeting"), Map.entry("session", "meeting"), Map.entry("negotiations", "meeting"),
            Map.entry("ceasefire", "ceasefire"), Map.entry("truce", "ceasefire"), Map.entry("pause", "ceasefire"),
            Map.entry("strike", "strike"), Map.entry("walkout", "strike"), Map.entry("shutdown", "shutdown"),
            Map.entry("lockdown", "lockdown"), Map.entry("war", "conflict"), Map.entry("siege", "conflict"),
            Map.entry("offensive", "conflict"), Map.entry("standoff", "conflict"), Map.entry("trial", "trial"),
            Map.entry("hearing", "trial"), Map.entry("detention", "detention"), Map.entry("blackout", "outage"),
            Map.entry("outage", "outage"));

    List<Duration> find(String sourceId, String text) {
        List<Duration> out = new ArrayList<>();
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            String noun = m.group(3).toLowerCase(Locale.ROOT);
            String kind = KINDS.get(noun);
            if (kind == null) {
                continue;
            }
            String count = m.group(1).toLowerCase(Locale.ROOT);
            double n = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Double.parseDouble(count);
            double hours = n * HOURS.get(m.group(2).toLowerCase(Locale.ROOT));
            out.add(new Duration(Evidence.of(sourceId, text, m.start(), m.end()), hours, kind));
        }
        return out;
    }
}
