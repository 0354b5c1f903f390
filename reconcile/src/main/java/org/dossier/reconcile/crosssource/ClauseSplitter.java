package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.model.Evidence;

/**
 * Splits a sentence into clauses at commas, semicolons, colons and dashes, merging pieces shorter than
 * {@link #MIN_WORDS} words into their neighbour, so that a sentence naming several expectations yields one clause each.
 * Given a cue (see {@link ClauseCues}), only a piece that carries the cue (or lists a further item after one that does)
 * opens a clause; other pieces, such as relative clauses and introductory phrases, stay with their neighbour.
 * Offsets stay exact: each clause is a trimmed slice of the source text.
 */
public final class ClauseSplitter {

    /** A clause has at least this many words; shorter pieces join the next (or the previous) one. */
    public static final int MIN_WORDS = 5;

    /** A clause and whether it carries the cue it was split on (always true when split without a cue). */
    record Clause(Evidence evidence, boolean cued) {
    }

    /** The clauses of {@code sentence}, whose text is {@code sourceText}; the sentence itself when it does not split. */
    public List<Evidence> split(Evidence sentence, String sourceText) {
        return clauses(sentence, sourceText, null).stream().map(Clause::evidence).toList();
    }

    /**
     * The clauses of {@code sentence} opened by {@code cue}: a piece opens a clause when it carries the cue and is not
     * background, or lists a further item after a cued clause; leading pieces join the first clause, others the clause
     * before them. A sentence without any cue is one uncued clause. A null {@code cue} opens a clause at every piece.
     */
    List<Clause> clauses(Evidence sentence, String sourceText, Pattern cue) {
        List<int[]> pieces = new ArrayList<>();
        int from = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (isBreak(sourceText, i, sentence.end())) {
                pieces.add(new int[] {from, i});
                from = i + 1;
            }
        }
        pieces.add(new int[] {from, sentence.end()});
        // groups: {start, end, cued}
        List<int[]> groups = new ArrayList<>();
        int leading = -1;
        for (int[] p : pieces) {
            String text = sourceText.substring(p[0], p[1]);
            boolean cued = cue == null || ClauseCues.hasCue(cue, text);
            boolean opens;
            if (cue == null) {
                opens = true;
            } else {
                boolean previousCued = !groups.isEmpty() && groups.get(groups.size() - 1)[2] == 1;
                opens = !ClauseCues.isBackground(text) && (cued || previousCued && ClauseCues.isFurtherItem(text));
            }
            if (opens && leading >= 0 && groups.isEmpty() && ownClause(sourceText, leading, p[0])) {
                groups.add(new int[] {leading, p[0] - 1, 1});
                groups.add(new int[] {p[0], p[1], 1});
            } else if (opens) {
                groups.add(new int[] {leading >= 0 && groups.isEmpty() ? leading : p[0], p[1], 1});
            } else if (groups.isEmpty()) {
                leading = leading >= 0 ? leading : p[0];
            } else {
                groups.get(groups.size() - 1)[1] = p[1];
            }
        }
        if (groups.isEmpty()) {
            return List.of(new Clause(sentence, false));
        }
        groups.get(groups.size() - 1)[1] = sentence.end();
        List<int[]> merged = new ArrayList<>();
        int[] pending = null;
        for (int[] g : groups) {
            int[] current = pending == null ? g : new int[] {pending[0], g[1], Math.max(pending[2], g[2])};
            if (words(sourceText, current) < MIN_WORDS) {
                pending = current;
            } else {
                merged.add(current);
                pending = null;
            }
        }
        if (pending != null) {
            if (merged.isEmpty()) {
                merged.add(pending);
            } else {
                int[] last = merged.get(merged.size() - 1);
                last[1] = pending[1];
                last[2] = Math.max(last[2], pending[2]);
            }
        }
        if (merged.size() < 2) {
            return List.of(new Clause(sentence, merged.get(0)[2] == 1));
        }
        List<Clause> out = new ArrayList<>();
        for (int[] m : merged) {
            int b = m[0];
            int e = m[1];
            while (b < e && (Character.isWhitespace(sourceText.charAt(b)) || isBreakChar(sourceText.charAt(b)))) {
                b++;
            }
            while (e > b && Character.isWhitespace(sourceText.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                out.add(new Clause(Evidence.of(sentence.source(), sourceText, b, e), m[2] == 1));
            }
        }
        return out.size() < 2 ? List.of(new Clause(sentence, out.stream().anyMatch(Clause::cued))) : out;
    }

    private static boolean isBreak(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == ',' ) {
            // not inside a number such as 1,000
            return !(i > 0 && i + 1 < end && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
        }
        if (c == ';' || c == ':') {
            return true;
        }
        if (c == '—' || c == '–') {
            return true;
        }
        return false;
    }

    private static boolean isBreakChar(char c) {
        return c == ',' || c == ';' || c == ':' || c == '—' || c == '–';
    }

    /**
     * True when the leading phrase {@code [from, to)} before the first cued piece says something of its own (not
     * background, at least {@link #MIN_WORDS} words, with a verb in -ing form), so it shares the cue of the clause it leads.
     */
    private static boolean ownClause(String text, int from, int to) {
        String phrase = text.substring(from, to);
        return !ClauseCues.isBackground(phrase) && words(phrase) >= MIN_WORDS && ClauseCues.hasGerund(phrase);
    }

    static int words(String text) {
        return words(text, new int[] {0, text.length()});
    }

    private static int words(String text, int[] span) {
        int n = 0;
        boolean inWord = false;
        for (int i = span[0]; i < span[1]; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
