package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;

/**
 * The time expressions of a document in TimeML form: the annotator's DATE, TIME, DURATION and SET spans, corrected by
 * {@link TimexSpanRules} (extents, false readings, ranges) and {@link TimexValueRules} (values against the document
 * creation date, the tense of the sentence and the date just mentioned). Stateless and thread-safe.
 */
public final class TimexRefiner {

    private static final Pattern DECADE_WORD = Pattern.compile("(?i)(?<![\\w'])(?:the\\s+)?'?(?:1[89]|20)?\\d0'?s\\b");
    private static final Pattern FISCAL_BEFORE = Pattern.compile("(?i)(?:\\bfiscal(?:\\s+year)?|\\bFY)\\s*$");
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
        for (Span s : doc.spans()) {
            if (!isTimex(s) || s.normalized() == null || s.normalized().isBlank()) {
                continue;
            }
            TimexMention m = TimexSpanRules.trim(new TimexMention(s.start(), s.end(), s.type(), s.normalized()), text, tokens);
            if (m != null && !TimexSpanRules.notATime(m, text, tokens, dctYear)) {
                found.add(TimexSpanRules.withTimeZone(m, text, tokens));
            }
        }
        found = TimexSpanRules.clockTimesWithZone(text, found);
        found = withoutOverlaps(found);
        found = TimexSpanRules.joinPieces(found, text);
        found = TimexSpanRules.splitRanges(found, text);
        found.addAll(TimexSpanRules.missedYearRanges(text, found));
        found.addAll(decades(text, found, dct));
        found.addAll(TimexSpanRules.frequencies(text, found));
        found = withoutOverlaps(found);
        List<Resolved> out = new ArrayList<>();
        List<TimexMention> before = new ArrayList<>();
        for (TimexMention m : found) {
            Resolved r = resolve(m, doc, dct, before);
            out.add(r);
            before.add(r.mention());
        }
        return out;
    }

    private Resolved resolve(TimexMention m, AnnotatedDocument doc, LocalDate dct, List<TimexMention> before) {
        String text = doc.text();
        String s = text.substring(m.start(), m.end());
        Sentence sentence = doc.sentenceAt(m.start());
        TimeExpressionExtractor.Tense tense = sentence == null ? TimeExpressionExtractor.Tense.OTHER
                : TimeExpressionExtractor.tense(doc.tokensOf(sentence));
        m = fiscalExtent(m, text);
        s = text.substring(m.start(), m.end());
        boolean timeOnly = m.value().startsWith("T");
        String v = TimexValueRules.spelling(m.value(), dct);
        TimexValue anchor = anchor(doc, sentence, before);
        String anchored = anchor == null ? null : TimexValueRules.fromAnchor(s, anchor);
        if (anchored != null) {
            return new Resolved(new TimexMention(m.start(), m.end(), "DATE", anchored), true, false, false);
        }
        boolean offset = TimexValueRules.isOffset(s);
        v = TimexValueRules.twoDigitYear(s, v, dct);
        v = TimexValueRules.weekday(s, v, dct, tense);
        v = TimexValueRules.month(s, v, dct, tense);
        v = TimexValueRules.previousUnit(s, v, dct);
        v = TimexValueRules.quarterOrFiscal(s, v, dct, tense);
        return new Resolved(m.withValue(v), false, timeOnly, offset);
    }

    /** "fiscal 2009" where the annotator tagged only the year. */
    private static TimexMention fiscalExtent(TimexMention m, String text) {
        Matcher f = FISCAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start()));
        if (f.find() && text.substring(m.start(), m.end()).matches("\\d{4}")) {
            int start = m.start() - (f.end() - f.start());
            return new TimexMention(start, m.end(), "DATE", m.value());
        }
        return m;
    }

    /** The latest date of day precision in this sentence or the {@link #ANCHOR_SENTENCES} before it, or null. */
    private static TimexValue anchor(AnnotatedDocument doc, Sentence sentence, List<TimexMention> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            TimexMention b = before.get(i);
            Sentence bs = doc.sentenceAt(b.start());
            if (sentence != null && bs != null && sentence.index() - bs.index() > ANCHOR_SENTENCES) {
                return null;
            }
            TimexValue v = b.type().equals("DATE") ? TimexValue.parse(b.value()) : null;
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static List<TimexMention> decades(String text, List<TimexMention> found, LocalDate dct) {
        List<TimexMention> out = new ArrayList<>();
        Matcher m = DECADE_WORD.matcher(text);
        while (m.find()) {
            if (!TimexSpanRules.overlapsAny(found, m.start(), m.end())) {
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

    private static boolean isTimex(Span s) {
        return switch (s.type()) {
            case "DATE", "TIME", "DURATION", "SET" -> true;
            default -> false;
        };
    }

    private static LocalDate creationDate(String iso) {
        TimexValue v = TimexValue.parse(iso == null ? null : iso.length() > 10 ? iso.substring(0, 10) : iso);
        return v == null || v.day() == 0 ? null : v.first();
    }
}
