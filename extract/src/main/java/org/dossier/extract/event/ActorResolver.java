package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors named in a sentence and resolves each to a code and sector: a country, demonym, capital or organization from
 * the {@link CountryTable}, with the role words next to it ("Israeli Prime Minister", "Serbian parliament"), or a role phrase alone
 * ("Judge Rivera", "demonstrators in Baghdad"), which takes the code of a place it is "of", "in" or "from", or a person's name
 * (by its named-entity tag), without a code. An ethnic group
 * ("ethnic Albanians") or a people ("Albanians") named with its place of residence ("in southern Serbia") takes the place's code;
 * "ethnic" alone gives no country, and a demonym qualifying a border ("the Thai border") names no actor.
 */
final class ActorResolver {

    private static final Set<String> STOP = Set.of("and", "or", "but", "to", "on", "at", "for", "with", "against", "has", "have",
            "had", "is", "are", "was", "were", "will", "would", "that", "who", "which", "said", "says", "by", "as", "than");
    private static final Set<String> LINK = Set.of("of", "in", "from");
    private static final Set<String> RESIDENCE = Set.of("of", "in");
    private static final Set<String> RESIDING = Set.of("operating", "living", "based", "residing", "stationed");
    private static final Set<String> EDGE = Set.of("border", "borders", "frontier", "frontiers", "border-crossing");
    private static final int RIGHT = 4;

    private final CountryTable countries;
    private final SectorWords sectors = new SectorWords();

    ActorResolver(CountryTable countries) {
        this.countries = countries;
    }

