package org.dossier.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dateline: a line that is essentially just a date, optionally with a weekday, a time, a time zone and a label
 * such as {@code Published:} or {@code Updated}. A line with any other words is not a dateline, so dates inside
 * sentences are never read. A time without a zone gives the date alone, never an invented offset.
 */
public final class DatelineParser {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d:])",
            FLAGS);
    private static final Pattern YMD = Pattern.compile("\\b(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern MDY = Pattern.compile(
            "\\b" + MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern DMY = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern MY = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2})(?:[:.h](\\d{2}))?(?::(\\d{2}))?\\s*(?:([ap])\\.?\\s?m\\b\\.?)?"
                    + "(?:\\s*\\(?\\s*((?:UTC|GMT)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[A-Za-z]{1,5})\\b\\)?)?",
            FLAGS);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(first\\s+)?published|(last\\s+)?(updated|modified)|posted|date[d]?|created|issued)\\b\\s*(?:on|at)?\\s*[:\\-–—]?\\s*",
            FLAGS);
    private static final Pattern FILLER = Pattern.compile(
            "\\b(?:" + WEEKDAY + "|on|at|local\\s+time|time)\\b|[\\s,|·•/()\\[\\]:\\-–—.]+", FLAGS);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private DatelineParser() {
    }

    /** Parses a whole line as a dateline; empty when the line holds anything but a date and its trimmings. */
    public static Optional<Dateline> parse(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String s = LineShape.clean(line.replace('\u00A0', ' ').replace('\u202F', ' ')).replaceAll("\\s+", " ");
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        boolean updated = false;
        Matcher label = LABEL.matcher(s);
        if (label.find()) {
            updated = label.group(3) != null;
            s = s.substring(label.end());
        }
        try {
            String iso = parseDate(s);
            return iso == null ? Optional.empty() : Optional.of(new Dateline(iso, updated));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The ISO form of a label-free dateline, or null. */
    private static String parseDate(String s) {
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            return fromIso(iso, residual(s, iso));
        }
        for (Pattern p : new Pattern[] {MDY, DMY, YMD, MY}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                LocalDate date = date(p, m);
                if (date == null) {
                    return null;
                }
                return withTime(date, residual(s, m), p == MY);
            }
        }
        return null;
    }

    private static String fromIso(Matcher m, String rest) {
        if (!isFiller(rest)) {
            return null;
        }
        LocalDate date = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (m.group(4) == null) {
            return date.toString();
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        if (m.group(7) == null) {
            return date.toString();
        }
        ZoneOffset offset = m.group(7).equalsIgnoreCase("Z") ? ZoneOffset.UTC : ZoneOffset.of(
                m.group(7).length() == 5 ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3) : m.group(7));
        return format(OffsetDateTime.of(date, time, offset));
    }

    private static LocalDate date(Pattern p, Matcher m) {
        if (p == MDY) {
            return LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (p == DMY) {
            return LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if (p == YMD) {
            return LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return LocalDate.of(year(m.group(2)), month(m.group(1)), 1);
    }

    /** Adds the time and zone found in the rest of the line; null when the rest holds anything else. */
    private static String withTime(LocalDate date, String rest, boolean monthOnly) {
        String dateIso = monthOnly ? date.toString().substring(0, 7) : date.toString();
        if (isFiller(rest)) {
            return dateIso;
        }
        Matcher t = TIME.matcher(rest);
        while (t.find()) {
            boolean hasMinutes = t.group(2) != null;
            boolean hasMeridiem = t.group(4) != null;
            if (!hasMinutes && !hasMeridiem) {
                continue;
            }
            String zone = t.group(5);
            ZoneOffset offset = null;
            String consumed = t.group();
            if (zone != null) {
                offset = ZoneAbbreviations.offset(zone, date.atStartOfDay()).orElse(null);
                if (offset == null) {
                    consumed = consumed.substring(0, t.start(5) - t.start());
                }
            }
            String remaining = rest.substring(0, t.start()) + " " + rest.substring(t.start() + consumed.length());
            if (!isFiller(remaining) || monthOnly) {
                return null;
            }
            LocalTime time = time(t);
            if (time == null) {
                return null;
            }
            if (offset == null) {
                return dateIso;
            }
            LocalDateTime local = LocalDateTime.of(date, time);
            offset = ZoneAbbreviations.offset(zone, local).orElse(offset);
            return format(OffsetDateTime.of(local, offset));
        }
        return null;
    }

    private static LocalTime time(Matcher t) {
        int hour = Integer.parseInt(t.group(1));
        int minute = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        if (t.group(4) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = t.group(4).equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    private static String format(OffsetDateTime t) {
        return (t.getSecond() == 0 ? MINUTES : SECONDS).format(t);
    }

    private static String residual(String s, Matcher m) {
        return s.substring(0, m.start()) + " " + s.substring(m.end());
    }

    private static boolean isFiller(String rest) {
        return FILLER.matcher(rest).replaceAll("").isEmpty();
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        if (y < 1900 || y > 2100) {
            throw new DateTimeException("year out of range: " + y);
        }
        return y;
    }

    private static int month(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
