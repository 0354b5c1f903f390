package org.dossier.annotate.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.annotate.TrueCaser;

/**
 * Re-cases the sentences of a document written in capitals (headlines such as {@code JAPAN GET LUCKY WIN , CHINA IN
 * SURPRISE DEFEAT .}) before name tagging, since a tagger reads capitals poorly and title case ("Lucky Win") invents
 * names. Each word in capitals takes the form the same word has most often in the document's other sentences, counting
 * a sentence's first word only when the word never occurs elsewhere; words the document does not otherwise contain
 * are cased by a {@link TrueCaser}; the sentence's first word is then capitalized. Other sentences, and tokens not
 * wholly in capitals ("McDONALD", "1996-08-30"), are returned unchanged. Stateless and thread-safe.
 */
public final class CapitalsRecaser {

    /** A sentence is in capitals when at least this share of its words (tokens with a letter) are. */
    public static final double CAPITALS_SHARE = 0.7;

    /** ... and it has at least this many words, so that a dateline such as "LONDON 1996-08-30" is left alone. */
    public static final int MIN_WORDS = 3;

    /** Tokens after which a word starts a sentence or a quotation. */
    private static final List<String> OPENERS = List.of("``", "`", "(", "[", "-", "--", "—", ":");

    private final TrueCaser fallback;

    /** @param fallback cases the words the document gives no other form for; called only when there are such words */
    public CapitalsRecaser(TrueCaser fallback) {
        if (fallback == null) {
            throw new IllegalArgumentException("fallback must not be null");
        }
        this.fallback = fallback;
    }

    /**
     * @param sentences the tokens of one document, sentence by sentence
     * @return the same shape, sentences in capitals re-cased
     */
    public List<List<String>> recase(List<List<String>> sentences) {
        Map<String, Map<String, Integer>> inner = new HashMap<>();
        Map<String, Map<String, Integer>> first = new HashMap<>();
        boolean any = false;
        for (List<String> s : sentences) {
            if (inCapitals(s)) {
                any = true;
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                String w = s.get(i);
                (startsSentence(s, i) ? first : inner).computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashMap<>())
                        .merge(w, 1, Integer::sum);
            }
        }
        if (!any) {
            return sentences;
        }
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            out.add(inCapitals(s) ? recaseSentence(s, inner, first) : s);
        }
        return out;
    }

    private List<String> recaseSentence(List<String> s, Map<String, Map<String, Integer>> inner,
            Map<String, Map<String, Integer>> first) {
        List<String> out = new ArrayList<>(s);
        boolean unseen = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.get(i);
            if (!capitalWord(w)) {
                continue;
            }
            String key = w.toLowerCase(Locale.ROOT);
            Map<String, Integer> forms = inner.containsKey(key) ? inner.get(key) : first.get(key);
            if (forms == null) {
                unseen = true;
                out.set(i, null);
            } else {
                out.set(i, mostFrequent(forms));
            }
        }
        if (unseen) {
            List<String> cased = fallback.trueCase(List.of(s)).get(0);
            for (int i = 0; i < s.size(); i++) {
                if (out.get(i) == null) {
                    String c = cased.get(i);
                    out.set(i, c != null && c.equalsIgnoreCase(s.get(i)) ? c : s.get(i));
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            String w = out.get(i);
            if (startsSentence(s, i) && capitalWord(s.get(i)) && Character.isLowerCase(w.charAt(0))) {
                out.set(i, w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
            }
        }
        return out;
    }

    /** Whether most of a sentence's words (tokens holding a letter) are in capitals. */
    public static boolean inCapitals(List<String> tokens) {
        int words = 0;
        int capitals = 0;
        for (String t : tokens) {
            if (t.chars().anyMatch(Character::isLetter)) {
                words++;
                if (t.length() > 1 && capitalWord(t)) {
                    capitals++;
                }
            }
        }
        return words >= MIN_WORDS && capitals >= CAPITALS_SHARE * words;
    }

    private static boolean capitalWord(String t) {
        return t.chars().anyMatch(Character::isLetter) && t.equals(t.toUpperCase(Locale.ROOT));
    }

    /** The first token, or one after an opening quote, bracket, dash or colon ({@code "} opens when an even number precede it). */
    private static boolean startsSentence(List<String> s, int i) {
        if (i == 0) {
            return true;
        }
        String previous = s.get(i - 1);
        if (previous.equals("\"")) {
            return s.subList(0, i - 1).stream().filter(previous::equals).count() % 2 == 0;
        }
        return OPENERS.contains(previous);
    }

    /** The most frequent form; ties go to the form sorting first (capitals before lower case), so order does not matter. */
    private static String mostFrequent(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }
}
