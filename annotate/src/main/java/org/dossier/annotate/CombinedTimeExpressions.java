package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Span;

/**
 * The time expressions of two taggers as one set: a primary tagger's, completed by the annotator's own (SUTime's)
 * where the primary found nothing, or where the annotator's expression holds exactly one of the primary's and more
 * words ("the final quarter of 2009" against "2009", "this past Friday" against "past Friday"), or several of the
 * primary's joined by "of" ("the last week of March" against "the last week" and "March": one TIMEX3 in TimeML). Where
 * one of the annotator's expressions spans two of the primary's otherwise ("the weekend and Monday"), or the primary's is
 * the longer, or the longer one is not one expression (a range for a value, "may" read as the month, an apposition),
 * the primary's are kept. Stateless.
 */
public final class CombinedTimeExpressions {

    private static final Pattern PREPOSITION = Pattern.compile("(?i)on|in|at|by|from|since|until|during|for");
    private static final Pattern MONTH_AS_WORD = Pattern.compile("\\b(?:may|march)\\b");

    private CombinedTimeExpressions() {
    }

    /** {@code doc} with its time expressions combined with {@code primary}'s; its other spans are kept. */
    public static AnnotatedDocument of(AnnotatedDocument doc, TimeTagger primary) {
        List<Span> others = new ArrayList<>();
        List<Span> annotators = new ArrayList<>();
        for (Span s : doc.spans()) {
            (Span.isTimeType(s.type()) ? annotators : others).add(s);
        }
        List<Span> spans = new ArrayList<>(others);
        spans.addAll(merge(primary.tag(doc), annotators));
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return new AnnotatedDocument(doc.source(), doc.referenceDate(), doc.tokens(), doc.sentences(), spans);
    }

    /** {@code doc} with its time expressions replaced by {@code tagger}'s: to measure that tagger alone. */
    public static AnnotatedDocument replaced(AnnotatedDocument doc, TimeTagger tagger) {
        List<Span> spans = new ArrayList<>(doc.spans().stream().filter(s -> !Span.isTimeType(s.type())).toList());
        spans.addAll(tagger.tag(doc));
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return new AnnotatedDocument(doc.source(), doc.referenceDate(), doc.tokens(), doc.sentences(), spans);
    }

    /**
     * The primary expressions, completed by the secondary ones as the class comment says. The secondary tagger may give
     * one expression as pieces with the same value (SUTime's "2009", "to", "2011" for "2009 to 2011"): pieces at most
     * one character apart with the same value are read as one expression.
     */
    public static List<Span> merge(List<Span> primary, List<Span> secondary) {
        List<Span> out = new ArrayList<>(primary);
        List<Span> sorted = new ArrayList<>(secondary);
        sorted.sort(Comparator.comparingInt(Span::start));
        for (int i = 0; i < sorted.size(); ) {
            int j = i + 1;
            while (j < sorted.size() && Objects.equals(sorted.get(j).normalized(), sorted.get(i).normalized())
                    && sorted.get(j).start() - sorted.get(j - 1).end() <= 1) {
                j++;
            }
            List<Span> group = sorted.subList(i, j);
            int from = group.get(0).start();
            int to = group.get(group.size() - 1).end();
            List<Span> overlapped = primary.stream().filter(p -> p.start() < to && from < p.end()).toList();
            if (overlapped.isEmpty()) {
                out.addAll(group);
            } else if (holdsMore(group, overlapped) && oneExpression(group, overlapped)) {
                out.removeAll(overlapped);
                out.addAll(group);
            }
            i = j;
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return out;
    }

    /**
     * True unless the secondary expression's extra words or value show that it is not one expression with the primary
     * one, or it has no value where the primary has one (SUTime's "every two hours", a set it gives no value, against
     * HeidelTime's "two hours"), or it adds only a preposition (SUTime's "on Wednesday", which TimeML's extents never
     * hold): a range for a value (TimeML has none: SUTime's "2013-03-16/2013-03-19" for "last three days", where "last" is
     * a verb), "may" or "march" in lower case among the extra words (the verb or the noun read as the month: "The summer
     * of 2014 may"), or a comma among them with a value that does not start with the primary's (SUTime's "THIS P1Y
     * INTERSECT 2015" for "2015, the year"; "Monday, March 3" keeps "Monday"'s day).
     */
    private static boolean oneExpression(List<Span> group, List<Span> overlapped) {
        if (overlapped.size() != 1) {
            return true;
        }
        Span primary = overlapped.get(0);
        String value = group.get(0).normalized() == null ? "" : group.get(0).normalized();
        if (value.isBlank() && primary.normalized() != null && !primary.normalized().isBlank()) {
            return false;
        }
        // the secondary's words outside the primary's extent (a group's pieces are at most one character apart)
        StringBuilder words = new StringBuilder();
        for (Span piece : group) {
            String t = piece.text();
            int from = Math.max(0, Math.min(t.length(), primary.start() - piece.start()));
            int to = Math.max(0, Math.min(t.length(), primary.end() - piece.start()));
            words.append(' ').append(t, 0, from).append(' ').append(t.substring(to));
        }
        String extra = words.toString();
        if (value.contains("/") || MONTH_AS_WORD.matcher(extra).find() || PREPOSITION.matcher(extra.trim()).matches()) {
            return false;
        }
        return !extra.contains(",") || primary.normalized() != null && value.startsWith(primary.normalized());
    }

    /**
     * True when the secondary expression holds the primary ones and more: one of them with words around it, or several
     * that make one date with "of" ("the last week" and "March" in "the last week of March", one TIMEX3 in TimeML).
     */
    private static boolean holdsMore(List<Span> group, List<Span> overlapped) {
        int from = group.get(0).start();
        int to = group.get(group.size() - 1).end();
        Span first = overlapped.get(0);
        Span last = overlapped.get(overlapped.size() - 1);
        if (first.start() < from || last.end() > to) {
            return false;
        }
        if (overlapped.size() == 1) {
            return to - from > first.end() - first.start();
        }
        if (group.size() != 1) {
            return false;
        }
        String words = group.get(0).text();
        for (int k = 1; k < overlapped.size(); k++) {
            String between = words.substring(overlapped.get(k - 1).end() - from, overlapped.get(k).start() - from);
            if (!between.equals(" of ")) {
                return false;
            }
        }
        return true;
    }

}
