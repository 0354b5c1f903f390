package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.TimeExpression;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;

/**
 * Dates in the text, resolved at the precision the text supports by the same rules as the TimeML output
 * ({@link TimexRefiner}): weekdays and year-less months by the tense of their sentence, offsets such as "three days later"
 * counted from the date mentioned just before, ranges split into their two dates. Offsets with no date before them to
 * count from, and clock times without a date, are left out rather than dated by the reference date.
 */
public final class TimeExpressionExtractor {

    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "expected", "scheduled", "set", "plans",
            "planned", "planning", "upcoming", "next", "due", "aims", "intends", "going");
    private static final Set<String> EXPECTATION_WORDS = Set.of("expected", "may", "might", "could", "likely", "probably",
            "hopes", "hope", "would", "should");
    private static final Set<String> PLAN_WORDS = Set.of("scheduled", "plans", "planned", "set", "due", "will", "'ll", "to");

    private final TimexRefiner refiner = new TimexRefiner();

    public List<TimeExpression> extract(AnnotatedDocument doc) {
        List<TimeExpression> out = new ArrayList<>();
        LocalDate reference = referenceDate(doc.referenceDate());
        for (TimexRefiner.Resolved r : refiner.resolve(doc)) {
            TimexMention m = r.mention();
            if (r.timeOfDayOnly() || r.unanchoredOffset() || !m.type().equals("DATE") && !m.type().equals("TIME")) {
                continue;
            }
            TimexValue value = TimexValue.parse(m.value());
            Sentence sentence = doc.sentenceAt(m.start());
            if (value == null || sentence == null) {
                continue;
            }
            List<Token> clause = doc.tokensOf(sentence);
            Certainty certainty = certainty(clause, value, reference, tense(clause));
            String id = doc.source().id();
            Evidence evidence = Evidence.of(id, doc.text(), m.start(), m.end());
            Evidence where = Evidence.of(id, doc.text(), sentence.start(), sentence.end());
            out.add(new TimeExpression(evidence, value.iso(), certainty, oneLine(where.text()), where));
        }
        return out;
    }

    enum Tense { PAST, FUTURE, OTHER }

    static Tense tense(List<Token> clause) {
        int past = 0;
        int future = 0;
        for (Token t : clause) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (FUTURE_WORDS.contains(lower) || "MD".equals(t.pos()) && !lower.equals("would") && !lower.equals("could")) {
                future++;
            } else if ("VBD".equals(t.pos())) {
                past++;
            }
        }
        if (future > past) {
            return Tense.FUTURE;
        }
        return past > 0 ? Tense.PAST : Tense.OTHER;
    }

    /** A past-tense clause cannot date a happening after the reference; a future one not months before it. */
    static TimexValue shiftByTense(TimexValue value, LocalDate reference, Tense tense) {
        if (tense == Tense.PAST && value.first().isAfter(reference)) {
            return value.plusYears(-1);
        }
        if (tense == Tense.FUTURE && value.last().isBefore(reference.minusDays(31))) {
            return value.plusYears(1);
        }
        return value;
    }

    static Certainty certainty(List<Token> clause, TimexValue value, LocalDate reference, Tense tense) {
        boolean afterReference = reference != null && value.first().isAfter(reference);
        if (tense != Tense.FUTURE && !afterReference) {
            return Certainty.REPORTED;
        }
        for (Token t : clause) {
            if (EXPECTATION_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return Certainty.EXPECTED;
            }
        }
        for (Token t : clause) {
            if (PLAN_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return Certainty.PLANNED;
            }
        }
        return afterReference ? Certainty.EXPECTED : Certainty.REPORTED;
    }

    private static LocalDate referenceDate(String iso) {
        TimexValue v = TimexValue.parse(iso);
        return v == null || v.day() == 0 ? null : v.first();
    }

    /** The sentence on one line, cut at a word boundary to at most 160 characters. */
    static String oneLine(String sentence) {
        String s = sentence.replaceAll("\\s+", " ").trim();
        if (s.length() <= 160) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 157);
        return s.substring(0, cut > 80 ? cut : 157) + "…";
    }
}
