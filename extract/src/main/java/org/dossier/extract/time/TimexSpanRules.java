package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.nlp.Token;

/**
 * Span-level rules for time expressions, following TimeML's extent conventions: trim what is not part of the
 * expression, drop readings that are not times (the verb "fall", the modal "may", scores such as "52-35"), join the
 * pieces of one expression, split ranges into their two dates, and add the frequency adjectives annotators miss.
 */
final class TimexSpanRules {

    private static final Set<String> TIME_ZONES = Set.of("UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
            "BST", "CET", "CEST", "JST", "IST", "AEST", "AEDT", "ET", "CT", "MT", "PT", "AKST", "AKDT", "HST", "AST", "ADT", "NST",
            "NDT", "WET", "WEST", "EET", "EEST", "MSK", "GST", "PKT", "ICT", "WIB", "SGT", "HKT", "PHT", "KST", "AWST", "ACST",
            "ACDT", "NZST", "NZDT", "EAT", "CAT", "WAT", "SAST", "BRT", "ART");
    private static final Set<String> SEASON_CUES = Set.of("the", "this", "last", "next", "in", "early", "late", "during",
            "until", "since", "by", "of", "that", "past", "coming", "mid", "same");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:\\b[A-Za-z]\\.|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)$");
    private static final Pattern DATE_AT_TIME = Pattern.compile("(?i)(.*?(?:\\d|day|tomorrow|yesterday|today))\\s+at\\s+(\\d.*)");
    private static final Pattern PART_BEFORE_OF = Pattern.compile("(?i)\\b(?:half|quarter)$");
    private static final Pattern OF_THE_YEAR = Pattern.compile("(?i)\\s+of\\s+(?:(?:the|this|last|next)\\s+year|(?:1[89]|20)\\d\\d)\\b");
    private static final Pattern PART_OF_CENTURY = Pattern.compile("(?i)(?<![\\w-])(?:(?:about|around|almost|nearly|more\\s+than"
            + "|over)\\s+)?(?:(?:a\\s+)?(?:(quarter)|half)[\\s-]century|half\\s+a\\s+century)\\b");
    private static final Pattern ADJECTIVAL_DURATION = Pattern.compile("(?i)(?:the|an?)\\s+((?:\\d+(?:\\.\\d+)?|two|three|four|five"
            + "|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[\\s-](?:second|minute|hour|day|week"
            + "|month|year|decade))(?:\\s+[a-z]+)?");
    private static final Pattern DOTTED_CLOCK = Pattern.compile("(?i)(?<![\\w.])(\\d{1,2})\\.([0-5]\\d)\\s?([ap]\\.?m\\.?)(?!\\w)");
    private static final Pattern THIS_DAY_A_YEAR_AGO = Pattern.compile("(?i)(?<![\\w-])this\\s+day\\s+(?:last\\s+year"
            + "|(?:one|a)\\s+year\\s+ago)\\b");
    private static final Pattern UNIT_INTERVALS = Pattern.compile("(?i)(?<![\\w-])(?:(\\d{1,3}|one|two|three|four|five|six|ten"
            + "|fifteen|twenty|thirty)[\\s-])?(second|minute|hour|day|week|month|year)\\s+intervals\\b");
    private static final Pattern ALTERNATE_UNITS = Pattern.compile("(?i)(?<![\\w-])alternate\\s+(day|week|month|year)s\\b");
    private static final Pattern NAME_WORD_AFTER = Pattern.compile("\\s+(?:Olympic|Olympics|Games|Paralympics|Paralympic"
            + "|Universiade|Festival|Session|Palace|Classic|Cup|School|Camp|Program|Programme|Series)\\b");
    private static final Pattern MARKED_RACE_TIME = Pattern.compile("(?<![\\w'])(?:(\\d{1,2})h\\s*)?(\\d{1,2})'\\s*(\\d{1,2})(?:\"|''|')?(?![\\w'])");
    private static final Pattern RACE_CUE_BEFORE = Pattern.compile("(?i)\\b(?:time|times|lead|by|behind|ahead|gap|margin|in|of)\\s+$");
    private static final Pattern JUST_BEFORE = Pattern.compile("(?i)(?<![\\w-])just\\s$");
    private static final Pattern SLASH_FISCAL_YEAR = Pattern.compile("(?i)(?<![\\w-])(?:the\\s+)?((?:19|20)\\d\\d)/\\d\\d\\s+"
            + "(?:fiscal|financial)\\s+year\\b");
    private static final Pattern UNIT_LONG = Pattern.compile("(?i)(?<![\\w-])(?:(\\d{1,3}|an?|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|twelve|several|few|many)-)?(minute|hour|day|week|month|year|decade)s?-long\\b");
    private static final Pattern OF_AGE = Pattern.compile("\\s+of\\s+age\\b");
    private static final Pattern HYPHEN_WORD_AFTER = Pattern.compile("-\\p{Ll}");
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?i)(?:\\bNo\\.?|#|\\bnumber)\\s*$|\\d/$");
    private static final Pattern SPEED_BEFORE = Pattern.compile("(?i)\\b(?:miles|kilometres|kilometers|km|metres|meters"
            + "|feet|knots)\\s+(?:(?:per|an?)\\s+)?$");
    private static final Pattern SCORE = Pattern.compile("^\\d{1,3}\\s*[-–]\\s*\\d{1,3}$");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\s*[-–]\\s*(1[89]\\d\\d|20\\d\\d|\\d\\d)\\b");
    private static final Pattern RANGE_JOIN = Pattern.compile("(?i)\\s*(?:\\bto\\b|\\band\\b|\\bthrough\\b|\\buntil\\b|\\btill\\b|[-–])\\s*");
    private static final Pattern CLOCK_WITH_ZONE = Pattern.compile("(?<![\\w:.,/-])([01]\\d|2[0-3])([0-5]\\d)(?:\\s+hours)?\\s+("
            + String.join("|", TIME_ZONES) + "|Z)\\b");
    private static final Pattern DURATION_THEN_DATE = Pattern.compile("(?i)^(.*?\\b(?:second|minute|hour|day|week|month|year"
            + "|decade|centur(?:y|ie))s?)\\s*,?\\s+(?:(?:on|in|at|during)\\s+)?((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|yesterday|today|tomorrow|tonight|this|last|next|that|(?:1[89]|20)\\d\\d)\\b.*)$");
    private static final Pattern INTERSECT_VALUES = Pattern.compile("^(?:\\(?(?:[A-Z]+,)*(P[^ ,)]+)\\)? INTERSECT (\\d{4}[^ ]*)"
            + "|(\\d{4}[^ ]*) INTERSECT \\(?(?:[A-Z]+,)*(P[^ ,)]+)\\)?)$");
    private static final Pattern HALF_UNITS = Pattern.compile("(?i)\\b(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
            + "(?:(?:\\s+1/2|\\s*½|\\s+and\\s+a\\s+half)\\s+(hour|day|week|month|year|decade)s?\\b"
            + "|\\s+(hour|day|week|month|year|decade)s?\\s+and\\s+a\\s+half\\b)");
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)morning|afternoon|evening|night|spring|summer|autumn|fall|winter");
    private static final Pattern PART_OF_PERIOD = Pattern.compile("(?i)(?<![\\w-])(?:the\\s+)?(?:early|mid|late|middle)(?:\\s+|-)$"
            + "|(?<![\\w-])the\\s+$");
    private static final Pattern YEAR_OR_DECADE = Pattern.compile("(?:1[89]|20)\\d0'?s|'\\d0s|(?:1[89]|20)\\d\\d");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?i)(?<![\\w-])(?:the\\s+)?(?:early|mid|late|middle)(?:\\s+|-)"
            + "((?:1[89]|20)\\d(?:\\d|0s))\\b");
    private static final Pattern TIMEML_VALUE = Pattern.compile("(?s)[0-9XPT].*|(?:PRESENT|PAST|FUTURE)_REF|FY.*");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?i)^(?:(?:in|on|at(?!\\s+(?:least|most)\\b)|during|for|from|since|within"
            + "|throughout|by|until|till)\\s+|over\\s+(?=(?:the|this|that|these|those|its|his|her|their|our|next|last|past"
            + "|recent)\\b))");
    private static final Pattern MODIFIER_ON = Pattern.compile("(?i)^(?:early|late)\\s+(?:on|in|at)\\s+");
    private static final Pattern APPROXIMATELY = Pattern.compile("(?i)(?<![\\w-])(?:about|around|roughly|approximately|nearly|almost"
            + "|((?:more|less|fewer)\\s+than|at\\s+least|at\\s+most|(?:just\\s+)?(?:over|under|up\\s+to)|some"
            + "|an?\\s+(?:maximum|minimum)\\s+of))\\s+$");
    private static final Pattern COUNTED = Pattern.compile("(?i)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|fifteen|twenty|thirty|forty|fifty|a\\s+few|several|\\d[\\d,.]*)(?:\\s+|-)(?:[a-z-]+\\s+)?(?:second|minute"
            + "|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?\\b.*");
    private static final Pattern FRACTION_AFTER = Pattern.compile("(?i)^\\s+(?:as\\b|of\\s+(?!an?\\s+(?:hour|century)\\b)"
            + "|(?:hundred|thousand|million|billion|trillion)\\b)");
    private static final Pattern TRAILING_BEFORE_AFTER = Pattern.compile("(?i)\\s+(?:before|after)$");
    private static final Pattern SPELLED_ZONE = Pattern.compile("(?<=\\d|[ap]\\.m\\.|[ap]m)\\s+(?:[A-Z][a-z]+\\s+){1,2}Time$");
    private static final Pattern DURATION_PART = Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?|an?|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve)\\s+(day|hour|minute|second)s?");
    private static final List<String> DURATION_UNITS = List.of("day", "hour", "minute", "second");
    private static final Pattern PART_JOIN = Pattern.compile("\\s+|\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern COUNTED_UNITS = Pattern.compile("(?i)(?:\\bthe\\s+(?:past|last|next|previous|coming|following)"
            + "\\s+)?\\b(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\\s+"
            + "(?:(?:straight|consecutive|successive|trading|business|working)\\s+)+(day|week|month|year)s\\b");
    private static final Pattern ORDINAL_RUN = Pattern.compile("(?i)\\b(?:(?:a|the)\\s+)?(?:second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:(straight|consecutive|successive)\\s+)?(?:trading\\s+)?"
            + "(day|week|month|quarter|year)\\b(\\s+in\\s+a\\s+row\\b)?");

    private TimexSpanRules() {
    }

    /** Drops trailing punctuation (keeping abbreviation points such as {@code p.m.}) and a leading verb ("end the day"). */
    static TimexMention trim(TimexMention m, String text, List<Token> tokens) {
        int start = m.start();
        int end = m.end();
        while (start < end && (",;:!?".indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
            start++; // ", 1885 aftershocks": the comma before a number is no part of it
        }
        while (end > start && ",;:!?".indexOf(text.charAt(end - 1)) >= 0
                || end > start && text.charAt(end - 1) == '.' && !ABBREVIATION_END.matcher(text.substring(start, end)).find()) {
            end--;
        }
        Token first = tokenAt(tokens, start);
        if (first != null && first.pos() != null && first.pos().startsWith("VB") && first.end() < end) {
            start = first.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        Matcher preposition = LEADING_PREPOSITION.matcher(text.substring(start, end));
        if (preposition.find() && start + preposition.end() < end) {
            // "in August", "over the next four years": a preposition is not part of a TimeML extent ("over 65 years", a
            // comparison before a count, stays)
            start += preposition.end();
        }
        Matcher modifierOn = MODIFIER_ON.matcher(text.substring(start, end));
        if (modifierOn.find() && start + modifierOn.end() < end) {
            // "late on Sunday": TimeML extents hold no prepositions, so the modifier before one stays out too
            start += modifierOn.end();
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Matcher prepositionAfter = TRAILING_BEFORE_AFTER.matcher(text.substring(start, end));
        Token next = tokenAfterEnd(tokens, end);
        if (prepositionAfter.find() && prepositionAfter.start() > 0 && next != null && next.pos() != null
                && next.pos().matches("DT|PRP\\$|NNP?S?|CD|JJ|POS")) {
            // "on Wednesday before his death": "before" opens a phrase of its own, so it is a preposition, not an offset
            end = start + prepositionAfter.start();
        }
        Matcher zone = SPELLED_ZONE.matcher(text.substring(start, end));
        if (zone.find() && zone.start() > 0) {
            // "10 a.m. Central European Time": TimeML leaves a zone spelled out in words outside the extent
            end = start + zone.start();
        }
        return end > start ? m.withSpan(start, end) : null;
    }

    /**
     * TimeML extents take the determiner of a bare part of day or season ("in the morning", "that night", "in the
     * summer") and the modifiers of
     * approximation and comparison ("roughly two months", "around August 2019", "over 65 years"); comparisons ("over",
     * "under", "more than") only before a count, where they are not prepositions.
     */
    static TimexMention withModifiers(TimexMention m, String text, List<Token> tokens) {
        String s = text.substring(m.start(), m.end());
        Token before = tokenBefore(tokens, m.start());
        if (PART_OF_DAY.matcher(s).matches() && before != null && before.text().matches("(?i)the|that|this")
                && text.substring(before.end(), m.start()).isBlank()) {
            return m.withSpan(before.start(), m.end());
        }
        if (m.type().equals("TIME") && s.matches("\\d.*")) {
            // "around 14:00", "about 5 p.m.": an approximation before a clock time is in the extent, a comparison is not
            Matcher a = APPROXIMATELY.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
            return a.find() && a.group(1) == null ? m.withSpan(m.start() - (a.end() - a.start()), m.end()) : m;
        }
        if (!m.type().equals("DURATION") && !m.type().equals("DATE")) {
            return m;
        }
        Matcher part = PART_OF_PERIOD.matcher(text.substring(Math.max(0, m.start() - 16), m.start()));
        if (m.type().equals("DATE") && YEAR_OR_DECADE.matcher(s).matches() && part.find()
                && !(part.group().trim().equalsIgnoreCase("the") && s.matches("\\d{4}"))) {
            // "the early 1990s", "late 2017", "the mid-1980s", "the 1990s": the part of the period and a decade's article
            // are in the extent, not the article of a year used as a modifier ("the 2016 election")
            return m.withSpan(m.start() - (part.end() - part.start()), m.end());
        }
        if (JUST_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find()
                && (COUNTED.matcher(s).matches() || s.matches("(?i)(?:over|under|about|around|more|less|nearly|almost)\\s.*"))) {
            // "just two months", "just over twelve minutes": "just" belongs to the count
            m = m.withSpan(m.start() - 5, m.end());
            s = text.substring(m.start(), m.end());
        }
        Matcher a = APPROXIMATELY.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
        if (!a.find()) {
            return m;
        }
        if (a.group(1) != null && !COUNTED.matcher(s).matches()) {
            // comparisons ("over", "more than") only before a count: "less than the year previous" compares amounts
            return m;
        }
        return m.withSpan(m.start() - (a.end() - a.start()), m.end());
    }

    /**
     * "103 years of age": the age's words are in the extent. "the two-year term", "a seven hour flight": a counted unit in
     * the singular modifies the noun after it, so the
     * article and the noun belong to that noun's phrase; the extent is the duration alone ("two-year"), as TimeML writes
     * it. "the first year" and "the past two years" are left as they are.
     */
    static TimexMention adjectivalDuration(TimexMention m, String text) {
        if (!m.type().equals("DURATION")) {
            return m;
        }
        Matcher age = OF_AGE.matcher(text).region(m.end(), text.length());
        if (age.lookingAt() && text.substring(m.start(), m.end()).matches("(?i).*\\byears?")) {
            // "103 years of age": an age, in the extent as "23 years old" is
            return m.withSpan(m.start(), age.end());
        }
        Matcher a = ADJECTIVAL_DURATION.matcher(text.substring(m.start(), m.end()));
        return a.matches() ? m.withSpan(m.start() + a.start(1), m.start() + a.end(1)) : m;
    }

    private static boolean isPossessive(Token t) {
        return t != null && ("PRP$".equals(t.pos()) || t.text().matches("(?i)his|her|their|my|our|your|its"));
    }

    /**
     * "5h 34' 28\"", "2' 23'", "1' 37\"": a race time in hours, minutes (') and seconds (\" or ''), as cycling results
     * write it, where the annotators found nothing or a piece read as a year.
     */
    static List<TimexMention> raceTimesWithMarks(String text, List<TimexMention> found) {
        List<TimexMention> out = new ArrayList<>(found);
        Matcher m = MARKED_RACE_TIME.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (m.group(1) == null && !RACE_CUE_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
                // without hours, only after "by", "in a time of" and the like: "6' 2\"" alone may be a height
                continue;
            }
            out.removeIf(f -> f.start() < end && start < f.end());
            String value = "PT" + (m.group(1) == null ? "" : Integer.parseInt(m.group(1)) + "H") + Integer.parseInt(m.group(2)) + "M"
                    + Integer.parseInt(m.group(3)) + "S";
            out.add(new TimexMention(start, end, "DURATION", value));
        }
        out.sort(java.util.Comparator.comparingInt(TimexMention::start));
        return out;
    }

    /**
     * "this day last year", "this day one year ago": the same day a year before the creation date, one DATE; "at one
     * minute intervals", "on alternate days": a SET ({@code PT1M}, {@code P2D}). The expressions inside are dropped.
     */
    static List<TimexMention> sameDayAndIntervals(String text, List<TimexMention> found, java.time.LocalDate dct) {
        List<TimexMention> out = new ArrayList<>(found);
        Matcher d = THIS_DAY_A_YEAR_AGO.matcher(text);
        while (dct != null && d.find()) {
            replace(out, new TimexMention(d.start(), d.end(), "DATE", dct.minusYears(1).toString()));
        }
        Matcher i = UNIT_INTERVALS.matcher(text);
        while (i.find()) {
            String count = i.group(1) == null ? "1" : TimexValueRules.count(i.group(1));
            if (count != null) {
                replace(out, new TimexMention(i.start(), i.end(), "SET", TimexValueRules.duration(count, i.group(2))));
            }
        }
        Matcher a = ALTERNATE_UNITS.matcher(text);
        while (a.find()) {
            replace(out, new TimexMention(a.start(), a.end(), "SET", TimexValueRules.duration("2", a.group(1))));
        }
        out.sort(java.util.Comparator.comparingInt(TimexMention::start));
        return out;
    }

    private static void replace(List<TimexMention> out, TimexMention m) {
        out.removeIf(f -> f.start() < m.end() && m.start() < f.end());
        out.add(m);
    }

    /** True when no word comes before the offset in its sentence but an opening quote or bracket. */
    private static boolean sentenceStart(List<Token> tokens, int offset) {
        Token before = tokenBefore(tokens, offset);
        return before == null || before.text().matches("[.!?]|[\"“‘'(\\[]|``|-LRB-");
    }

    /** True when the annotator read as a time something that is not one here. */
    static boolean notATime(TimexMention m, String text, List<Token> tokens, int referenceYear) {
        String s = text.substring(m.start(), m.end());
        if (!TIMEML_VALUE.matcher(m.value()).matches()) {
            // the annotator's value is words, not a TimeML value ("of fiscal" read as a date with the value "of fiscal ")
            return true;
        }
        if (s.matches("(?:.*\\s)?(?:may|march)")) {
            // lower-case "may" and "march" are the modal and the verb ("this may change"), never the months
            return true;
        }
        if (SCORE.matcher(s).matches()) {
            return true;
        }
        if (s.matches("\\d{4}") && referenceYear > 0 && (Integer.parseInt(s) > referenceYear + 30 || Integer.parseInt(s) < 1000)) {
            return true;
        }
        Token only = tokenAt(tokens, m.start());
        if (only != null && only.end() >= m.end() && only.pos() != null && (only.pos().startsWith("VB") || only.pos().equals("MD"))
                && !s.equalsIgnoreCase("fall") && !s.equalsIgnoreCase("falls")) {
            // one word the tagger read as a verb is no time ("to present the evidence", "march on the capital")
            return true;
        }
        if (s.equalsIgnoreCase("time")) {
            // the noun alone ("at the time") is no TIMEX3
            return true;
        }
        if (s.equalsIgnoreCase("fall") || s.equalsIgnoreCase("falls")) {
            Token t = tokenAt(tokens, m.start());
            if (t != null && t.pos() != null && t.pos().startsWith("VB")) {
                return true;
            }
            Token before = tokenBefore(tokens, m.start());
            Token after = tokenAfterEnd(tokens, m.end());
            boolean cue = before != null && SEASON_CUES.contains(before.text().toLowerCase(Locale.ROOT))
                    || after != null && after.text().matches("\\d{4}");
            return !cue;
        }
        if (s.matches("(?:[Tt]he\\s+)?(?:(?:Last|Next|Past|First|Final)\\s+)?(?:Days?|Weeks?|Months?|Years?|Hours?|Night|Morning"
                + "|Afternoon|Evening)") && !s.matches("The\\s+\\w+") && !sentenceStart(tokens, m.start())
                || s.matches("The\\s+(?:Last|Next|Past|First|Final)\\s+(?:Days|Weeks|Months|Years|Hours)") && !sentenceStart(tokens, m.start())) {
            // a capitalised unit inside a sentence is part of a name ("International Women's Day", "Person of the Year",
            // "Imus in the Morning", "The Last Days of Dolwyn")
            return true;
        }
        if (s.matches("(?:the\\s+)?HRS?")) {
            // "HR 6819", "the HR system": a designation in capitals, not "hours"
            return true;
        }
        if (s.matches("Spring|Summer|Autumn|Winter|Fall")) {
            // a capitalised season after a capitalised name word is part of the name ("Operation Peace Spring", "Arab Spring")
            Token before = tokenBefore(tokens, m.start());
            if (before != null && before.pos() != null && before.pos().startsWith("NNP") && Character.isUpperCase(before.text().charAt(0))) {
                return true;
            }
        }
        if (s.matches("\\d{4}")) {
            // a count of things ("1846 persons were hospitalized"), not a year: a plural noun follows and no determiner,
            // possessive or preposition comes before
            Token after = tokenAfterEnd(tokens, m.end());
            Token before = tokenBefore(tokens, m.start());
            boolean modifier = before != null && before.pos() != null && before.pos().matches("DT|PRP\\$|POS|IN|TO");
            if (after != null && "NNS".equals(after.pos()) && !modifier) {
                return true;
            }
        }
        if (s.matches("(?i)(?:(?:about|roughly|nearly|almost|at\\s+least|more\\s+than|over|some)\\s+)?(?:a|one|two|three)\\s+quarters?")
                && FRACTION_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30))).find()) {
            // "about a quarter as much money", "a quarter of the vote", "three quarters of the state legislatures", "a quarter
            // million clips": a fraction
            return true;
        }
        if (s.matches("(?i)previously|formerly|once")) {
            // adverbs of an unspecified earlier time, and "once" ("once a member", "once the vote is held"): TimeML tags
            // none of them ("once a year" is a SET, found as one span)
            return true;
        }
        if (m.type().equals("DATE") && HYPHEN_WORD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3)))
                .lookingAt()) {
            // "2019-nCoV", "Halloween-themed": part of a word, not a date
            return true;
        }
        if (s.matches("(?i)(?:(?:early|mid|late)[\\s-]+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
                + "|[2-9]0'?s)")) {
            // "a man in his forties", "in his early thirties", "a Pakistani in his 30s": an age, not a decade
            Token before = tokenBefore(tokens, m.start());
            Token second = before == null ? null : tokenBefore(tokens, before.start());
            if (isPossessive(before) || before != null && before.text().matches("(?i)early|mid|late") && isPossessive(second)) {
                return true;
            }
        }
        if (s.matches("'\\s+\\d\\d")) {
            // "5h 34' 28\"": minutes and seconds of a race time, not a year written "'28"
            return true;
        }
        if (s.matches("Spring|Summer|Autumn|Winter") && NAME_WORD_AFTER.matcher(text.substring(m.end(),
                Math.min(text.length(), m.end() + 20))).lookingAt()) {
            // "the 2008 Summer Olympic Games", "Winter Paralympics": part of a name
            return true;
        }
        if (s.matches("(?i)current")) {
            // alone, "current" is the noun ("this upward current") or says something is up to date ("the data is current");
            // "the current quarter" is a longer span
            return true;
        }
        if (s.matches("(?i)present")) {
            // "he was not present at the arena": the adjective after a verb, not the present time; "at present" is
            Token before = tokenBefore(tokens, m.start());
            if (before != null && before.text().equalsIgnoreCase("at")) {
                return false;
            }
            if (before != null && (before.text().matches("(?i)not|n't|never") || before.pos() != null && before.pos().startsWith("VB"))) {
                return true;
            }
        }
        if (s.matches("(?i)current|past|former|present|future")) {
            // an adjective before a noun, or before another adjective, that is no unit of time ("the current government",
            // "past Speaker", "future Iranian attacks"); "the past", "the future" and "the current quarter" are longer
            // spans
            Token after = tokenAfterEnd(tokens, m.end());
            return after != null && after.pos() != null && after.pos().matches("NN.*|JJ.*") && !after.text().matches("(?i)"
                    + "(?:second|minute|hour|day|week|weekend|month|quarter|season|year|decade|century|term|session)s?");
        }
        if (s.matches("(?i)the|a|an|this|that")) {
            // a determiner alone is no expression
            return true;
        }
        if (TimexSetRules.namesAPublication(text, m.start(), m.end())) {
            // "daily newspaper Magyar Nemzet", "daily Népszava": the publication, not a frequency
            return true;
        }
        if (s.matches("\\d{4}") && (text.startsWith("-", m.end()) && m.end() + 1 < text.length()
                && Character.isLetter(text.charAt(m.end() + 1)) && !Character.isUpperCase(text.charAt(m.end() + 1)) || NUMBER_BEFORE.matcher(
                text.substring(Math.max(0, m.start() - 12), m.start())).find())) {
            // "2019-nCoV" (a name), "resolution No. 1430/2019" (a number): no year
            return true;
        }
        if (s.matches("(?i)(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)\\s+year")) {
            // "her fourth year" (of study, in office): a year of something, not of the calendar
            Token before = tokenBefore(tokens, m.start());
            if (before != null && "PRP$".equals(before.pos())) {
                return true;
            }
        }
        if (s.matches("(?i)(?:(?:an?|per)\\s+)?(?:hour|second|minute)") && SPEED_BEFORE.matcher(
                text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
            // "miles per hour", "kilometres an hour": a unit of speed, not a rate of events
            return true;
        }
        if (s.matches("(?:.*\\s)?(?:First|Second|Third|Fourth|Fifth)")) {
            // a capitalised ordinal before a capitalised word is part of a name ("the Second World War")
            Token after = tokenAfterEnd(tokens, m.end());
            if (after != null && Character.isUpperCase(after.text().charAt(0)) && after.pos() != null && after.pos().startsWith("NNP")) {
                return true;
            }
        }
        if ("PT1S".equals(m.value()) && s.equalsIgnoreCase("second")) {
            // a bare "second" is the ordinal ("his second this year"); the unit comes with "a", "one" or "per"
            return true;
        }
        if ("PT1S".equals(m.value()) && s.matches("(?i)(?:.*\\s)?(a|the)\\s+second\\b.*")) {
            return ordinalSecond(m, s, tokens);
        }
        return false;
    }

    /**
     * "a second A380", "a second consecutive day", "the second time": the ordinal, not the unit of time. It is the ordinal
     * when a noun or number follows it, past any adjectives, inside the span or after it.
     */
    private static boolean ordinalSecond(TimexMention m, String s, List<Token> tokens) {
        if (!s.matches("(?i)(a|the)\\s+second")) {
            return true;
        }
        Token after = tokenAfterEnd(tokens, m.end());
        while (after != null && after.pos() != null && after.pos().startsWith("JJ")) {
            after = tokenAfterEnd(tokens, after.end());
        }
        return after != null && after.pos() != null && (after.pos().startsWith("NN") || after.pos().equals("CD"));
    }

    /** Extends a time of day over a following time-zone abbreviation ("14:58 UTC"). */
    static TimexMention withTimeZone(TimexMention m, String text, List<Token> tokens) {
        if (!m.type().equals("TIME")) {
            return m;
        }
        Token after = tokenAfterEnd(tokens, m.end());
        if (after != null && TIME_ZONES.contains(after.text()) && text.substring(m.end(), after.start()).isBlank()) {
            return m.withSpan(m.start(), after.end());
        }
        return m;
    }

    /**
     * A four-digit clock time with a time zone ("0000 UTC", "1430 GMT", "2100 hours EST") is a TIME, not a year: the
     * annotator's readings inside it are replaced. UTC and GMT are written {@code Z}; other zones are left out of the value.
     */
    static List<TimexMention> clockTimesWithZone(String text, List<TimexMention> found) {
        Matcher m = CLOCK_WITH_ZONE.matcher(text);
        List<TimexMention> out = null;
        while (m.find()) {
            if (out == null) {
                out = new ArrayList<>(found);
            }
            int start = m.start();
            int end = m.end();
            out.removeIf(f -> f.start() < end && start < f.end() && f.start() >= start && f.end() <= end
                    || f.start() < end && start < f.end() && text.substring(f.start(), f.end()).matches("\\d{4}"));
            if (overlapsAny(out, start, end)) {
                continue;
            }
            String zone = m.group(3);
            boolean utc = zone.equals("UTC") || zone.equals("GMT") || zone.equals("Z");
            out.add(new TimexMention(start, end, "TIME", "T" + m.group(1) + ":" + m.group(2) + (utc ? "Z" : "")));
        }
        return out == null ? found : out;
    }

    /** Joins neighbours separated only by spaces that carry the same value: "Thursday night", "12:00 UTC Monday". */
    static List<TimexMention> joinPieces(List<TimexMention> in, String text) {
        List<TimexMention> out = new ArrayList<>();
        for (TimexMention m : in) {
            TimexMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.value().equals(m.value()) && m.start() >= last.end()
                    && text.substring(last.end(), m.start()).isBlank() && m.start() - last.end() <= 2) {
                String type = m.value().contains("T") && !m.value().startsWith("P") ? "TIME" : last.type();
                out.set(out.size() - 1, new TimexMention(last.start(), m.end(), type, m.value()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** "March, 2018": a year-less month and the year written after it, tagged apart, are one month of that year. */
    static List<TimexMention> monthCommaYear(List<TimexMention> in, String text) {
        List<TimexMention> out = new ArrayList<>();
        for (TimexMention m : in) {
            TimexMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && m.start() >= last.end() && TimexValueRules.MONTH_NAME.matcher(text.substring(last.start(), last.end())).matches()
                    && last.value().matches("(?:\\d{4}|XXXX)-\\d\\d") && text.substring(last.end(), m.start()).matches(",\\s*")
                    && text.substring(m.start(), m.end()).matches("\\d{4}") && m.value().equals(text.substring(m.start(), m.end()))) {
                out.set(out.size() - 1, new TimexMention(last.start(), m.end(), "DATE", m.value() + last.value().substring(4)));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "1 hour 59 minutes 40.2 seconds", "2 hours, 1 minute and 39 seconds": counts of falling units side by side, tagged
     * one by one, are one duration ({@code PT1H59M40.2S}).
     */
    static List<TimexMention> compoundDurations(List<TimexMention> in, String text) {
        List<TimexMention> out = new ArrayList<>();
        int lastUnit = -1;
        String lastValue = null;
        for (TimexMention m : in) {
            TimexMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            Matcher part = DURATION_PART.matcher(text.substring(m.start(), m.end()));
            int unit = part.matches() && m.type().equals("DURATION")
                    ? DURATION_UNITS.indexOf(part.group(2).toLowerCase(Locale.ROOT)) : -1;
            String value = unit < 0 ? null : "P" + (unit > 0 ? "T" : "") + partValue(part);
            if (unit > lastUnit && lastUnit >= 0 && m.start() >= last.end()
                    && PART_JOIN.matcher(text.substring(last.end(), m.start())).matches()) {
                value = lastValue + (lastUnit == 0 ? "T" : "") + partValue(part);
                out.set(out.size() - 1, new TimexMention(last.start(), m.end(), "DURATION", value));
            } else {
                out.add(m);
            }
            lastUnit = unit;
            lastValue = value;
        }
        return out;
    }

    /** A whole count in digits or words ("12", "an", "twenty"), or null. */
    private static Integer number(String words) {
        String n = TimexValueRules.count(words);
        return n == null || !n.matches("\\d+") ? null : Integer.valueOf(n);
    }

    private static String partValue(Matcher part) {
        return TimexValueRules.count(part.group(1)) + Character.toUpperCase(part.group(2).charAt(0));
    }

    /**
     * A date and a clock time joined by "at" ("August 2 at 5 p.m.") are two expressions, since a TIMEX3 never holds a
     * preposition: the DATE (the value's date part) and the TIME (the whole value).
     */
    static List<TimexMention> splitDateAtTime(List<TimexMention> in, String text) {
        List<TimexMention> out = new ArrayList<>();
        for (TimexMention m : in) {
            String s = text.substring(m.start(), m.end());
            Matcher at = DATE_AT_TIME.matcher(s);
            int t = m.value().indexOf('T');
            if (m.type().equals("TIME") && t == 10 && at.matches()) {
                out.add(new TimexMention(m.start(), m.start() + at.end(1), "DATE", m.value().substring(0, t)));
                out.add(new TimexMention(m.start() + at.start(2), m.end(), "TIME", m.value()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A range of two dates ("2009 to 2011", "2009-2010") becomes two DATE expressions, as TimeML tags it; the words
     * between them are not part of either.
     */
    static List<TimexMention> splitRanges(List<TimexMention> in, String text) {
        List<TimexMention> out = new ArrayList<>();
        for (TimexMention m : in) {
            String s = text.substring(m.start(), m.end());
            Matcher year = YEAR_RANGE.matcher(s);
            int slash = m.value().indexOf('/');
            if (year.matches()) {
                out.add(new TimexMention(m.start() + year.start(1), m.start() + year.end(1), "DATE", year.group(1)));
                out.add(new TimexMention(m.start() + year.start(2), m.start() + year.end(2), "DATE", fullYear(year.group(1), year.group(2))));
                continue;
            }
            Matcher join = RANGE_JOIN.matcher(s);
            if (slash > 0 && join.find() && join.start() > 0 && join.end() < s.length()) {
                // a range of ranges ("June 1-5 to July 1-5") has more than one slash: its outer ends are the two dates
                String[] ends = m.value().split("/");
                String left = s.substring(0, join.start());
                String right = s.substring(join.end());
                out.add(new TimexMention(m.start(), m.start() + join.start(), "DATE", side(left, ends[0])));
                out.add(new TimexMention(m.start() + join.end(), m.end(), "DATE", side(right, ends[ends.length - 1])));
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * A duration joined to the date it is counted to ("six years on Thursday", "a day yesterday", value
     * {@code 2009-02-19-WXX-4 INTERSECT P6Y}) is two expressions: the DURATION and the DATE, the word between them in
     * neither.
     */
    static List<TimexMention> splitDurationAndDate(List<TimexMention> in, String text) {
        List<TimexMention> out = new ArrayList<>();
        for (TimexMention m : in) {
            Matcher parts = DURATION_THEN_DATE.matcher(text.substring(m.start(), m.end()));
            Matcher values = INTERSECT_VALUES.matcher(m.value());
            if (parts.matches() && values.matches()) {
                String duration = values.group(1) != null ? values.group(1) : values.group(4);
                String date = values.group(2) != null ? values.group(2) : values.group(3);
                date = date.matches("\\d{4}-\\d\\d-\\d\\d.*") ? date.substring(0, 10) : date;
                if (!(duration.equals("PT1S") && parts.group(1).equalsIgnoreCase("second"))) {
                    // a bare "second" before the date is the ordinal ("his second this year"), not one second
                    out.add(new TimexMention(m.start(), m.start() + parts.end(1), "DURATION", duration));
                }
                out.add(new TimexMention(m.start() + parts.start(2), m.end(), "DATE", date));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "2 1/2 years", "almost two and a half months": one DURATION with a decimal count ({@code P2.5Y}) and its modifier,
     * replacing what the annotator read inside it ("years").
     */
    static List<TimexMention> halfUnits(String text, List<Token> tokens, List<TimexMention> found) {
        Matcher m = HALF_UNITS.matcher(text);
        List<TimexMention> out = null;
        while (m.find()) {
            int end = m.end();
            // a span found on the first words with a modifier before them ("about an hour" of "about an hour and a half")
            // is taken into the expression
            int start = found.stream().filter(f -> f.start() < m.start() && f.end() > m.start() && f.end() <= end)
                    .mapToInt(TimexMention::start).min().orElse(m.start());
            if (found.stream().anyMatch(f -> f.start() < start && f.end() > start || f.start() < end && f.end() > end)) {
                continue;
            }
            String count = m.group(1).toLowerCase(Locale.ROOT);
            Integer n = number(count);
            if (n == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.removeIf(f -> f.start() >= start && f.end() <= end);
            String unit = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
            String value = unit.equals("decade") ? "P" + (n * 10 + 5) + "Y"
                    : unit.equals("hour") ? "PT" + n + "H30M"
                    : "P" + n + ".5" + unit.substring(0, 1).toUpperCase(Locale.ROOT);
            TimexMention half = new TimexMention(start, end, "DURATION", value);
            out.add(start < m.start() ? half : withModifiers(half, text, tokens));
        }
        return out == null ? found : out;
    }

    /**
     * Counted units the annotator reads only in part ("six straight days", "the past five trading days", where it tags
     * "days" or "the past"): one DURATION over the whole phrase, replacing the parts.
     */
    static List<TimexMention> countedUnits(String text, List<TimexMention> found) {
        Matcher m = COUNTED_UNITS.matcher(text);
        List<TimexMention> out = null;
        while (m.find()) {
            String count = m.group(1).toLowerCase(Locale.ROOT);
            Integer n = number(count);
            int start = m.start();
            int end = m.end();
            if (n == null || found.stream().anyMatch(f -> f.start() < start && f.end() > start || f.start() < end && f.end() > end)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.removeIf(f -> f.start() >= start && f.end() <= end);
            String unit = m.group(2).toLowerCase(Locale.ROOT).substring(0, 1).toUpperCase(Locale.ROOT);
            out.add(new TimexMention(start, end, "DURATION", "P" + n + unit));
        }
        return out == null ? found : out;
    }

    /**
     * The value of one side of a range: the annotator's, unless garbled ("******04", or a bare year for "April" in
     * "between April and June"); then the month and day its words give, without a year (the creation date and tense
     * supply it).
     */
    private static String side(String text, String value) {
        boolean garbled = value.contains("*") || value.matches("\\d{4}") && !text.matches(".*\\d{4}.*");
        String month = garbled ? TimexValueRules.yearlessMonth(text) : null;
        return month != null ? month : value;
    }

    /**
     * "a second consecutive day", "the fourth week in a row", "a third straight year": the unit that holds the creation
     * date, as a DATE (the run ends now); it replaces what the annotator read inside it ("a second" as one second).
     */
    static List<TimexMention> runsUpToNow(String text, List<TimexMention> found, java.time.LocalDate dct) {
        if (dct == null) {
            return found;
        }
        Matcher m = ORDINAL_RUN.matcher(text);
        List<TimexMention> out = null;
        while (m.find()) {
            if (m.group(1) == null && m.group(3) == null) {
                continue;
            }
            int start = m.start();
            int end = m.end(2);
            if (found.stream().anyMatch(f -> f.start() < start && f.end() > start || f.start() < end && f.end() > end)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.removeIf(f -> f.start() >= start && f.end() <= end);
            out.add(new TimexMention(start, end, "DATE", TimexValueRules.currentUnit(m.group(2), dct)));
        }
        return out == null ? found : out;
    }

    /** Year ranges the annotator missed ("the 2009-2010 season"), as two dates. */
    static List<TimexMention> missedYearRanges(String text, List<TimexMention> found) {
        List<TimexMention> out = new ArrayList<>();
        Matcher m = YEAR_RANGE.matcher(text);
        while (m.find()) {
            if (m.end() < text.length() && text.charAt(m.end()) == '-' || m.start() > 0 && text.charAt(m.start() - 1) == '-') {
                continue;
            }
            String second = m.group(2);
            if (second.length() == 2 && Integer.parseInt(second) <= Integer.parseInt(m.group(1).substring(2))) {
                continue;
            }
            if (!overlapsAny(found, m.start(), m.end())) {
                out.add(new TimexMention(m.start(1), m.end(1), "DATE", m.group(1)));
                out.add(new TimexMention(m.start(2), m.end(2), "DATE", fullYear(m.group(1), second)));
            }
        }
        return out;
    }

    /** "the 2019/20 fiscal year": one DATE, the year it starts in (as "the winter of 2006–2007" is one). */
    static List<TimexMention> fiscalYearsWithSlash(String text, List<TimexMention> found) {
        Matcher m = SLASH_FISCAL_YEAR.matcher(text);
        List<TimexMention> out = new ArrayList<>(found);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            out.removeIf(f -> f.start() < end && start < f.end());
            out.add(new TimexMention(start, end, "DATE", m.group(1)));
        }
        out.sort(java.util.Comparator.comparingInt(TimexMention::start));
        return out;
    }

    /**
     * "the second half" and "of the year" (or "of last year", "of 2012"), found apart: one expression, as in TimeML. The
     * part's value is worked out again from the whole.
     */
    static List<TimexMention> partsWithTheirYear(List<TimexMention> in, String text) {
        List<TimexMention> out = new ArrayList<>();
        for (TimexMention m : in) {
            Matcher of = OF_THE_YEAR.matcher(text).region(m.end(), text.length());
            if (m.type().equals("DATE") && PART_BEFORE_OF.matcher(text.substring(m.start(), m.end())).find() && of.lookingAt()) {
                out.add(new TimexMention(m.start(), of.end(), "DATE", m.value()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "a quarter century", "half a century", "the half-century mark": one duration in years, where the annotators read
     * "the quarter" as a quarter of the year and "century" apart. The expressions inside are dropped.
     */
    static List<TimexMention> partsOfACentury(String text, List<TimexMention> found) {
        Matcher m = PART_OF_CENTURY.matcher(text);
        List<TimexMention> out = new ArrayList<>(found);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            out.removeIf(f -> f.start() < end && start < f.end());
            out.add(new TimexMention(start, end, "DURATION", m.group(1) != null ? "P25Y" : "P50Y"));
        }
        out.sort(java.util.Comparator.comparingInt(TimexMention::start));
        return out;
    }

    /**
     * "a week-long stay", "a three-day-long visit", "the minutes-long ride" (uncounted: {@code PTXM}): a DURATION where
     * the annotator found nothing.
     */
    static List<TimexMention> missedLongUnits(String text, List<TimexMention> found) {
        List<TimexMention> out = new ArrayList<>();
        Matcher m = UNIT_LONG.matcher(text);
        while (m.find()) {
            if (overlapsAny(found, m.start(), m.end())) {
                continue;
            }
            boolean plural = text.charAt(m.end() - 6) == 's' || text.charAt(m.end() - 6) == 'S';
            String count = m.group(1) == null ? (plural ? "X" : "1") : m.group(1).matches("(?i)several|few|many") ? "X"
                    : TimexValueRules.count(m.group(1));
            if (count == null) {
                continue;
            }
            out.add(new TimexMention(m.start(), m.end(), "DURATION", TimexValueRules.duration(count, m.group(2))));
        }
        return out;
    }

    /**
     * "8.26am", "9.47 p.m.": a clock time written with a point, as British news writes it, where the annotators found
     * nothing; a TIME of that hour whose day the refiner finds as for any clock time ({@code T08:26}).
     */
    static List<TimexMention> missedDottedClockTimes(String text, List<TimexMention> found) {
        List<TimexMention> out = new ArrayList<>();
        Matcher m = DOTTED_CLOCK.matcher(text);
        while (m.find()) {
            if (overlapsAny(found, m.start(), m.end())) {
                continue;
            }
            int hour = Integer.parseInt(m.group(1));
            if (hour < 1 || hour > 12) {
                continue;
            }
            boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
            int h24 = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            out.add(new TimexMention(m.start(), m.end(), "TIME", String.format(Locale.ROOT, "T%02d:%s", h24, m.group(2))));
        }
        return out;
    }

    /** "mid-2012", "early 2013", "the late 2000s" where the annotator found nothing: a DATE of that year (or decade). */
    static List<TimexMention> missedPartsOfYears(String text, List<TimexMention> found) {
        List<TimexMention> out = new ArrayList<>();
        Matcher m = PART_OF_YEAR.matcher(text);
        while (m.find()) {
            if (!overlapsAny(found, m.start(), m.end()) && !overlapsAny(out, m.start(), m.end())) {
                String year = m.group(1);
                out.add(new TimexMention(m.start(), m.end(), "DATE", year.endsWith("s") ? year.substring(0, 3) : year));
            }
        }
        return out;
    }

    static boolean overlapsAny(List<TimexMention> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    private static String fullYear(String first, String second) {
        return second.length() == 4 ? second : first.substring(0, 2) + second;
    }

    static Token tokenAt(List<Token> tokens, int offset) {
        int i = index(tokens, offset);
        return i >= 0 && i < tokens.size() && tokens.get(i).start() <= offset && offset < tokens.get(i).end() ? tokens.get(i) : null;
    }

    static Token tokenBefore(List<Token> tokens, int offset) {
        int i = index(tokens, offset);
        while (i >= 0 && (i >= tokens.size() || tokens.get(i).end() > offset)) {
            i--;
        }
        return i >= 0 ? tokens.get(i) : null;
    }

    static Token tokenAfterEnd(List<Token> tokens, int offset) {
        int i = Math.max(0, index(tokens, offset));
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i < tokens.size() ? tokens.get(i) : null;
    }

    /** The index of the last token starting at or before {@code offset}, or -1. */
    private static int index(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }
}
