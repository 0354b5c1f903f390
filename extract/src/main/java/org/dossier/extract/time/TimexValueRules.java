package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value-level rules for time expressions, applied to the annotator's value with the document creation date: weekdays
 * and months placed by the tense of their sentence, "last September", "the previous year", quarters, fiscal years,
 * decades, two-digit years, offsets counted from the date just mentioned ("three days later"), and TimeML's spelling
 * of time zones and decades. Each rule returns the value unchanged when it does not apply.
 */
final class TimexValueRules {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
            "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(last\\s+|this\\s+|next\\s+|coming\\s+|past\\s+|earlier\\s+|later\\s+)?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
    static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b" + MONTH + "(?![a-z])");
    private static final Pattern LAST_NEXT_MONTH = Pattern.compile("(?i)^(?:this\\s+)?(last|past|next|coming)\\s+" + MONTH + "$");
    private static final Pattern CLOCK_MERIDIEM = Pattern.compile("(?i)\\b(\\d{1,2})(?::\\d\\d)?\\s*([ap])\\.?m\\b\\.?");
    private static final Pattern VALUE_HOUR = Pattern.compile("(T)(\\d\\d)");
    static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    private static final Pattern PREVIOUS_UNIT = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:last|past|previous|preceding)\\s+(year|month)"
            + "|(year|month)\\s+(?:before|previous|prior))$");
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+"
            + "(?:fiscal\\s+)?quarter\\b(?:\\s+of\\s+(?:(?:fiscal\\s+)?(\\d{4})|(this|last|next)\\s+year))?");
    private static final Pattern FEW_UNITS = Pattern.compile("(?i)(?:the\\s+)?(?:last|past|next|coming|previous)\\s+"
            + "(couple\\s+of|few|several)\\s+(minute|hour|day|week|month|year)s");
    private static final String PLURAL_UNIT = "(?:days|weeks|months|years|decades)";
    private static final Pattern HALF = Pattern.compile("(?i)\\b(first|second|1st|2nd)\\s+half\\b(?:\\s+of\\s+(?:(?:fiscal\\s+)?(\\d{4})"
            + "|(this|last|next)\\s+year))?");
    private static final Pattern FISCAL = Pattern.compile("(?i)\\b(?:fiscal(?:\\s+year)?\\s+|FY\\s?)(\\d{4}|'?\\d{2})\\b");
    private static final Pattern DECADE = Pattern.compile("(?i)^(?:the\\s+)?(?:early\\s+|mid-?|late\\s+)?'?(\\d\\d)?(\\d)0'?s$");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("'(\\d\\d)\\b");
    private static final Pattern OFFSET = Pattern.compile("(?i)^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})"
            + "\\s+(day|week|month|year|decade)s?\\s+(earlier|later|before|after|prior)$");
    private static final Pattern NEXT_UNIT = Pattern.compile("(?i)^the\\s+(?:(next|following|previous|preceding)\\s+(day|month|year)"
            + "|(day|month|year)\\s+(before|after|previous|prior|earlier|later))$");
    private static final Pattern SAME_UNIT = Pattern.compile("(?i)^(?:(?:later|earlier)\\s+)?(?:the\\s+same|that(?:\\s+same)?)\\s+(day|month|year)$"
            + "|^the\\s+(day)$");
    private static final Pattern HUNDREDS = Pattern.compile("(?i)(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(1\\d)00'?s");
    private static final Pattern THE_PAST_UNIT = Pattern.compile("(?i)(?:(?:about|around|roughly|approximately|nearly|almost"
            + "|more\\s+than|over|under|at\\s+least)\\s+)?the\\s+past\\s+(week|month|year)");
    private static final Pattern THAT_MONTH = Pattern.compile("(?i)^that\\s+" + MONTH + "$");
    private static final Pattern WEEK_OF_MONTH = Pattern.compile("(?i)^the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+"
            + MONTH + "(?:,?\\s+(\\d{4}))?$");
    private static final Pattern DAY_WORDS = Pattern.compile("(?i)\\b(?:today|yesterday|tomorrow|tonight|this\\s+(?:morning"
            + "|afternoon|evening))\\b|\\d{4}-\\d\\d-\\d\\d|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b");
    private static final Pattern CLOCK_WORDS = Pattern.compile("(?i)\\d:\\d|\\d\\s*[ap]\\.?m\\b|\\b(?:noon|midnight|morning|afternoon"
            + "|evening|night|tonight|UTC|GMT|o'clock)\\b|\\d{4}\\s+(?:hours|[A-Z]{3,4}\\b)");
    private static final Pattern AGO_UNIT = Pattern.compile("(?i)^(?:about\\s+|almost\\s+|nearly\\s+|roughly\\s+|more\\s+than\\s+)?"
            + "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s+(year|month|week|decade"
            + "|centur(?:y|ie))s?\\s+ago$");
    private static final Pattern COUNTED_AGO = Pattern.compile("(?i)^(?:about\\s+|almost\\s+|nearly\\s+|roughly\\s+|more\\s+than\\s+)?"
            + "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s+(day|week|month|year|decade)s?"
            + "\\s+ago$");
    private static final Pattern VAGUE_AGO = Pattern.compile("(?i)^(?:several|a\\s+few|few|some|many|a\\s+couple\\s+of"
            + "|(?:(?:tens|hundreds)\\s+of\\s+)?(?:dozens|hundreds|thousands|millions|billions)\\s+of)\\s+"
            + "(?:minute|hour|day|week|month|year|decade|centurie)s\\s+ago$");
    private static final Pattern LARGE_COUNT = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s+(thousand|million|billion)[\\s-]+"
            + "(day|week|month|year)s?\\b");

    private static final Pattern LAST_NEXT_SEASON = Pattern.compile("(?i)^(last|next)\\s+(?:spring|summer|autumn|fall)$");
    private static final Pattern SEASON_VALUE = Pattern.compile("(\\d{4})-(SP|SU|FA)");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private static final Map<String, Integer> TENS = Map.ofEntries(Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Pattern COUNTED_UNIT = Pattern.compile("(?i)(?:(?:about|around|nearly|almost|roughly|approximately"
            + "|some|over|under|more\\s+than|less\\s+than|at\\s+least|up\\s+to)\\s+)?(?:the\\s+)?(?:(?:past|last|next|first|coming|following"
            + "|previous|entire|whole)\\s+)?(\\d+(?:\\.\\d+)?|[a-z]+(?:[\\s-][a-z]+)?)[\\s-](second|minute|hour|day|week|month|year)s?");

    private TimexValueRules() {
    }

    /**
     * TimeML spelling: UTC as {@code Z}, other zones' offsets left out, dates with hyphens ({@code 20130318}, from a
     * range of weekdays, is {@code 2013-03-18}), a time of day without a date on the creation date, a month without a year in the
     * creation year (the tense rules then move it), decades as three digits.
     */
    static String spelling(String value, LocalDate dct) {
        String v = value.replaceFirst("(T\\d\\d(?::\\d\\d)?(?::\\d\\d)?)\\+0000$", "$1Z")
                .replaceFirst("(T\\d\\d(?::\\d\\d)?(?::\\d\\d)?)[+-]\\d{4}$", "$1")
                .replaceFirst("^(\\d{4})(\\d\\d)(\\d\\d)(?=$|T)", "$1-$2-$3");
        if (dct != null && v.matches("XXXX-\\d\\d(?:-\\d\\d)?")) {
            v = dct.getYear() + v.substring(4);
        }
        if (v.startsWith("T") && dct != null && v.matches("T\\d.*")) {
            v = dct + v;
        }
        if (v.matches("\\d{3}X")) {
            v = v.substring(0, 3);
        } else if (v.matches("\\d{2}XX")) {
            v = v.substring(0, 2);
        }
        return v;
    }

    /**
     * The hour of a clock time written with "am" or "pm" ("a.m.", "p.m."): "12:54 am" is {@code T00:54}, "12:30 pm"
     * {@code T12:30}, "7 pm" {@code T19}. Taggers differ on the hour twelve.
     */
    static String meridiem(String text, String value) {
        Matcher m = CLOCK_MERIDIEM.matcher(text);
        Matcher v = VALUE_HOUR.matcher(value);
        if (!m.find() || !v.find()) {
            return value;
        }
        int hour = Integer.parseInt(m.group(1));
        if (hour < 1 || hour > 12 || Integer.parseInt(v.group(2)) % 12 != hour % 12) {
            return value;
        }
        boolean pm = m.group(2).toLowerCase(Locale.ROOT).startsWith("p");
        int h24 = hour % 12 + (pm ? 12 : 0);
        return value.substring(0, v.start(2)) + String.format(Locale.ROOT, "%02d", h24) + value.substring(v.end(2));
    }

    /** A weekday without a date: the one before the creation date in a past-tense sentence, after it in a future one. */
    static String weekday(String text, String value, LocalDate dct, TimeExpressionExtractor.Tense tense) {
        Matcher m = WEEKDAY.matcher(text);
        if (dct == null || !m.find() || MONTH_NAME.matcher(text).find() || text.matches(".*\\d.*\\d.*")
                || !value.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
            return value;
        }
        String modifier = m.group(1) == null ? "" : m.group(1).trim().toLowerCase(Locale.ROOT);
        if (text.toLowerCase(Locale.ROOT).contains(m.group(2).toLowerCase(Locale.ROOT) + "s")) {
            return value;
        }
        DayOfWeek day = WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT));
        LocalDate past = dct.with(TemporalAdjusters.previousOrSame(day));
        LocalDate future = dct.with(TemporalAdjusters.nextOrSame(day));
        LocalDate date = switch (modifier) {
            case "last", "past" -> dct.with(TemporalAdjusters.previous(day));
            case "earlier" -> past; // "detained earlier Friday": the Friday already begun or over
            case "later" -> future;
            case "next", "coming", "this" -> null;
            default -> switch (tense) {
                case PAST -> past;
                case FUTURE -> future;
                case OTHER -> dct.toEpochDay() - past.toEpochDay() <= future.toEpochDay() - dct.toEpochDay() ? past : future;
            };
        };
        return date == null ? value : date + value.substring(10);
    }

    /**
     * A month without a year: "last September" is the most recent one before the creation month; others are put in the
     * year that brings them nearest the creation date, then moved by tense (a past clause: not after the creation date;
     * a future one: not over).
     */
    static String month(String text, String value, LocalDate dct, TimeExpressionExtractor.Tense tense) {
        if (dct == null || EXPLICIT_YEAR.matcher(text).find() || !MONTH_NAME.matcher(text).find()) {
            return value;
        }
        TimexValue v = TimexValue.parse(value);
        if (v == null || v.month() == 0) {
            return value;
        }
        Matcher lastNext = LAST_NEXT_MONTH.matcher(text.trim());
        if (lastNext.matches()) {
            int year = lastNext.group(1).matches("(?i)last|past")
                    ? (v.month() < dct.getMonthValue() ? dct.getYear() : dct.getYear() - 1)
                    : (v.month() > dct.getMonthValue() ? dct.getYear() : dct.getYear() + 1);
            return new TimexValue(year, v.month(), v.day()).iso();
        }
        if (text.toLowerCase(Locale.ROOT).matches(".*\\b(this|next|last)\\b.*")) {
            return value;
        }
        // the tagger's own choice of year is not kept: the month is first put in the year that brings it nearest the
        // creation date, then placed by tense
        TimexValue nearest = null;
        for (int year = dct.getYear() - 1; year <= dct.getYear() + 1; year++) {
            if (v.day() > 0 && !YearMonth.of(year, v.month()).isValidDay(v.day())) {
                continue; // February 29 in a common year
            }
            TimexValue c = new TimexValue(year, v.month(), v.day());
            if (nearest == null || distance(c, dct) < distance(nearest, dct)) {
                nearest = c;
            }
        }
        if (nearest == null) {
            return value;
        }
        return TimeExpressionExtractor.shiftByTense(nearest, dct, tense).iso() + timeSuffix(value);
    }

    /** Days between the creation date and the nearest day of {@code v}. */
    private static long distance(TimexValue v, LocalDate dct) {
        long toFirst = v.first().toEpochDay() - dct.toEpochDay();
        long fromLast = dct.toEpochDay() - v.last().toEpochDay();
        return Math.max(0, Math.max(toFirst, fromLast));
    }

    /**
     * A spring, summer or autumn without a year, placed by tense as months are: in a past clause not after the creation
     * date ("reported a loss in the summer", written in February: the summer before), in a future one not over; "next
     * spring" is the first to begin after the creation date, "last summer" the latest one over. Winter, which spans two
     * years, and seasons with "this" keep the annotator's value.
     */
    static String season(String text, String value, LocalDate dct, TimeExpressionExtractor.Tense tense) {
        Matcher v = SEASON_VALUE.matcher(value);
        if (dct == null || !v.matches() || EXPLICIT_YEAR.matcher(text).find()) {
            return value;
        }
        int year = Integer.parseInt(v.group(1));
        int startMonth = switch (v.group(2)) {
            case "SP" -> 3;
            case "SU" -> 6;
            default -> 9;
        };
        Matcher lastNext = LAST_NEXT_SEASON.matcher(text.trim());
        if (lastNext.matches()) {
            // "next spring" is the first one to begin after the creation date, "last summer" the latest one already over
            LocalDate thisYears = LocalDate.of(dct.getYear(), startMonth, 1);
            int y = lastNext.group(1).equalsIgnoreCase("next")
                    ? (thisYears.isAfter(dct) ? dct.getYear() : dct.getYear() + 1)
                    : (thisYears.plusMonths(3).isAfter(dct) ? dct.getYear() - 1 : dct.getYear());
            return y + "-" + v.group(2);
        }
        if (text.toLowerCase(Locale.ROOT).matches(".*\\b(this|next|last|past|coming)\\b.*")) {
            return value;
        }
        LocalDate first = LocalDate.of(year, startMonth, 1);
        if (tense == TimeExpressionExtractor.Tense.PAST && first.isAfter(dct)) {
            year--;
        } else if (tense == TimeExpressionExtractor.Tense.FUTURE && first.plusMonths(3).isBefore(dct)) {
            year++;
        }
        return year + "-" + v.group(2);
    }

    /**
     * "a year ago", "two decades ago", "three months ago": the value at the precision of the unit counted (TimeML gives
     * "two decades ago" as {@code 197}, not a day), where the annotator gave a day. Weeks keep the day ("a week ago" is
     * annotated either way; MEANTIME gives the day). A count without a number ("several years ago") is {@code PAST_REF}.
     */
    /**
     * An uncounted run of decades or centuries ("decades", "a few decades", "many centuries") in TimeML's own units:
     * {@code PXDE}, {@code PXCE}, not years.
     */
    static String vagueLongUnits(String text, String value) {
        if (!value.matches("PX[YD]|PXDE|PXCE")) {
            return value;
        }
        if (text.matches("(?i)(?:.*\\s)?decades")) {
            return "PXDE";
        }
        return text.matches("(?i)(?:.*\\s)?centuries") ? "PXCE" : value;
    }

    /**
     * "previous years", "the past months", "recent weeks": uncounted units before now name no one date, a past reference;
     * "the coming months", "upcoming weeks" a future one.
     */
    static String vagueUnits(String text, String type, String value) {
        if (!type.equals("DATE")) {
            return value;
        }

        if (text.matches("(?i)(?:the\\s+)?(?:previous|prior|preceding|earlier|past|recent)\\s+" + PLURAL_UNIT)) {
            return "PAST_REF";
        }
        return text.matches("(?i)(?:the\\s+)?(?:coming|upcoming)\\s+" + PLURAL_UNIT) ? "FUTURE_REF" : value;
    }

    /** The TimeML value of the ISO week holding {@code day} ({@code 2019-W26}). */
    static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * "this weekend" in a past clause written on a weekday is the weekend just past ("a ceremony was held this weekend",
     * written on a Monday).
     */
    static String thisWeekendPast(String text, String value, LocalDate dct, TimeExpressionExtractor.Tense tense) {
        if (dct == null || tense != TimeExpressionExtractor.Tense.PAST || !text.matches("(?i)this\\s+weekend")
                || dct.getDayOfWeek().getValue() >= 6) {
            return value;
        }
        LocalDate before = dct.minusWeeks(1);
        return isoWeek(before) + "-WE";
    }

    /**
     * "a year ago", "two months ago", or "a year earlier" with no date before it to count from, which an annotator may
     * leave unresolved ({@code XXXX}): counted back from the creation date, to the precision of the unit ("three weeks
     * ago" is an ISO week, "a year ago" a year).
     */
    static String backFromCreationDate(String text, String value, LocalDate dct) {
        if (dct == null || !value.startsWith("X")) {
            return value;
        }
        String t = text.trim();
        Matcher a = COUNTED_AGO.matcher(t);
        if (a.matches()) {
            String count = a.group(1).toLowerCase(Locale.ROOT);
            int n = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Integer.parseInt(count);
            return switch (a.group(2).toLowerCase(Locale.ROOT)) {
                case "day" -> dct.minusDays(n).toString();
                case "week" -> isoWeek(dct.minusWeeks(n));
                case "month" -> dct.minusMonths(n).toString().substring(0, 7);
                case "decade" -> Integer.toString(dct.getYear() - 10 * n).substring(0, 3);
                default -> Integer.toString(dct.getYear() - n);
            };
        }
        Matcher o = OFFSET.matcher(t);
        if (o.matches() && o.group(3).matches("(?i)earlier|before")) {
            String v = fromAnchor(t, new TimexValue(dct.getYear(), dct.getMonthValue(), dct.getDayOfMonth()));
            return v == null ? value : v;
        }
        return value;
    }

    static String agoPrecision(String text, String value) {
        if (VAGUE_AGO.matcher(text.trim()).matches()) {
            // "several years ago", "a few weeks ago": no count to subtract, so a past reference, not a day
            return "PAST_REF";
        }
        Matcher m = AGO_UNIT.matcher(text.trim());
        TimexValue v = TimexValue.parse(value);
        if (!m.matches() || v == null || v.day() == 0) {
            return value;
        }
        LocalDate d = v.first();
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "year" -> String.format("%04d", d.getYear());
            case "month" -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case "decade" -> String.format("%03d", d.getYear() / 10);
            case "century", "centurie" -> String.format("%02d", d.getYear() / 100);
            default -> value;
        };
    }

    /**
     * An annotator value joining a date and a duration ({@code 2013-03-17-WXX-7 INTERSECT PTXH} for "the early hours of
     * Sunday") is no TimeML value: the date part stays, at day precision, or its ISO week for a week ("the week of April
     * 8", {@code 2013-04-08 INTERSECT P1W}).
     */
    static String withoutIntersection(String value) {
        if (!value.contains(" INTERSECT ")) {
            return value;
        }
        Matcher day = Pattern.compile("\\d{4}-\\d\\d-\\d\\d").matcher(value);
        if (day.find() && value.matches(".*\\bINTERSECT P1W$")) {
            // "the week of April 8": the ISO week holding the day
            LocalDate d = LocalDate.parse(day.group());
            return isoWeek(d);
        }
        return day.find(0) ? day.group() : value.substring(0, value.indexOf(' '));
    }

    /**
     * "the past month", "over the past year": the one unit up to now, a DURATION ({@code P1M}), where an annotator may
     * give the month before; null for other words ("last month" and "the previous year" are dates, and "the past decade"
     * is left as found: MEANTIME reads it once as the 2000s, once as ten years).
     */
    /**
     * "the last couple of weeks", "the past few days" read as a range of dates ({@code 2020-08-04/2020-08-18}, SUTime's):
     * TimeML writes the length ({@code P2W}, {@code PXD}); null for anything else.
     */
    static String fewUnits(String text, String value) {
        Matcher couple = FEW_UNITS.matcher(text.trim());
        if (!couple.matches() || !value.contains("/")) {
            return null;
        }
        return duration(couple.group(1).matches("(?i)couple\\s+of") ? "2" : "X", couple.group(2));
    }

    /** "the 1800s", "the early 1700s": a century ({@code 18}), not the decade its digits would make. */
    static String hundreds(String text, String value) {
        Matcher m = HUNDREDS.matcher(text.trim());
        return m.matches() ? m.group(1) : value;
    }

    static String thePastUnit(String text) {
        Matcher m = THE_PAST_UNIT.matcher(text.trim());
        return m.matches() ? "P1" + Character.toUpperCase(m.group(1).charAt(0)) : null;
    }

    /** "the last year", "the previous month": the unit before the creation date's, where the annotator gave its own. */
    static String previousUnit(String text, String value, LocalDate dct) {
        Matcher m = PREVIOUS_UNIT.matcher(text.trim());
        if (dct == null || !m.matches()) {
            return value;
        }
        String unit = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        if (unit.equals("year") && value.equals(Integer.toString(dct.getYear()))) {
            return Integer.toString(dct.getYear() - 1);
        }
        if (unit.equals("month") && value.equals(String.format("%04d-%02d", dct.getYear(), dct.getMonthValue()))) {
            LocalDate d = dct.minusMonths(1);
            return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
        }
        return value;
    }

    /** "the fourth quarter of 2009", "the last quarter", "fiscal 2009". */
    static String quarterOrFiscal(String text, String value, LocalDate dct, TimeExpressionExtractor.Tense tense) {
        Matcher f = FISCAL.matcher(text);
        if (f.find() && !text.toLowerCase(Locale.ROOT).contains("quarter")) {
            String y = f.group(1).replace("'", "");
            return "FY" + (y.length() == 4 ? y : century(Integer.parseInt(y), dct));
        }
        Matcher h = HALF.matcher(text);
        if (h.find() && dct != null && !text.toLowerCase(Locale.ROOT).contains("quarter")) {
            int half = h.group(1).toLowerCase(Locale.ROOT).startsWith("f") || h.group(1).startsWith("1") ? 1 : 2;
            return partOfYear(h.group(2), h.group(3), half, (dct.getMonthValue() - 1) / 6 + 1, dct, tense) + "-H" + half;
        }
        Matcher q = QUARTER.matcher(text);
        if (!q.find() || dct == null) {
            return value;
        }
        String ordinal = q.group(1).toLowerCase(Locale.ROOT);
        int dctQuarter = (dct.getMonthValue() - 1) / 3 + 1;
        if (ordinal.equals("last") && q.group(2) == null && q.group(3) == null) {
            return dctQuarter == 1 ? (dct.getYear() - 1) + "-Q4" : dct.getYear() + "-Q" + (dctQuarter - 1);
        }
        int quarter = switch (ordinal) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        return partOfYear(q.group(2), q.group(3), quarter, dctQuarter, dct, tense) + "-Q" + quarter;
    }

    /**
     * The year of a quarter or half: the one written ({@code year}), or this, last or next year ({@code relative}), or
     * without either the creation date's year, the year before in a past clause when the part has not begun yet.
     */
    private static int partOfYear(String year, String relative, int part, int dctPart, LocalDate dct,
            TimeExpressionExtractor.Tense tense) {
        if (year != null) {
            return Integer.parseInt(year);
        }
        if (relative != null) {
            String rel = relative.toLowerCase(Locale.ROOT);
            return dct.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
        }
        return tense == TimeExpressionExtractor.Tense.PAST && part > dctPart ? dct.getYear() - 1 : dct.getYear();
    }

    /** "the 1970s", "the '80s", "70s": the decade in TimeML's three digits, the most recent one when the century is left out. */
    static String decade(String text, LocalDate dct) {
        Matcher m = DECADE.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        int digit = Integer.parseInt(m.group(2));
        if (m.group(1) != null) {
            return m.group(1) + digit;
        }
        int year = dct == null ? 2000 : dct.getYear();
        int century = year / 100;
        if (century * 100 + digit * 10 > year) {
            century--;
        }
        return century + "" + digit;
    }

    /** "today" is the creation date where the annotator gave no date ({@code THIS P1D}). */
    static String today(String text, String value, LocalDate dct) {
        return dct != null && text.trim().equalsIgnoreCase("today") && TimexValue.parse(value) == null ? dct.toString() : value;
    }

    /** "'11" as the year nearest the creation date. */
    static String twoDigitYear(String text, String value, LocalDate dct) {
        Matcher m = TWO_DIGIT_YEAR.matcher(text);
        if (!m.find() || dct == null || !value.matches("\\d{4}.*")) {
            return value;
        }
        return century(Integer.parseInt(m.group(1)), dct) + value.substring(4);
    }

    /**
     * An offset from the date just mentioned ("three days later", "the next day", "the same day"), counted from
     * {@code anchor} (a full date) rather than the creation date; null when the text is not such an offset.
     */
    static String fromAnchor(String text, TimexValue anchor) {
        String t = text.trim();
        Matcher o = OFFSET.matcher(t);
        Matcher n = NEXT_UNIT.matcher(t);
        Matcher s = SAME_UNIT.matcher(t);
        int amount;
        String unit;
        if (o.matches()) {
            String count = o.group(1).toLowerCase(Locale.ROOT);
            amount = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Integer.parseInt(count);
            String direction = o.group(3).toLowerCase(Locale.ROOT);
            amount = direction.matches("earlier|before|prior") ? -amount : amount;
            unit = o.group(2).toLowerCase(Locale.ROOT);
        } else if (n.matches()) {
            String direction = (n.group(1) != null ? n.group(1) : n.group(4)).toLowerCase(Locale.ROOT);
            amount = direction.matches("previous|preceding|before|prior|earlier") ? -1 : 1;
            unit = (n.group(2) != null ? n.group(2) : n.group(3)).toLowerCase(Locale.ROOT);
        } else if (s.matches()) {
            amount = 0;
            unit = (s.group(1) != null ? s.group(1) : s.group(2)).toLowerCase(Locale.ROOT);
        } else if (THAT_MONTH.matcher(t).matches()) {
            Matcher name = MONTH_NAME.matcher(t);
            return name.find() ? String.format("%04d-%02d", anchor.year(), monthNumber(name.group(1))) : null;
        } else {
            return null;
        }
        LocalDate d = anchor.first();
        return switch (unit) {
            case "day" -> anchor.day() == 0 ? null : d.plusDays(amount).toString();
            case "week" -> anchor.day() == 0 ? null : d.plusWeeks(amount).toString();
            case "month" -> anchor.month() == 0 ? null : d.plusMonths(amount).toString().substring(0, 7);
            case "decade" -> Integer.toString(d.getYear() + 10 * amount);
            default -> Integer.toString(d.getYear() + amount);
        };
    }

    /**
     * "4.6 billion years", "1.5 million years old": a count too large for the annotators' integers (SUTime writes
     * {@code P2147483647Y}), written out in full.
     */
    static String largeDuration(String text, String type, String value) {
        if (!type.equals("DURATION")) {
            return value;
        }
        Matcher m = LARGE_COUNT.matcher(text);
        if (!m.find()) {
            return value;
        }
        long times = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "thousand" -> 1_000L;
            case "million" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
        String count = new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(times))
                .stripTrailingZeros().toPlainString();
        return "P" + count + m.group(3).substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /**
     * A counted duration keeps the unit its words give ("the twenty four hours" is {@code PT24H}, not the {@code P1D} an
     * annotator may reduce it to).
     */
    static String writtenDuration(String text, String type, String value) {
        Matcher d = COUNTED_UNIT.matcher(text.trim());
        if (!type.equals("DURATION") || !value.startsWith("P") || !d.matches()) {
            return value;
        }
        String count = count(d.group(1));
        if (count == null) {
            return value;
        }
        return duration(count, d.group(2));
    }

    /**
     * The TimeML value of {@code count} units ({@code "2"}, {@code "X"} for an uncounted number): {@code P2W},
     * {@code PT2H}, {@code PXDE}. {@code unit} is a singular unit word: second, minute, hour, day, week, month, year,
     * decade.
     */
    static String duration(String count, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        String letter = u.equals("minute") ? "M" : u.equals("decade") ? "DE" : u.substring(0, 1).toUpperCase(Locale.ROOT);
        return "P" + (u.matches("hour|minute|second") ? "T" : "") + count + letter;
    }

    /** "a", "an", "one" to "twelve" or digits, as a number. */
    static int smallCount(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return NUMBERS.containsKey(w) ? NUMBERS.get(w) : Integer.parseInt(w);
    }

    /** A count in digits or in words up to ninety-nine ("twenty four", "twenty-four", "an"), or null. */
    static String count(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.matches("\\d+(?:\\.\\d+)?")) {
            return w;
        }
        int total = 0;
        for (String part : w.split("[\\s-]+")) {
            Integer n = NUMBERS.containsKey(part) ? NUMBERS.get(part) : TENS.get(part);
            if (n == null || total % 10 != 0 || total >= 100) {
                return null;
            }
            total += n;
        }
        return Integer.toString(total);
    }

    /** True when the words name a day (a weekday, a month, a written date, "today", "this morning"), not only a clock time. */
    static boolean namesADay(String text) {
        return WEEKDAY.matcher(text).find() || MONTH_NAME.matcher(text).find() || DAY_WORDS.matcher(text).find();
    }

    /** A date whose words name no time of day keeps no time in its value ("June 1st" read together with a clock time). */
    static String dateOnly(String text, String type, String value) {
        int t = value.indexOf('T');
        if (!type.equals("DATE") || t != 10 || !value.matches("\\d{4}-\\d\\d-\\d\\dT\\d.*") || CLOCK_WORDS.matcher(text).find()) {
            return value;
        }
        return value.substring(0, t);
    }

    /**
     * "the last week of March": the ISO week holding most of that week of the month (the week of the month's 4th day for
     * the first week, of its fourth-last day for the last). The year is the one written, else the month's by tense.
     */
    static String weekOfMonth(String text, String value, LocalDate dct, TimeExpressionExtractor.Tense tense) {
        Matcher w = WEEK_OF_MONTH.matcher(text.trim());
        if (!w.matches() || dct == null && w.group(3) == null) {
            return value;
        }
        Matcher name = MONTH_NAME.matcher(w.group(2));
        int month = name.find() ? monthNumber(name.group(1)) : 0;
        if (month == 0) {
            return value;
        }
        int year;
        if (w.group(3) != null) {
            year = Integer.parseInt(w.group(3));
        } else {
            year = TimeExpressionExtractor.shiftByTense(new TimexValue(dct.getYear(), month, 0), dct, tense).year();
        }
        YearMonth ym = YearMonth.of(year, month);
        String ordinal = w.group(1).toLowerCase(Locale.ROOT);
        LocalDate day = switch (ordinal) {
            case "last", "final" -> ym.atEndOfMonth().minusDays(3);
            case "second" -> ym.atDay(11);
            case "third" -> ym.atDay(18);
            case "fourth" -> ym.atDay(25);
            default -> ym.atDay(4);
        };
        return isoWeek(day);
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The unit of an offset from another date ("day" for "three days later", "the day"), or null when it is none. */
    static String offsetUnit(String text) {
        String t = text.trim();
        Matcher o = OFFSET.matcher(t);
        if (o.matches()) {
            return o.group(2).toLowerCase(Locale.ROOT);
        }
        Matcher n = NEXT_UNIT.matcher(t);
        if (n.matches()) {
            return (n.group(2) != null ? n.group(2) : n.group(3)).toLowerCase(Locale.ROOT);
        }
        Matcher s = SAME_UNIT.matcher(t);
        if (s.matches()) {
            return (s.group(1) != null ? s.group(1) : s.group(2)).toLowerCase(Locale.ROOT);
        }
        return THAT_MONTH.matcher(t).matches() ? "year" : null;
    }

    /** True when {@code text} is an offset from another date that {@link #fromAnchor} reads ("the next day"). */
    static boolean isOffset(String text) {
        return offsetUnit(text) != null;
    }

    /** The creation date's day, ISO week, month, quarter or year: what "a third straight week" is the last of. */
    static String currentUnit(String unit, LocalDate dct) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> dct.toString();
            case "week" -> isoWeek(dct);
            case "month" -> dct.toString().substring(0, 7);
            case "quarter" -> dct.getYear() + "-Q" + ((dct.getMonthValue() - 1) / 3 + 1);
            default -> Integer.toString(dct.getYear());
        };
    }

    /** A month (and day) written without a year, for a range's side whose value the annotator garbled. */
    static String yearlessMonth(String text) {
        Matcher m = MONTH_NAME.matcher(text);
        if (!m.find() || EXPLICIT_YEAR.matcher(text).find()) {
            return null;
        }
        Matcher day = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b").matcher(text);
        String month = String.format("XXXX-%02d", monthNumber(m.group(1)));
        return day.find() && Integer.parseInt(day.group(1)) <= 31 ? month + String.format("-%02d", Integer.parseInt(day.group(1))) : month;
    }

    private static int century(int twoDigits, LocalDate dct) {
        int year = dct == null ? 2000 : dct.getYear();
        int best = 1900 + twoDigits;
        for (int c = 1900; c <= 2100; c += 100) {
            if (Math.abs(c + twoDigits - year) < Math.abs(best - year)) {
                best = c + twoDigits;
            }
        }
        return best;
    }

    static String timeSuffix(String value) {
        int t = value.indexOf('T');
        return t > 0 ? value.substring(t) : "";
    }
}
