package org.dossier.ingest.text;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zone abbreviations as printed in datelines, resolved to a UTC offset. Fixed abbreviations (JST, EST, CEST)
 * map to one offset; generic ones (ET, PT, CT, MT) follow the daylight-saving rules of their region on that date.
 * Ambiguous ones take their most common news meaning: IST is India, CST is US Central.
 */
public final class ZoneAbbreviations {

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("UTC", "Z"), Map.entry("GMT", "Z"), Map.entry("Z", "Z"), Map.entry("WET", "Z"),
            Map.entry("BST", "+01:00"), Map.entry("IST", "+05:30"), Map.entry("CET", "+01:00"),
            Map.entry("CEST", "+02:00"), Map.entry("MET", "+01:00"), Map.entry("WEST", "+01:00"),
            Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"),
            Map.entry("SAST", "+02:00"), Map.entry("CAT", "+02:00"), Map.entry("EAT", "+03:00"),
            Map.entry("WAT", "+01:00"), Map.entry("GST", "+04:00"), Map.entry("PKT", "+05:00"),
            Map.entry("NPT", "+05:45"), Map.entry("ICT", "+07:00"), Map.entry("WIB", "+07:00"),
            Map.entry("HKT", "+08:00"), Map.entry("SGT", "+08:00"), Map.entry("PHT", "+08:00"),
            Map.entry("MYT", "+08:00"), Map.entry("AWST", "+08:00"), Map.entry("JST", "+09:00"),
            Map.entry("KST", "+09:00"), Map.entry("ACST", "+09:30"), Map.entry("AEST", "+10:00"),
            Map.entry("AEDT", "+11:00"), Map.entry("NZST", "+12:00"), Map.entry("NZDT", "+13:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("AKST", "-09:00"),
            Map.entry("AKDT", "-08:00"), Map.entry("HST", "-10:00"), Map.entry("AST", "-04:00"),
            Map.entry("ADT", "-03:00"), Map.entry("NST", "-03:30"), Map.entry("NDT", "-02:30"),
            Map.entry("BRT", "-03:00"), Map.entry("ART", "-03:00"));

    private static final Map<String, String> REGIONAL = Map.of(
            "ET", "America/New_York", "CT", "America/Chicago", "MT", "America/Denver", "PT", "America/Los_Angeles",
            "AET", "Australia/Sydney", "UK", "Europe/London");

    private static final Pattern NUMERIC = Pattern.compile("(?:UTC|GMT)?\\s*([+-−])\\s*(\\d{1,2})(?::?(\\d{2}))?");

    private ZoneAbbreviations() {
    }

    /** Whether the token names a zone this class knows. */
    public static boolean isKnown(String token) {
        String t = token.toUpperCase(Locale.ROOT);
        return FIXED.containsKey(t) || REGIONAL.containsKey(t);
    }

    /**
     * The offset of a zone token ({@code JST}, {@code ET}, {@code GMT+9}, {@code UTC+05:30}) at the given local time.
     */
    public static Optional<ZoneOffset> offset(String token, LocalDateTime at) {
        String t = token.replace(" ", "").toUpperCase(Locale.ROOT);
        if (FIXED.containsKey(t)) {
            return Optional.of(ZoneOffset.of(FIXED.get(t)));
        }
        if (REGIONAL.containsKey(t)) {
            return Optional.of(ZoneId.of(REGIONAL.get(t)).getRules().getOffset(at));
        }
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hours > 14 || minutes > 59) {
                return Optional.empty();
            }
            int sign = m.group(1).equals("+") ? 1 : -1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        }
        return Optional.empty();
    }
}
