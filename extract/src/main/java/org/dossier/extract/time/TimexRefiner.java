package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;

/**
 * The time expressions of a document in TimeML form: the annotator's DATE, TIME, DURATION and SET spans, corrected by
 * {@link TimexSpanRules} (extents, false readings, ranges), {@link TimexSetRules} (recurring times),
 * {@link TimexValueRules} (values against the document creation date and the tense of the clause) and
 * {@link TimexContextRules} (values from the date just mentioned, the framing year, the other side of a range).
 * Stateless and thread-safe.
 */
public final class TimexRefiner {

    private static final Pattern DECADE_WORD = Pattern.compile("(?i)(?<![\\w'])(?:the\\s+)?'?(?:1[89]|20)?\\d0'?s\\b");
    private static final Pattern FISCAL_BEFORE = Pattern.compile("(?i)(?:\\bthe\\s+)?(?:\\bfiscal(?:\\s+year)?|\\bFY)\\s*$");
    private static final Pattern WITHIN_PERIOD = Pattern.compile("\\s+(?:in|into)\\s+(?:the|a|an|his|her|its|their|our|my|this"
            + "|that|[A-Z][\\w.-]*['’]s)\\b");
    private static final Pattern THAT_UNIT_BEFORE = Pattern.compile("(?i)(?<![\\w-])(?:(?:later|earlier)\\s+)?(?:that(?:\\s+same)?|the\\s+same)\\s+$");
    private static final Pattern THAT_UNIT = Pattern.compile("(?i)(?:(?:later|earlier)\\s+)?(?:that(?:\\s+same)?|the\\s+same)\\s+(?:day|month|year)");
    private static final Pattern THAT_BEFORE = Pattern.compile("(?i)(?<![\\w-])that\\s+$");
    private static final Pattern AGO = Pattern.compile("(?i)\\bago\\b");
    private static final Pattern PRIOR_AFTER = Pattern.compile("(?i)\\s+prior\\b(?!\\s+to\\b)");
    private static final Pattern UNIT_OFFSET_AFTER = Pattern.compile("(?i)(\\s+(?:previous|prior|earlier|before(?=\\s*[,.;:]|\\s*$)))\\b");
    private static final Pattern CLOCK_OFFSET = Pattern.compile("(?i)(an?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|\\d{1,3})\\s+(hour|minute)s?\\s+(later|earlier|after|before)");
    private static final Pattern CLOCK_VALUE = Pattern.compile("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d)(Z|[+-]\\d\\d:?\\d\\d)?");
    private static final Pattern HOURS_MINUTES_SECONDS = Pattern.compile("(\\d{1,2}):(\\d\\d):(\\d\\d(?:\\.\\d+)?)");
    private static final Pattern CLOCK_BEFORE = Pattern.compile("(?i)\\b(?:at|around|about|by|until|till|since|from|after"
            + "|before|to)\\s+$");
    private static final Pattern CLOCK_AFTER = Pattern.compile("\\s*(?:[aApP]\\.?[mM]\\b|[A-Z]{2,5}\\b|local\\b|hours\\b)");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:his|her|their|my|our|your|its)\\s+(?:(?:early|mid|late)[\\s-]+)?$");
    private static final Pattern EVE_OF = Pattern.compile("(?i)(?<![\\w-])the\\s+eve\\s+of\\s+$");
    private static final Pattern ENDED = Pattern.compile("(?i)\\s+(?:(?:that|which)\\s+)?(?:ended|ending|ends|to)\\s+");
    private static final Pattern RANGE_BETWEEN = Pattern.compile("(?i)\\s*(?:through|thru|to|until|till|-|–|—)\\s*");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
    /** How many sentences back a date may be to anchor "three days later". */
    private static final int ANCHOR_SENTENCES = 2;

    /**
     * A refined expression and how its value was found.
     *
     * @param anchored counted from a date the text gave just before ("three days later")
     * @param timeOfDayOnly a clock time or part of day the text gives without a date (its value is on the creation date)
     * @param unanchoredOffset an offset from another date ("the next day") with no date before it to count from, so its
     *     value is counted from the creation date, which is usually wrong
     */
    record Resolved(TimexMention mention, boolean anchored, boolean timeOfDayOnly, boolean unanchoredOffset) {
    }

    /** The time expressions in text order, not overlapping. */
    public List<TimexMention> refine(AnnotatedDocument doc) {
        return resolve(doc).stream().map(Resolved::mention).toList();
    }

    /** {@link #refine}, saying for each expression where its value came from. */
    List<Resolved> resolve(AnnotatedDocument doc) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        LocalDate dct = creationDate(doc.referenceDate());
        int dctYear = dct == null ? 0 : dct.getYear();
        List<TimexMention> found = new ArrayList<>();
        Set<String> surnames = surnames(doc);
        for (Span s : doc.spans()) {
            if (!Span.isTimeType(s.type()) || s.normalized() == null || s.normalized().isBlank()) {
                continue;
            }
            if (surnames.contains(text.substring(s.start(), s.end())) && !readAsADate(tokens, s)) {
                // "May's negotiated agreement" in a story about Theresa May: the person, not the month
                continue;
            }
            String value = s.normalized().replaceFirst("^\\*{4}-?(?=\\d\\d\\b)", "XXXX-");
            TimexMention m = TimexSpanRules.trim(new TimexMention(s.start(), s.end(), s.type(), value), text, tokens);
            if (m != null && !TimexSpanRules.notATime(m, text, tokens, dctYear)) {
                m = TimexSpanRules.withModifiers(TimexSpanRules.withTimeZone(m, text, tokens), text, tokens);
                m = TimexSpanRules.adjectivalDuration(m, text);
                found.add(TimexSetRules.rate(TimexSetRules.recurring(m, text), text, tokens));
            }
        }
        found = TimexSpanRules.clockTimesWithZone(text, found);
        found = TimexSpanRules.partsWithTheirYear(found, text);
        found = withoutOverlaps(found);
        found = TimexSpanRules.joinPieces(found, text);
        found = TimexSpanRules.monthCommaYear(found, text);
        found = TimexSpanRules.compoundDurations(found, text);
        found = TimexSpanRules.splitRanges(found, text);
        found = TimexSpanRules.splitDateAtTime(found, text);
        found = TimexSpanRules.splitDurationAndDate(found, text);
        found.addAll(TimexSpanRules.missedYearRanges(text, found));
        found.addAll(TimexSpanRules.missedPartsOfYears(text, found));
        found.addAll(TimexSpanRules.missedLongUnits(text, found));
        found.addAll(TimexSpanRules.missedDottedClockTimes(text, found));
        found.addAll(decades(text, found, dct));
        found.addAll(TimexSetRules.frequencies(text, found));
        found = TimexSpanRules.partsOfACentury(text, found);
        found = TimexSpanRules.fiscalYearsWithSlash(text, found);
        found = TimexSpanRules.raceTimesWithMarks(text, found);
        found = TimexSpanRules.sameDayAndIntervals(text, found, dct);
        found = TimexSpanRules.countedUnits(text, found);
        found = TimexSpanRules.halfUnits(text, tokens, found);
        found = TimexSpanRules.runsUpToNow(text, found, dct);
        found = withoutOverlaps(found);
        List<Resolved> out = new ArrayList<>();
        List<TimexMention> before = new ArrayList<>();
        for (TimexMention m : found) {
            Resolved r = resolve(m, doc, dct, before);
            out.add(r);
            if (!r.timeOfDayOnly()) {
                // a clock time or part of day the text gives without a date anchors nothing: its day is not known yet
                before.add(r.mention());
            }
        }
        // steps that read the expressions around each one, once every value is known
        out = rangesInOrder(text, out);
        out = unitsEndingOnADate(text, out);
        out = timesOnTheirSentencesDate(doc, out);
        out = eveOf(text, out);
        out = clockOffsets(doc, out);
        return raceTimes(text, out);
    }

    /**
     * "an hour later", "20 minutes earlier": counted from the clock time last named with its day, in this sentence or the
     * one before. Runs once clock times have their days.
     */
    private static List<Resolved> clockOffsets(AnnotatedDocument doc, List<Resolved> in) {
        List<Resolved> out = new ArrayList<>(in);
        String text = doc.text();
        for (int i = 0; i < out.size(); i++) {
            TimexMention m = out.get(i).mention();
            Matcher o = CLOCK_OFFSET.matcher(text.substring(m.start(), m.end()).trim());
            Sentence sentence = doc.sentenceAt(m.start());
            for (int k = i - 1; o.matches() && k >= 0; k--) {
                TimexMention b = out.get(k).mention();
                Sentence bs = doc.sentenceAt(b.start());
                if (sentence == null || bs == null || sentence.index() - bs.index() > 1) {
                    break;
                }
                Matcher c = CLOCK_VALUE.matcher(b.value());
                if (c.matches()) {
                    long n = TimexValueRules.smallCount(o.group(1));
                    java.time.Duration d = o.group(2).equalsIgnoreCase("hour") ? java.time.Duration.ofHours(n)
                            : java.time.Duration.ofMinutes(n);
                    java.time.LocalDateTime at = java.time.LocalDateTime.parse(c.group(1));
                    at = o.group(3).matches("(?i)earlier|before") ? at.minus(d) : at.plus(d);
                    String value = at.toString().substring(0, 16) + (c.group(2) == null ? "" : c.group(2));
                    out.set(i, new Resolved(new TimexMention(m.start(), m.end(), "TIME", value), true, false, false));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "completing the race in 2:14:04", "with times of 2:20:51": hours, minutes and seconds with no clock word around
     * them (no "at" or "around" before, no a.m., p.m. or zone after) are a race time, a DURATION ({@code PT2H14M4S}).
     */
    private static List<Resolved> raceTimes(String text, List<Resolved> in) {
        List<Resolved> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            TimexMention m = out.get(i).mention();
            Matcher t = HOURS_MINUTES_SECONDS.matcher(text.substring(m.start(), m.end()));
            if (!t.matches() || CLOCK_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
                    || CLOCK_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).lookingAt()) {
                continue;
            }
            String seconds = new java.math.BigDecimal(t.group(3)).stripTrailingZeros().toPlainString();
            String value = "PT" + Integer.parseInt(t.group(1)) + "H" + Integer.parseInt(t.group(2)) + "M" + seconds + "S";
            out.set(i, new Resolved(new TimexMention(m.start(), m.end(), "DURATION", value), false, false, false));
        }
        return out;
    }

    /** "the eve of Independence Day", "on the eve of March 8": the day before that day, one expression. */
    private static List<Resolved> eveOf(String text, List<Resolved> in) {
        List<Resolved> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            TimexMention m = out.get(i).mention();
            Matcher eve = EVE_OF.matcher(text.substring(Math.max(0, m.start() - 16), m.start()));
            TimexValue v = m.type().equals("DATE") ? TimexValue.parse(m.value()) : null;
            if (eve.find() && v != null && v.day() > 0 && m.value().length() == 10) {
                TimexMention whole = new TimexMention(m.start() - (eve.end() - eve.start()), m.end(), "DATE",
                        v.first().minusDays(1).toString());
                out.set(i, new Resolved(whole, true, false, false));
            }
        }
        return out;
    }

    /** "the quarter ended Dec. 31": the unit is the one that holds the date named right after it. */
    private static List<Resolved> unitsEndingOnADate(String text, List<Resolved> in) {
        List<Resolved> out = new ArrayList<>(in);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimexMention a = out.get(i).mention();
            TimexMention b = out.get(i + 1).mention();
            if (b.start() < a.end() || !ENDED.matcher(text.substring(a.end(), b.start())).matches()) {
                continue;
            }
            String v = TimexContextRules.unitEndingOn(text.substring(a.start(), a.end()), TimexValue.parse(b.value()));
            if (v != null) {
                Resolved r = out.get(i);
                out.set(i, new Resolved(a.withValue(v), true, r.timeOfDayOnly(), false));
            }
        }
        return out;
    }

    /**
     * The second side of a range of weekdays or year-less months ("Wednesday through Friday", "from November to
     * February") comes after the first: when tense placed it before, it moves a week or a year on.
     */
    private static List<Resolved> rangesInOrder(String text, List<Resolved> in) {
        List<Resolved> out = new ArrayList<>(in);
        for (int i = 1; i < out.size(); i++) {
            TimexMention a = out.get(i - 1).mention();
            TimexMention b = out.get(i).mention();
            if (b.start() < a.end() || !RANGE_BETWEEN.matcher(text.substring(a.end(), b.start())).matches() || !a.type().equals("DATE")
                    || !b.type().equals("DATE")) {
                continue;
            }
            String moved = TimexContextRules.after(text.substring(b.start(), b.end()), b.value(), TimexValue.parse(a.value()));
            if (moved != null) {
                Resolved r = out.get(i);
                out.set(i, new Resolved(b.withValue(moved), r.anchored(), r.timeOfDayOnly(), r.unanchoredOffset()));
            }
        }
        return out;
    }

    /**
     * The year written out in a frame fronted before the first verb of this sentence ("In 2016, …", "In the 2016
     * election, …"), which sets the time of the whole sentence; or 0.
     */
    private static int yearNamedBefore(AnnotatedDocument doc, Sentence sentence, List<TimexMention> before) {
        if (sentence == null) {
            return 0;
        }
        int firstVerb = Integer.MAX_VALUE;
        for (Token t : doc.tokensOf(sentence)) {
            if (t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD"))) {
                firstVerb = t.start();
                break;
            }
        }
        for (TimexMention b : before) {
            Matcher year = WRITTEN_YEAR.matcher(doc.text().substring(b.start(), b.end()));
            if (doc.sentenceAt(b.start()) == sentence && b.end() <= firstVerb && b.type().equals("DATE") && year.find()
                    && b.value().startsWith(year.group())) {
                return Integer.parseInt(year.group());
            }
        }
        return 0;
    }

    /**
     * A clock time without a date ("at 18:00 UTC") is on the day a date of its own sentence names ("made its first
     * flight Tuesday … at 18:00 UTC"), the nearest one; without such a date it stays on the creation date, and in a
     * document without one it takes the last full date before it (its dateline).
     */
    private static List<Resolved> timesOnTheirSentencesDate(AnnotatedDocument doc, List<Resolved> in) {
        List<Resolved> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            Resolved r = out.get(i);
            int t = r.mention().value().indexOf('T');
            Sentence sentence = doc.sentenceAt(r.mention().start());
            if (!r.timeOfDayOnly() || t < 0 || sentence == null) {
                continue;
            }
            TimexValue day = null;
            int distance = Integer.MAX_VALUE;
            for (Resolved other : in) {
                TimexMention o = other.mention();
                boolean dated = o.type().equals("DATE") || o.type().equals("TIME") && !other.timeOfDayOnly();
                TimexValue v = dated && other != r ? TimexValue.parse(o.value()) : null;
                int d = Math.abs(o.start() - r.mention().start());
                if (v != null && v.day() > 0 && doc.sentenceAt(o.start()) == sentence && d < distance) {
                    day = v;
                    distance = d;
                }
            }
            if (day == null && doc.referenceDate() == null) {
                day = latestDayBefore(in, r.mention().start());
            } else if (day == null && tense(doc, sentence, r.mention()) == TimeExpressionExtractor.Tense.PAST) {
                // a past event's clock time without a date of its own ("the first attack was at about 13:40"): the day
                // the story last named that is not after the creation date, as on that day the event happened
                day = latestPastDayBefore(in, r.mention().start(), TimexValue.parse(doc.referenceDate()));
            } else if (day == null && tense(doc, sentence, r.mention()) == TimeExpressionExtractor.Tense.FUTURE) {
                // "will hold a call at 5 p.m.": a clock time in a future clause without a date is on the creation date
                day = TimexValue.parse(doc.referenceDate().length() > 10 ? doc.referenceDate().substring(0, 10) : doc.referenceDate());
            }
            if (day != null) {
                String value = day.iso() + r.mention().value().substring(t);
                out.set(i, new Resolved(r.mention().withValue(value), r.anchored(), true, r.unanchoredOffset()));
            }
        }
        return out;
    }

    private Resolved resolve(TimexMention m, AnnotatedDocument doc, LocalDate dct, List<TimexMention> before) {
        String text = doc.text();
        String s = text.substring(m.start(), m.end());
        Sentence sentence = doc.sentenceAt(m.start());
        m = thatUnitExtent(unitExtent(fiscalExtent(priorExtent(m, text), text), text), text);
        s = text.substring(m.start(), m.end());
        String few = TimexValueRules.fewUnits(s, m.value());
        if (few != null) {
            return new Resolved(new TimexMention(m.start(), m.end(), "DURATION", few), false, false, false);
        }
        String past = TimexValueRules.thePastUnit(s);
        if (past != null) {
            return new Resolved(new TimexMention(m.start(), m.end(), "DURATION", past), false, false, false);
        }
        TimeExpressionExtractor.Tense tense = tense(doc, sentence, m);
        boolean timeOnly = m.value().matches("T\\d.*") || m.type().equals("TIME") && !TimexValueRules.namesADay(s);
        String v = TimexValueRules.spelling(m.value(), dct);
        // "that day", "the same day", "later that day", "that September" point back to the day the story is on, however far
        // back it was named
        int window = THAT_UNIT.matcher(s).matches() || s.matches("(?i)that\\s.*") ? Integer.MAX_VALUE : ANCHOR_SENTENCES;
        TimexValue anchor = withinAPeriod(text, m) ? null : anchor(doc, sentence, before, TimexValueRules.offsetUnit(s), window);
        String anchored = anchor == null ? null : TimexValueRules.fromAnchor(s, anchor);
        if (anchored != null) {
            return new Resolved(new TimexMention(m.start(), m.end(), "DATE", anchored), true, false, false);
        }
        String partOfDay = TimexContextRules.partOfDayOf(s, anchor(doc, sentence, before, "day"));
        if (partOfDay != null) {
            return new Resolved(new TimexMention(m.start(), m.end(), "TIME", partOfDay), true, false, false);
        }
        String quoted = inQuotation(text, m.start()) ? TimexContextRules.deicticFrom(s, anchor(doc, sentence, before, "day", Integer.MAX_VALUE)) : null;
        if (quoted != null) {
            return new Resolved(new TimexMention(m.start(), m.end(), quoted.contains("T") ? "TIME" : "DATE", quoted), true, false, false);
        }
        boolean offset = TimexValueRules.isOffset(s);
        v = TimexValueRules.meridiem(s, v);
        v = TimexValueRules.today(s, v, dct);
        v = TimexValueRules.twoDigitYear(s, v, dct);
        v = TimexValueRules.weekday(s, v, dct, tense);
        v = TimexValueRules.month(s, v, dct, tense);
        v = TimexValueRules.season(s, v, dct, tense);
        v = tense == TimeExpressionExtractor.Tense.FUTURE ? v : TimexContextRules.inYearNamed(s, v, yearNamedBefore(doc, sentence, before));
        v = TimexValueRules.previousUnit(s, v, dct);
        v = TimexValueRules.quarterOrFiscal(s, v, dct, tense);
        v = TimexValueRules.weekOfMonth(s, v, dct, tense);
        v = TimexValueRules.dateOnly(s, m.type(), v);
        v = TimexValueRules.vagueLongUnits(s, v);
        v = TimexValueRules.vagueUnits(s, m.type(), v);
        v = TimexValueRules.thisWeekendPast(s, v, dct, tense);
        v = TimexValueRules.backFromCreationDate(s, v, dct);
        v = TimexValueRules.agoPrecision(s, v);
        v = TimexValueRules.withoutIntersection(v);
        v = TimexSetRules.frequencyValue(s, m.type(), v);
        v = TimexValueRules.hundreds(s, v);
        v = TimexValueRules.writtenDuration(s, m.type(), v);
        v = TimexValueRules.largeDuration(s, m.type(), v);
        return new Resolved(m.withValue(v), false, timeOnly, offset);
    }

    /**
     * "three days earlier in Trump's term", "two weeks later in the season": an offset placed within a period is a
     * position in that period, not a date counted from the one named before.
     */
    private static boolean withinAPeriod(String text, TimexMention m) {
        return WITHIN_PERIOD.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).lookingAt();
    }

    /**
     * True when {@code offset} is inside quotation marks opened in its paragraph: the words are the speaker's, said on the
     * day the text gave just before, not necessarily on the creation date.
     */
    private static boolean inQuotation(String text, int offset) {
        int paragraph = text.lastIndexOf('\n', offset - 1) + 1;
        int open = 0;
        boolean inside = false;
        for (int i = paragraph; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return open > 0 || inside;
    }

    /** The latest date of day precision before {@code offset}, or null (a document without creation date: its dateline). */
    private static TimexValue latestDayBefore(List<Resolved> in, int offset) {
        TimexValue day = null;
        for (Resolved r : in) {
            TimexValue v = r.mention().type().equals("DATE") ? TimexValue.parse(r.mention().value()) : null;
            if (r.mention().start() < offset && v != null && v.day() > 0) {
                day = v;
            }
        }
        return day;
    }

    /** The last full date before {@code offset} not after {@code dct} (DATEs and dated TIMEs), or null. */
    private static TimexValue latestPastDayBefore(List<Resolved> in, int offset, TimexValue dct) {
        TimexValue day = null;
        for (Resolved r : in) {
            TimexMention m = r.mention();
            boolean dated = m.type().equals("DATE") || m.type().equals("TIME") && !r.timeOfDayOnly();
            TimexValue v = dated && m.start() < offset ? TimexValue.parse(m.value()) : null;
            if (v != null && v.day() > 0 && dct != null && dct.day() > 0 && !v.first().isAfter(dct.first())) {
                day = v;
            }
        }
        return day;
    }

    /** The tense of the clause the expression belongs to ({@link LocalTense}). */
    private static TimeExpressionExtractor.Tense tense(AnnotatedDocument doc, Sentence sentence, TimexMention m) {
        if (sentence == null) {
            return TimeExpressionExtractor.Tense.OTHER;
        }
        List<Token> tokens = doc.tokensOf(sentence);
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > m.start() && t.start() < m.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first > 0 && tokens.get(first - 1).text().equalsIgnoreCase("since")) {
            // "have been relocated since Wednesday": what something has lasted since is before now
            return TimeExpressionExtractor.Tense.PAST;
        }
        if (first > 0 && afterUntil(tokens, first)) {
            // "suspended Parliament until October 14", "in custody until his next court appearance on April 5": the end
            // of a state, which may still hold, so the clause's past tense does not place it; the nearest reading is taken
            return TimeExpressionExtractor.Tense.OTHER;
        }
        return first < 0 ? TimeExpressionExtractor.Tense.OTHER : LocalTense.at(tokens, first, last);
    }

    /** True when "until" (or "till") opens the phrase that holds the token at {@code first}: no verb comes between. */
    private static boolean afterUntil(List<Token> tokens, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
            Token t = tokens.get(k);
            if (t.text().matches("(?i)until|till|til")) {
                return true;
            }
            if (t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD")) || t.text().matches("[,;:.]")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "later that day", "that month", "the same year": a bare unit the annotator found alone (as a duration) is, with the
     * words before it, the unit that holds the date just named.
     */
    private static TimexMention thatUnitExtent(TimexMention m, String text) {
        String s = text.substring(m.start(), m.end());
        if (TimexValueRules.MONTH_NAME.matcher(s).matches() && m.type().equals("DATE")) {
            // "That September": the month of the year the story is in
            Matcher that = THAT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start()));
            return that.find() ? new TimexMention(m.start() - (that.end() - that.start()), m.end(), "DATE", m.value()) : m;
        }
        if (!s.matches("(?i)day|month|year")) {
            return m;
        }
        Matcher before = THAT_UNIT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
        return before.find() ? new TimexMention(m.start() - (before.end() - before.start()), m.end(), "DATE", m.value()) : m;
    }

    /**
     * True when the words around a month or weekday make it a date even in a story about someone of that name: a
     * preposition or date modifier before it ("in May", "last May", "early May") or a number after it ("May 3").
     */
    private static boolean readAsADate(List<Token> tokens, Span s) {
        Token before = TimexSpanRules.tokenBefore(tokens, s.start());
        Token after = TimexSpanRules.tokenAfterEnd(tokens, s.end());
        return before != null && before.text().matches("(?i)in|on|since|until|till|by|during|from|of|through|last|next|this"
                + "|early|late|mid|before|after") || after != null && after.text().matches("\\d.*");
    }

    /**
     * The last words of the people the document names in full ("May" for "Theresa May", "Day" for "Doris Day") that are
     * also words of time: alone elsewhere in the document, such a word is the person.
     */
    private static Set<String> surnames(AnnotatedDocument doc) {
        Set<String> out = new HashSet<>();
        for (Span s : doc.spans()) {
            if ("PERSON".equals(s.coarseType()) && s.text().contains(" ")) {
                String last = s.text().substring(s.text().lastIndexOf(' ') + 1);
                if (TimexValueRules.MONTH_NAME.matcher(last).matches() || TimexValueRules.WEEKDAY.matcher(last).matches()
                        || last.matches("Day|Week|Month|Year|Night|Morning|Noon|Summer|Winter|Spring|Autumn")) {
                    out.add(last);
                }
            }
        }
        return out;
    }

    /** "the year previous", "the day prior": the word that makes a unit an offset from the date before it. */
    private static TimexMention unitExtent(TimexMention m, String text) {
        if (!text.substring(m.start(), m.end()).matches("(?i)the\\s+(day|month|year)")) {
            return m;
        }
        Matcher after = UNIT_OFFSET_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)));
        return after.lookingAt() ? new TimexMention(m.start(), m.end() + after.end(1), m.type(), m.value()) : m;
    }

    /** "two months prior" (not "prior to"): the word that makes a counted duration an offset from the date before it. */
    private static TimexMention priorExtent(TimexMention m, String text) {
        Matcher after = PRIOR_AFTER.matcher(text).region(m.end(), text.length());
        if (!m.type().equals("DURATION") || !after.lookingAt()) {
            return m;
        }
        return new TimexMention(m.start(), after.end(), "DATE", m.value());
    }

    /** "fiscal 2009" where the annotator tagged only the year. */
    private static TimexMention fiscalExtent(TimexMention m, String text) {
        Matcher f = FISCAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
        if (f.find() && text.substring(m.start(), m.end()).matches("(?i)(?:year\\s+)?\\d{4}")) {
            int start = m.start() - (f.end() - f.start());
            return new TimexMention(start, m.end(), "DATE", m.value());
        }
        return m;
    }

    /**
     * The latest date precise enough for {@code unit} ({@code day}: a day; {@code month}: a month; else a year) in this
     * sentence or the {@link #ANCHOR_SENTENCES} before it, or null. Dates counted back from the creation date ("a year
     * ago") are comparisons, not the story's dates, and anchor nothing.
     */
    private static TimexValue anchor(AnnotatedDocument doc, Sentence sentence, List<TimexMention> before, String unit) {
        return anchor(doc, sentence, before, unit, ANCHOR_SENTENCES);
    }

    /** The latest date before, precise enough for {@code unit}, at most {@code window} sentences back; or null. */
    private static TimexValue anchor(AnnotatedDocument doc, Sentence sentence, List<TimexMention> before, String unit,
            int window) {
        if (unit == null) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            TimexMention b = before.get(i);
            Sentence bs = doc.sentenceAt(b.start());
            if (sentence != null && bs != null && sentence.index() - bs.index() > window) {
                return null;
            }
            TimexValue v = b.type().equals("DATE") || b.type().equals("TIME") ? TimexValue.parse(b.value()) : null;
            if (v == null || AGO.matcher(doc.text().substring(b.start(), b.end())).find()) {
                continue;
            }
            boolean precise = switch (unit) {
                case "day", "week" -> v.day() > 0;
                case "month" -> v.month() > 0;
                default -> true;
            };
            if (precise) {
                return v;
            }
        }
        return null;
    }

    private static List<TimexMention> decades(String text, List<TimexMention> found, LocalDate dct) {
        List<TimexMention> out = new ArrayList<>();
        Matcher m = DECADE_WORD.matcher(text);
        while (m.find()) {
            if (!TimexSpanRules.overlapsAny(found, m.start(), m.end())
                    && !AGE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
                // "in his 30s" is an age
                String value = TimexValueRules.decade(m.group(), dct);
                if (value != null) {
                    out.add(new TimexMention(m.start(), m.end(), "DATE", value));
                }
            }
        }
        return out;
    }

    /** In text order; of overlapping expressions the longer one stays. */
    private static List<TimexMention> withoutOverlaps(List<TimexMention> in) {
        List<TimexMention> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt((TimexMention m) -> m.end() - m.start()).reversed());
        List<TimexMention> kept = new ArrayList<>();
        for (TimexMention m : sorted) {
            if (!TimexSpanRules.overlapsAny(kept, m.start(), m.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(TimexMention::start));
        return kept;
    }

    private static LocalDate creationDate(String iso) {
        TimexValue v = TimexValue.parse(iso == null ? null : iso.length() > 10 ? iso.substring(0, 10) : iso);
        return v == null || v.day() == 0 ? null : v.first();
    }
}
