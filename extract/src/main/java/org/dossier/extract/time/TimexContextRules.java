package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values that come from the text around an expression rather than from the creation date alone: a part of day or a
 * "today" in a quotation on the day just named, a month in the year that frames its sentence, the second side of a
 * range after its first, a unit that a named date ends ("the quarter ended Dec. 31"). Each rule returns null or the
 * value unchanged when it does not apply.
 */
final class TimexContextRules {

    private static final Pattern ANAPHORIC_PART_OF_DAY = Pattern.compile("(?i)^(?:the|that)\\s+(morning|afternoon|evening|night)$");
    private static final Pattern DEICTIC_DAY = Pattern.compile("(?i)today|yesterday|tomorrow|tonight|last\\s+night"
            + "|this\\s+(?:morning|afternoon|evening)");
    private static final Pattern UNIT_WORD = Pattern.compile("(?i)^the\\s+(?:fiscal\\s+)?(quarter|year|month|week)$");

    private TimexContextRules() {
    }

    /**
     * "the morning", "that night": the part of the day just named ({@code anchor}, a full date), or null when the words
     * are not such an anaphoric part of day or there is no anchor.
     */
    static String partOfDayOf(String text, TimexValue anchor) {
        Matcher m = ANAPHORIC_PART_OF_DAY.matcher(text.trim());
        if (anchor == null || anchor.day() == 0 || !m.matches()) {
            return null;
        }
        String part = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        return anchor.first() + "T" + part;
    }

    /**
     * "today", "yesterday", "tomorrow", "tonight", "this morning", "last night" counted from {@code anchor} (the day the
     * words were said), or null when the words are none of these or there is no anchor.
     */
    static String deicticFrom(String text, TimexValue anchor) {
        Matcher m = DEICTIC_DAY.matcher(text.trim());
        if (anchor == null || anchor.day() == 0 || !m.matches()) {
            return null;
        }
        LocalDate d = anchor.first();
        String word = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (word) {
            case "yesterday" -> d.minusDays(1).toString();
            case "tomorrow" -> d.plusDays(1).toString();
            case "tonight" -> d + "TNI";
            case "last night" -> d.minusDays(1) + "TNI";
            case "this morning" -> d + "TMO";
            case "this afternoon" -> d + "TAF";
            case "this evening" -> d + "TEV";
            default -> d.toString();
        };
    }

    /**
     * A month without a year in a sentence framed by a written year ("In the 2016 election, … until June") is in that
     * year; {@code year} 0 leaves the value unchanged.
     */
    static String inYearNamed(String text, String value, int year) {
        if (year == 0 || TimexValueRules.EXPLICIT_YEAR.matcher(text).find() || !TimexValueRules.MONTH_NAME.matcher(text).find()
                || text.toLowerCase(Locale.ROOT).matches(".*\\b(this|next|last)\\b.*") || !value.matches("\\d{4}-\\d\\d.*")) {
            return value;
        }
        return String.format("%04d", year) + value.substring(4);
    }

    /**
     * The second side of a range placed after its first ({@code first}): a weekday a week later, a year-less month a year
     * later, as often as needed; null when it is already after it or the words are neither.
     */
    static String after(String text, String value, TimexValue first) {
        TimexValue v = TimexValue.parse(value);
        if (first == null || v == null || !v.first().isBefore(first.first()) || TimexValueRules.EXPLICIT_YEAR.matcher(text).find()) {
            return null;
        }
        if (TimexValueRules.WEEKDAY.matcher(text).find() && v.day() > 0 && first.day() > 0) {
            java.time.LocalDate d = v.first();
            while (d.isBefore(first.first())) {
                d = d.plusWeeks(1);
            }
            return d + value.substring(10);
        }
        if (TimexValueRules.MONTH_NAME.matcher(text).find() && v.month() > 0) {
            TimexValue moved = v;
            while (moved.first().isBefore(first.first())) {
                moved = moved.plusYears(1);
            }
            return moved.iso() + TimexValueRules.timeSuffix(value);
        }
        return null;
    }

    /**
     * "the quarter ended Dec. 31", "the year ending June 30": the unit holding the date that ends it ({@code end}), or
     * null when the words are not such a unit.
     */
    static String unitEndingOn(String unitText, TimexValue end) {
        Matcher m = UNIT_WORD.matcher(unitText.trim());
        if (end == null || end.day() == 0 || !m.matches()) {
            return null;
        }
        LocalDate d = end.first();
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "quarter" -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case "month" -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case "week" -> TimexValueRules.isoWeek(d);
            default -> d.getMonthValue() == 12 ? Integer.toString(d.getYear()) : "FY" + d.getYear();
        };
    }
}
