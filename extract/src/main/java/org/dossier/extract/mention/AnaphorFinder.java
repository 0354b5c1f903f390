package org.dossier.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Anaphor;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;

/**
 * Descriptions ({@code the prime minister}, {@code the U.S. president}, {@code the former president}) and third-person
 * singular pronouns of one document, each with the named mentions it could stand for there. A description is the
 * definite article and title words (the annotator's TITLE class), not followed by a name or a possessive name
 * ({@code the Prime Minister's Office}); its candidates are the document's people titled so. A pronoun's candidates are
 * the people named, the descriptions and the pronouns before it in its sentence and the sentence before, on its side of
 * any quotation marks.
 */
public final class AnaphorFinder {

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> PAST = Set.of("former", "late", "then");
    private static final Set<String> QUALIFIERS = Set.of("COUNTRY", "NATIONALITY");
    private static final Set<String> FEMALE_TITLES = Set.of("first lady", "queen", "princess", "chairwoman", "congresswoman",
            "spokeswoman", "businesswoman", "empress", "duchess");
    private static final Set<String> MALE_TITLES = Set.of("king", "prince", "chairman", "congressman", "spokesman",
            "businessman", "emperor", "duke");

    /** A description in tokens: the article, the last title token, its lower-case title and whether it is past or qualified. */
    private record Description(int first, int last, String title, boolean past, boolean qualified) {
    }

    /** The anaphors of {@code doc} in text order; {@code names} are its name mentions. */
    public List<Anaphor> find(AnnotatedDocument doc, List<Mention> names) {
        return find(doc, names, List.of());
    }

