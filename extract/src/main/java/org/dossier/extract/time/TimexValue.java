package org.dossier.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date read from a TIMEX3 value at its own precision: {@code 2025}, {@code 2025-02}, {@code 2025-02-07}.
 * Values that are not calendar dates (durations, {@code PRESENT_REF}, weeks, unknown years) read as null.
 */
public record TimexValue(int year, int month, int day) {

    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:$|T.*)");

    /** The calendar date in {@code value}, or null. */
    public static TimexValue parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.trim());
        if (!m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (mo > 12 || d > 31 || mo == 0 && d != 0) {
            return null;
        }
        if (d > 0 && d > YearMonth.of(y, mo).lengthOfMonth()) {
            return null;
        }
        return new TimexValue(y, mo, d);
    }

    public TimexValue plusYears(int years) {
        if (day > 0 && month == 2 && day == 29) {
            return new TimexValue(year + years, month, 28);
        }
        return new TimexValue(year + years, month, day);
    }

    /** The first day this value covers. */
    public LocalDate first() {
        return LocalDate.of(year, Math.max(1, month), Math.max(1, day));
    }

    /** The last day this value covers. */
    public LocalDate last() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        if (day == 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return first();
    }

    public String iso() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
