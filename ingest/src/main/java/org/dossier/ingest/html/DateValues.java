package org.dossier.ingest.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.text.DatelineParser;

/**
 * Normalises a date from page metadata to ISO-8601: a date-time keeps its offset; a date-time without one becomes
 * its date, never an invented offset. Free text falls back to {@link DatelineParser}.
 */
public final class DateValues {

    private static final Pattern ISO_PREFIX = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[-_])");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private DateValues() {
    }

    /** The ISO form of a metadata date value, if it can be read. */
    public static Optional<String> normalize(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher m = ISO_PREFIX.matcher(v);
        if (m.find()) {
            try {
                LocalDate date = LocalDate.parse(m.group(1));
                if (m.group(2) == null || m.group(3) == null) {
                    return Optional.of(date.toString());
                }
                String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
                String zone = m.group(3).equals("Z") ? "+00:00"
                        : m.group(3).contains(":") ? m.group(3) : m.group(3).substring(0, 3) + ":" + m.group(3).substring(3);
                return Optional.of(OffsetDateTime.parse(date + "T" + time + zone).format(SECONDS));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
                    .format(SECONDS));
        } catch (DateTimeParseException e) {
            return DatelineParser.parse(v).map(d -> d.iso());
        }
    }

    /** A date in a URL path such as {@code /2019/11/19/}, if any. */
    public static Optional<String> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