    /**
     * The anaphors of {@code doc} in text order, where {@code quoted} are the spans of quoted speech: a pronoun inside a
     * quotation stands for someone named in that quotation, one outside for someone named outside quotations (the speaker
     * of a quote is rarely the "he" within it, nor a name within it the "he" that said it).
     */
    public List<Anaphor> find(AnnotatedDocument doc, List<Mention> names, List<Evidence> quoted) {
        List<Token> tokens = doc.tokens();
        List<Mention> people = names.stream().filter(m -> "PERSON".equals(m.type())).toList();
        List<Description> descriptions = descriptions(tokens, names);
        List<Anaphor> out = new ArrayList<>();
        int d = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (d < descriptions.size() && descriptions.get(d).first() == i) {
                Description desc = descriptions.get(d++);
                out.add(new Anaphor(evidence(doc, desc.first(), desc.last()), desc.title(), desc.qualified(),
                        titleGender(desc.title()), holders(people, desc)));
                i = desc.last();
                continue;
            }
            String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
            Gender g = MALE.contains(lower) ? Gender.MALE : FEMALE.contains(lower) ? Gender.FEMALE : null;
            if (g != null) {
                Evidence quote = quoteAround(quoted, tokens.get(i).start(), tokens.get(i).end());
                List<Evidence> window = before(doc, people, names, descriptions, i).stream()
                        .filter(c -> quoteAround(quoted, c.start(), c.end()) == quote).toList();
                out.add(new Anaphor(evidence(doc, i, i), null, false, g, window));
            }
        }
        return out;
    }

    private static List<Description> descriptions(List<Token> tokens, List<Mention> names) {
        List<Description> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("the")) {
                continue;
            }
            int j = i + 1;
            boolean past = false;
            boolean qualified = false;
            while (j < tokens.size() && (PAST.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
                    || QUALIFIERS.contains(tokens.get(j).ner()))) {
                past |= PAST.contains(tokens.get(j).text().toLowerCase(Locale.ROOT));
                qualified |= QUALIFIERS.contains(tokens.get(j).ner());
                j++;
            }
            int titleStart = j;
            while (j < tokens.size() && "TITLE".equals(tokens.get(j).ner()) && !"NNS".equals(tokens.get(j).pos())
                    && !"NNPS".equals(tokens.get(j).pos())) {
                j++;
            }
            if (j == titleStart || insideName(tokens, i, j - 1, names) || beforeName(tokens, j)) {
                continue;
            }
            int last = j - 1;
            // "the president of Mexico", "the Mayor of Litueche": the place after "of" narrows it, and when a name follows
            // the place ("the Mayor of Litueche Bernardo Cornejo") the words are that person's title, not a description
            if (j + 1 < tokens.size() && tokens.get(j).text().equals("of") && capitalized(tokens.get(j + 1))) {
                int k = j + 1;
                while (k + 1 < tokens.size() && capitalized(tokens.get(k + 1)) && !"PERSON".equals(tokens.get(k + 1).ner())) {
                    k++;
                }
                if (k + 1 < tokens.size() && "PERSON".equals(tokens.get(k + 1).ner())) {
                    continue;
                }
                qualified = true;
                last = k;
            }
            StringBuilder title = new StringBuilder();
            for (int k = titleStart; k < j; k++) {
                title.append(k > titleStart ? " " : "").append(tokens.get(k).text().toLowerCase(Locale.ROOT));
            }
            out.add(new Description(i, last, title.toString(), past, qualified));
            i = last;
        }
        return out;
    }

    private static boolean capitalized(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /** True when the token after a title starts a name ({@code the President Trump}) or a possessive one's thing. */
    private static boolean beforeName(List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(next);
        if (t.text().equals("'s") || t.text().equals("’s")) {
            return next + 1 < tokens.size() && Character.isUpperCase(tokens.get(next + 1).text().charAt(0));
        }
        return MentionExtractor.NAME_TYPES.contains(t.ner())
                || "O".equals(t.ner()) && "NNP".equals(t.pos()) && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean insideName(List<Token> tokens, int first, int last, List<Mention> names) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        return names.stream().anyMatch(m -> m.widest().start() < end && start < m.widest().end());
    }

    /** The document's people titled as {@code desc} says (a past title for {@code the former …}, else a current one). */
    private static List<Evidence> holders(List<Mention> people, Description desc) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : people) {
            if (m.role() == null || m.titled() == null) {
                continue;
            }
            String role = m.role().toLowerCase(Locale.ROOT);
            String titled = m.titled().text().toLowerCase(Locale.ROOT);
            boolean past = PAST.stream().anyMatch(p -> titled.startsWith(p + " "));
            if (past == desc.past() && (role.equals(desc.title()) || role.startsWith(desc.title() + " of "))) {
                out.add(m.name());
            }
        }
        return out;
    }

    /**
     * People named, descriptions, pronouns and unnamed people (title words standing alone) before token {@code i} in its
     * sentence and the sentence before.
     */
    private static List<Evidence> before(AnnotatedDocument doc, List<Mention> people, List<Mention> names,
            List<Description> descriptions, int i) {
        Token t = doc.tokens().get(i);
        Sentence s = doc.sentenceAt(t.start());
        int from = s == null ? t.start() : doc.sentences().get(Math.max(0, s.index() - 1)).start();
        List<Evidence> out = new ArrayList<>();
        for (Mention m : people) {
            if (m.name().start() >= from && m.name().end() <= t.start()) {
                out.add(m.name());
            }
        }
        for (Description d : descriptions) {
            Evidence e = evidence(doc, d.first(), d.last());
            if (e.start() >= from && e.end() <= t.start()) {
                out.add(e);
            }
        }
        List<Token> tokens = doc.tokens();
        for (int k = i - 1; k >= 0 && tokens.get(k).start() >= from; k--) {
            String lower = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (MALE.contains(lower) || FEMALE.contains(lower)) {
                out.add(evidence(doc, k, k));
            } else if (unnamedPerson(tokens, k, names, descriptions)) {
                out.add(evidence(doc, k, k));   // "an Italian commentator mentioned he…": someone no name stands for
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * True when token {@code k} is a singular title word that is neither part of a name's title, nor a description, nor
     * right before a name: a person the text does not name ({@code a commentator}, {@code the mayor's aide}).
     */
    private static boolean unnamedPerson(List<Token> tokens, int k, List<Mention> names, List<Description> descriptions) {
        Token t = tokens.get(k);
        if (!"TITLE".equals(t.ner()) || "NNS".equals(t.pos()) || "NNPS".equals(t.pos())) {
            return false;
        }
        int next = k + 1;
        while (next < tokens.size() && "TITLE".equals(tokens.get(next).ner())) {
            next++;
        }
        if (next < tokens.size() && "PERSON".equals(tokens.get(next).ner())) {
            return false;
        }
        for (Mention m : names) {
            if (m.widest().start() <= t.start() && t.end() <= m.widest().end()) {
                return false;
            }
        }
        for (Description d : descriptions) {
            if (d.first() <= k && k <= d.last()) {
                return false;
            }
        }
        return true;
    }

    /** The quotation holding {@code [start, end)}, or null. */
    private static Evidence quoteAround(List<Evidence> quoted, int start, int end) {
        for (Evidence q : quoted) {
            if (q.start() <= start && end <= q.end()) {
                return q;
            }
        }
        return null;
    }

    private static Gender titleGender(String title) {
        return FEMALE_TITLES.contains(title) ? Gender.FEMALE : MALE_TITLES.contains(title) ? Gender.MALE : Gender.UNKNOWN;
    }

    private static Evidence evidence(AnnotatedDocument doc, int first, int last) {
        return Evidence.of(doc.source().id(), doc.text(), doc.tokens().get(first).start(), doc.tokens().get(last).end());
    }
}
