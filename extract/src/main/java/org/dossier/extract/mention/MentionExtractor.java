package org.dossier.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.internal.TokenIndex;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;

/**
 * Names of people, organizations and places, with the title in front of them ({@code Prime Minister Ishiba}), the role
 * that title gives, and gender where an honorific or kinship word states it.
 */
public final class MentionExtractor {

    static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "madam", "madame", "lady", "dame");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr.", "mr", "sir");
    private static final Set<String> FEMALE_WORDS = Set.of("widow", "wife", "mother", "daughter", "sister", "queen", "princess",
            "grandmother", "granddaughter", "aunt", "niece", "she", "her", "herself", "actress", "chairwoman", "congresswoman",
            "businesswoman", "spokeswoman", "first lady", "girlfriend");
    private static final Set<String> MALE_WORDS = Set.of("widower", "husband", "father", "son", "brother", "king", "prince",
            "grandfather", "grandson", "uncle", "nephew", "he", "him", "his", "himself", "actor", "chairman", "congressman",
            "businessman", "spokesman", "boyfriend");
    /** Capitalized words that belong to a title although taggers often leave them out. */
    private static final Set<String> TITLE_MODIFIERS = Set.of("chief", "deputy", "vice", "acting", "senior", "first", "former",
            "late", "then", "interim", "assistant", "associate", "executive", "general", "prime", "lead");
    private static final Set<String> NOT_ROLE = Set.of("former", "late", "then");
    /** Fine classes that describe rather than name: "Japanese", "Christian", "communist" are not entities. */
    private static final Set<String> DESCRIPTIVE_CLASSES = Set.of("NATIONALITY", "RELIGION", "IDEOLOGY");

    private static boolean allTagged(List<Token> tokens, int first, int last, Set<String> classes) {
        for (int i = first; i <= last; i++) {
            if (!classes.contains(tokens.get(i).ner())) {
                return false;
            }
        }
        return true;
    }

    /** All name mentions of the document, in text order. */
    public List<Mention> extract(AnnotatedDocument doc) {
        List<Mention> out = new ArrayList<>();
        String id = doc.source().id();
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        List<Span> names = NameSpans.normalize(doc);
        for (Span span : names) {
            int first = TokenIndex.startingAt(tokens, span.start());
            int last = TokenIndex.lastBefore(tokens, span.end());
            if (first < 0 || last < first) {
                continue;
            }
            if (allTagged(tokens, first, last, DESCRIPTIVE_CLASSES)) {
                continue;
            }
            int sentenceStart = doc.sentences().get(span.sentence()).firstToken();
            int titleStart = titleStart(tokens, first, sentenceStart);
            Evidence name = Evidence.of(id, text, span.start(), span.end());
            Evidence titled = null;
            String role = null;
            if (titleStart < first) {
                titled = Evidence.of(id, text, tokens.get(titleStart).start(), span.end());
                role = role(tokens, titleStart, first, text);
            }
            Gender gender = "PERSON".equals(span.type()) ? gender(tokens, first, last, titleStart, sentenceStart, doc) : Gender.UNKNOWN;
            out.add(new Mention(name, span.type(), titled, role, gender));
        }
        return out;
    }

    /** Index of the first title token directly before {@code first}, or {@code first} when there is none. */
    static int titleStart(List<Token> tokens, int first, int sentenceStart) {
        int i = first;
        while (i - 1 >= sentenceStart) {
            Token t = tokens.get(i - 1);
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean title = "TITLE".equals(t.ner()) && Character.isUpperCase(t.text().charAt(0));
            boolean honorific = FEMALE_HONORIFICS.contains(lower) || MALE_HONORIFICS.contains(lower) || "dr.".equals(lower);
            boolean modifier = i < first && TITLE_MODIFIERS.contains(lower) && Character.isUpperCase(t.text().charAt(0));
            if (title || honorific || modifier) {
                i--;
            } else {
                break;
            }
        }
        // a title ends with a title word, never with a bare modifier such as "Former"
        return i;
    }

    private static String role(List<Token> tokens, int titleStart, int first, String text) {
        int b = titleStart;
        while (b < first && (NOT_ROLE.contains(tokens.get(b).text().toLowerCase(Locale.ROOT)) || isHonorific(tokens.get(b)))) {
            b++;
        }
        if (b >= first) {
            return null;
        }
        String role = text.substring(tokens.get(b).start(), tokens.get(first - 1).end());
        String country = countryBefore(tokens, titleStart);
        return country == null ? role : role + " of " + country;
    }

    /** A country named right before a title: {@code Japan's Prime Minister}, {@code U.S. President}. */
    private static String countryBefore(List<Token> tokens, int titleStart) {
        int i = titleStart - 1;
        if (i >= 0 && (tokens.get(i).text().equals("'s") || tokens.get(i).text().equals("’s"))) {
            i--;
        }
        if (i < 0 || !"COUNTRY".equals(tokens.get(i).ner())) {
            return null;
        }
        int end = i;
        while (i - 1 >= 0 && "COUNTRY".equals(tokens.get(i - 1).ner())) {
            i--;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= end; k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    private static boolean isHonorific(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        return FEMALE_HONORIFICS.contains(lower) || MALE_HONORIFICS.contains(lower) || "dr.".equals(lower);
    }

    /** Gender from an honorific before the name or a kinship word in apposition (", the widow of", "'s wife, NAME"). */
    static Gender gender(List<Token> tokens, int first, int last, int titleStart, int sentenceStart, AnnotatedDocument doc) {
        for (int i = titleStart; i < first; i++) {
            String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (FEMALE_HONORIFICS.contains(lower) || "first".equals(lower) && i + 1 < first
                    && "lady".equalsIgnoreCase(tokens.get(i + 1).text())) {
                return Gender.FEMALE;
            }
            if (MALE_HONORIFICS.contains(lower)) {
                return Gender.MALE;
            }
        }
        // apposition after: NAME , the widow of ...
        int after = last + 1;
        if (after < tokens.size() && ",".equals(tokens.get(after).text())) {
            Gender g = kinship(tokens, after + 1, Math.min(tokens.size(), after + 4));
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        // apposition before: X 's widow , NAME
        int before = titleStart - 1;
        if (before >= sentenceStart && ",".equals(tokens.get(before).text())) {
            return kinship(tokens, Math.max(sentenceStart, before - 2), before);
        }
        return Gender.UNKNOWN;
    }

    private static Gender kinship(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (lower.equals("he") || lower.equals("she") || lower.equals("his") || lower.equals("her") || lower.equals("him")) {
                continue;
            }
            if (FEMALE_WORDS.contains(lower)) {
                return Gender.FEMALE;
            }
            if (MALE_WORDS.contains(lower)) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }
}
