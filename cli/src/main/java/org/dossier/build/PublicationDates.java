package org.dossier.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Source;

/**
 * Dates for sources that state none, marked inferred. Articles about one event are written close together, so an undated
 * source gets the median of the dates its corpus states. When no source states one, each gets the latest full date
 * (day, month and year) its own text mentions; with none of those either, it stays null.
 */
public final class PublicationDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})\\s*,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "\\s*,?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    public List<Source> inferMissing(List<Source> sources) {
        List<String> read = new ArrayList<>();
        for (Source s : sources) {
            if (s.published() != null && !s.publishedInferred() && s.published().length() >= 10) {
                read.add(s.published().substring(0, 10));
            }
        }
        if (read.isEmpty()) {
            return sources.stream().map(s -> {
                LocalDate latest = latestFullDate(s.text());
                return s.published() == null && latest != null ? s.withPublished(latest.toString(), true) : s;
            }).toList();
        }
        read.sort(null);
        String median = read.get((read.size() - 1) / 2);
        return sources.stream().map(s -> s.published() == null ? s.withPublished(median, true) : s).toList();
    }

    /**
     * A source's own date, independent of any corpus (for a stream of unrelated articles): its stated date, else the
     * latest full date its text mentions, marked inferred; else none.
     */
    public Source inferFromOwnText(Source s) {
        if (s.published() != null) {
            return s;
        }
        LocalDate latest = latestFullDate(s.text());
        return latest != null ? s.withPublished(latest.toString(), true) : s;
    }

    /** The latest date written in full in {@code text}, or null. */
    static LocalDate latestFullDate(String text) {
        LocalDate latest = null;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            latest = later(latest, date(m.group(3), month(m.group(1)), m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            latest = later(latest, date(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            latest = later(latest, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        }
        return latest;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    /** The date relative expressions in a source are resolved against: its (possibly inferred) publication day. */
    public static String referenceDate(Source s) {
        return s.published() != null && s.published().length() >= 10 ? s.published().substring(0, 10) : null;
    }
}