    /** The actors of {@code text} within the span of {@code words}, left to right, not overlapping. */
    List<Actor> resolve(String text, List<Word> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        int from = words.get(0).start();
        int to = words.get(words.size() - 1).end();
        boolean[] used = new boolean[words.size()];
        List<Found> found = new ArrayList<>();
        for (CountryTable.Match m : countries.find(text, from, to)) {
            if (isModifier(text, m)) {
                continue;
            }
            int first = wordAt(words, m.start());
            int last = wordAt(words, m.end() - 1);
            if (first < 0 || last < 0 || used[first] || (m.entry().demonym() && qualifiesEdge(words, last))) {
                continue;
            }
            found.add(anchored(words, first, last, m));
            mark(used, found.get(found.size() - 1));
        }
        residence(words, found, used);
        for (int i = 0; i < words.size(); i++) {
            if (used[i]) {
                continue;
            }
            int n = sectors.phraseLength(words, i);
            if (n > 0 && !used[i + n - 1]) {
                Found role = roleOnly(words, i, n, found, used);
                found.add(role);
                mark(used, role);
                i = role.last;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (!used[i] && words.get(i).isPerson()) {
                int last = i;
                while (last + 1 < words.size() && !used[last + 1] && words.get(last + 1).isPerson()) {
                    last++;
                }
                Found person = new Found(i, last, null, null);
                found.add(person);
                mark(used, person);
                i = last;
            }
        }
        found.sort((a, b) -> Integer.compare(a.first, b.first));
        List<Actor> out = new ArrayList<>();
        for (Found f : found) {
            if (f.consumed) {
                continue;
            }
            int start = words.get(f.first).start();
            int end = words.get(f.last).end();
            out.add(new Actor(text.substring(start, end), f.code, f.sector, start, end));
        }
        return out;
    }

    /** "Israeli-occupied", "NATO-member", "pro-Iranian": a name inside a hyphenated modifier is not an actor. */
    private static boolean isModifier(String text, CountryTable.Match m) {
        if (m.start() > 0 && text.charAt(m.start() - 1) == '-') {
            return true;
        }
        if (m.end() + 1 < text.length() && text.charAt(m.end()) == '-' && Character.isLowerCase(text.charAt(m.end() + 1))) {
            return !text.startsWith("-led", m.end());
        }
        return false;
    }

    private Found anchored(List<Word> words, int first, int last, CountryTable.Match m) {
        String sector = m.entry().sector();
        int end = last;
        for (int i = last + 1; i < words.size() && i <= last + RIGHT; i++) {
            Word w = words.get(i);
            if ((w.isPunctuation() && !w.text().equals("'s")) || STOP.contains(w.lower()) || looksFinite(w)) {
                break;
            }
            int n = sectors.phraseLength(words, i);
            if (n > 0) {
                sector = sectors.sector(words, i, n);
                end = names(words, i + n - 1);
                break;
            }
        }
        if (end == last && m.entry().sector() == null) {
            for (int i = first - 1; i >= 0 && i >= first - 2; i--) {
                Word w = words.get(i);
                if (w.isPunctuation() || STOP.contains(w.lower())) {
                    break;
                }
                int n = sectors.phraseLength(words, i);
                if (n > 0 && i + n == first) {
                    sector = sectors.sector(words, i, n);
                    first = i;
                    break;
                }
            }
        }
        Found f = new Found(first, end, m.entry().code(), sector);
        if (m.entry().demonym() && first > 0 && words.get(first - 1).lower().equals("ethnic")) {
            f = new Found(first - 1, end, null, sector);
            f.group = true;
        } else if (m.entry().demonym() && end == last && m.text().endsWith("s") && m.entry().kind().equals("C")) {
            f.group = true;
        }
        return f;
    }

    /** "the Thai border", "the Syrian-Turkish frontier": the demonym at {@code last} qualifies a border. */
    private static boolean qualifiesEdge(List<Word> words, int last) {
        for (int i = last + 1; i < words.size() && i <= last + 3; i++) {
            Word w = words.get(i);
            if (EDGE.contains(w.lower())) {
                return true;
            }
            if (!w.text().equals("-") && !w.isProperNoun() && !Character.isUpperCase(w.text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A people or ethnic group followed by its place of residence ("Albanians of southern Serbia", "ethnic Albanian guerrillas
     * operating in Macedonia") takes over the place and its code.
     */
    private static void residence(List<Word> words, List<Found> found, boolean[] used) {
        for (Found f : found) {
            if (!f.group || f.last + 2 >= words.size()) {
                continue;
            }
            int link = f.last + 1;
            if (RESIDING.contains(words.get(link).lower()) && link + 1 < words.size()) {
                link++;
            }
            if (!RESIDENCE.contains(words.get(link).lower())) {
                continue;
            }
            for (Found a : found) {
                if (a != f && !a.consumed && !a.group && a.first > link && a.first <= link + 3
                        && noBreak(words, link + 1, a.first)) {
                    a.consumed = true;
                    f.code = a.code;
                    f.last = a.last;
                    mark(used, f);
                    break;
                }
            }
        }
    }

    /** A finite verb by its tag, or without tags a lowercase word ending like a past tense or participle. */
    private static boolean looksFinite(Word w) {
        if (w.pos() != null) {
            return w.isVerb() && !w.pos().equals("VBN") && !w.pos().equals("VBG");
        }
        return Character.isLowerCase(w.text().charAt(0)) && (w.lower().endsWith("ed") || w.lower().endsWith("ing"));
    }

    /** A role phrase with the capitalized names after it, taking the code of a place it is "of", "in" or "from". */
    private Found roleOnly(List<Word> words, int i, int n, List<Found> anchors, boolean[] used) {
        String sector = sectors.sector(words, i, n);
        int last = names(words, i + n - 1);
        int first = i;
        while (first > 0 && !used[first - 1] && words.get(first - 1).isProperNoun() && !words.get(first - 1).isPunctuation()
                && words.get(first - 1).pos() != null) {
            first--;
        }
        if (last + 1 < words.size() && LINK.contains(words.get(last + 1).lower())) {
            for (Found a : anchors) {
                if (!a.consumed && a.first > last + 1 && a.first <= last + 4 && noBreak(words, last + 2, a.first)) {
                    a.consumed = true;
                    return new Found(first, a.last, a.code, sector);
                }
            }
        }
        return new Found(first, last, null, sector);
    }

    private static boolean noBreak(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (w.isPunctuation() || w.isVerb() || STOP.contains(w.lower())) {
                return false;
            }
        }
        return true;
    }

    /** The last word of the capitalized names that follow {@code i} ("President Elias Hrawi"). */
    private static int names(List<Word> words, int i) {
        int last = i;
        while (last + 1 < words.size()) {
            Word next = words.get(last + 1);
            if (!Character.isUpperCase(next.text().charAt(0)) || next.isPunctuation() || (next.pos() != null && !next.isProperNoun())) {
                break;
            }
            last++;
        }
        return last;
    }

    private static int wordAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() <= offset && offset < words.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static void mark(boolean[] used, Found f) {
        for (int k = f.first; k <= f.last; k++) {
            used[k] = true;
        }
    }

    /**
     * A mention under construction; {@code consumed} when a role phrase or a group took it over; {@code group} for a people or
     * ethnic group, whose country is where it lives.
     */
    private static final class Found {
        final int first;
        int last;
        String code;
        final String sector;
        boolean consumed;
        boolean group;

        Found(int first, int last, String code, String sector) {
            this.first = first;
            this.last = last;
            this.code = code;
            this.sector = sector;
        }
    }
}
