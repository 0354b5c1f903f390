package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.nlp.Token;

/**
 * Recurring times as TimeML SETs: frequency words ("annual", "weekly"), "every Monday", "each quarter", and rates ("3
 * percent a year", "twice a day"), where the annotator read a DATE or DURATION or nothing.
 */
final class TimexSetRules {

    private static final Pattern COUNT_OF_TIMES = Pattern.compile("(?i)(?<![\\w-])(?:once|twice|thrice|(?:\\d+|two|three|four"
            + "|five|six|seven|eight|nine|ten|several|many)\\s+times)\\s+$");
    private static final Pattern FREQUENCY = Pattern.compile("(?i)\\b(annual|annually|yearly|weekly|daily|monthly|quarterly)\\b");
    private static final Pattern PUBLICATION_AFTER = Pattern.compile("\\s+(?:(?:news)?papers?|tabloids?|magazines?|broadsheets?)\\b");
    private static final Pattern NATIONALITY_BEFORE = Pattern.compile("\\b(?!(?:The|An|This|That|These|Its|His|Her|Their|Our|Your|My|Every|Each)\\b)"
            + "\\p{Lu}\\p{L}{2,}\\s+$");
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}");
    private static final Pattern EVERY = Pattern.compile("(?i)(?<![\\w-])(?:every|each)\\s+$");
    private static final Pattern EVERY_UNIT = Pattern.compile("(?i)\\b(?:every|each)\\s+(?:(other|two|three|four|five|six|ten)\\s+)?"
            + "(day|week|month|quarter|year|morning|afternoon|evening|night)s?\\b");
    private static final Pattern WEEKDAY_NAME = Pattern.compile("(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?");
    private static final Pattern RATE_UNIT = Pattern.compile("(?i)(?:a|an|per)\\s+(?:hour|day|week|month|year)");

    private TimexSetRules() {
    }

    /**
     * "every Monday", "each March": a recurring day or month is a SET with "every" in its extent ({@code XXXX-WXX-1},
     * {@code XXXX-03}), where the annotator read only the day or month as a DATE; "every two hours" a SET of the
     * duration's value ({@code PT2H}), where it read only the duration.
     */
    static TimexMention recurring(TimexMention m, String text) {
        Matcher every = EVERY.matcher(text.substring(Math.max(0, m.start() - 8), m.start()));
        if (!every.find()) {
            return m;
        }
        int start = m.start() - (every.end() - every.start());
        if (m.type().equals("DURATION") && m.value().startsWith("P")) {
            // "every two hours": the length of the period is the set's value
            return new TimexMention(start, m.end(), "SET", m.value());
        }
        if (!m.type().equals("DATE")) {
            return m;
        }
        String s = text.substring(m.start(), m.end());
        Matcher day = WEEKDAY_NAME.matcher(s);
        if (day.matches()) {
            int n = java.util.List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
                    .indexOf(day.group(1).toLowerCase(Locale.ROOT)) + 1;
            return new TimexMention(start, m.end(), "SET", "XXXX-WXX-" + n);
        }
        String month = TimexValueRules.yearlessMonth(s);
        if (month != null && month.length() == 7 && s.matches("(?i)[a-z]+\\.?")) {
            return new TimexMention(start, m.end(), "SET", month);
        }
        return m;
    }

    /**
     * "3 percent a year", "twice a day", "$5 per week": a unit after an amount or a count of times is a rate, a SET, not
     * a DURATION ("it lasted a year" stays one).
     */
    static TimexMention rate(TimexMention m, String text, List<Token> tokens) {
        String s = text.substring(m.start(), m.end());
        Token per = TimexSpanRules.tokenBefore(tokens, m.start());
        if (m.type().equals("DURATION") && s.matches("(?i)hour|day|week|month|year") && per != null
                && per.text().equalsIgnoreCase("per")) {
            // "23 hours per day": the annotator found the unit; "per" makes it the rate
            m = m.withSpan(per.start(), m.end());
            s = text.substring(m.start(), m.end());
        }
        if (!m.type().equals("DURATION") || !RATE_UNIT.matcher(s).matches()) {
            return m;
        }
        Token before = TimexSpanRules.tokenBefore(tokens, m.start());
        boolean amount = s.toLowerCase(Locale.ROOT).startsWith("per") || before != null && (before.text().matches("(?i)percent|%|times"
                + "|twice|once|thrice") || before.pos() != null && before.pos().matches("CD|NNS"));
        if (!amount) {
            return m;
        }
        // a count of times is part of the SET's extent, as TimeML writes "twice a week" (an amount is not: "3 percent")
        Matcher times = COUNT_OF_TIMES.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
        int start = times.find() ? m.start() - (times.end() - times.start()) : m.start();
        return new TimexMention(start, m.end(), "SET", m.value());
    }

    /** Frequency adjectives and adverbs ("annual", "weekly") as SET expressions, where nothing else was found. */
    static List<TimexMention> frequencies(String text, List<TimexMention> found) {
        List<TimexMention> out = new ArrayList<>();
        Matcher e = EVERY_UNIT.matcher(text);
        while (e.find()) {
            if (TimexSpanRules.overlapsAny(found, e.start(), e.end())) {
                continue;
            }
            String n = e.group(1) == null ? "1" : switch (e.group(1).toLowerCase(Locale.ROOT)) {
                case "other", "two" -> "2";
                case "three" -> "3";
                case "four" -> "4";
                case "five" -> "5";
                case "six" -> "6";
                default -> "10";
            };
            String unit = e.group(2).toLowerCase(Locale.ROOT);
            String value = switch (unit) {
                case "quarter" -> "P" + (3 * Integer.parseInt(n)) + "M";
                // "every night": the part of day on any day
                case "morning", "afternoon", "evening", "night" -> "XXXX-XX-XXT" + unit.substring(0, 2).toUpperCase(Locale.ROOT);
                default -> "P" + n + unit.substring(0, 1).toUpperCase(Locale.ROOT);
            };
            // "each quarter", "every other year": a SET the annotator missed
            out.add(new TimexMention(e.start(), e.end(), "SET", value));
        }
        Matcher m = FREQUENCY.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            boolean sentenceStart = m.start() == 0 || text.substring(Math.max(0, m.start() - 3), m.start()).matches(".*[.\\n\"“]\\s*");
            if (Character.isUpperCase(word.charAt(0)) && !sentenceStart || TimexSpanRules.overlapsAny(found, m.start(), m.end())
                    || namesAPublication(text, m.start(), m.end())) {
                continue;
            }
            out.add(new TimexMention(m.start(), m.end(), "SET", period(word)));
        }
        return out;
    }

    /**
     * True when "daily", "weekly" or "monthly" at {@code [start, end)} names a publication: before "newspaper" or
     * "magazine" ("daily newspaper Magyar Nemzet"), or between a capitalised word and a name ("Greek daily Kathimerini",
     * "German weekly Der Spiegel"); not "a daily Aspirin" or "the annual Worldwide Developers Conference".
     */
    static boolean namesAPublication(String text, int start, int end) {
        if (!text.substring(start, end).matches("(?i)daily|weekly|monthly")) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + 40));
        return PUBLICATION_AFTER.matcher(after).lookingAt() || NAME_AFTER.matcher(after).lookingAt()
                && NATIONALITY_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    /** A frequency word the annotator found with a value that is no period ("annually" as {@code XXXX}): its period. */
    static String frequencyValue(String text, String type, String value) {
        return type.equals("SET") && FREQUENCY.matcher(text).matches() && !value.startsWith("P") ? period(text) : value;
    }

    private static String period(String frequencyWord) {
        return switch (frequencyWord.toLowerCase(Locale.ROOT)) {
            case "annual", "annually", "yearly" -> "P1Y";
            case "weekly" -> "P1W";
            case "daily" -> "P1D";
            case "monthly" -> "P1M";
            default -> "P3M";
        };
    }
}
