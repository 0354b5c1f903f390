package org.dossier.reconcile.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalized keys under which surface forms of one name meet: case, punctuation and diacritics folded, possessives and
 * corporate suffixes dropped, common country abbreviations expanded ({@code U.S.}, {@code US} and {@code United States}),
 * and alternatives split ({@code Senkaku/Diaoyu Islands}).
 */
public final class NameKey {

    private static final Set<String> CORPORATE_SUFFIXES = Set.of("corp", "corporation", "inc", "incorporated", "co", "ltd",
            "limited", "llc", "plc", "ag", "sa", "gmbh", "holdings", "group", "company");
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "us", "united states", "usa", "united states", "united states of america", "united states",
            "uk", "united kingdom", "eu", "european union", "un", "united nations", "uae", "united arab emirates");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern POSSESSIVE = Pattern.compile("'[sS]$");
    private static final Pattern INITIAL_DOT_INSIDE = Pattern.compile("(?<=\\b[a-z])\\.(?=[a-z]\\b)");
    private static final Pattern INITIAL_DOT = Pattern.compile("(?<=\\b[a-z])\\.");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** The words of a name, folded: {@code Nippon Steel Corp.'s} gives [nippon, steel]. */
    public static List<String> words(String surface) {
        List<String> words = folded(surface);
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && CORPORATE_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String joined = String.join(" ", words);
        for (var e : ABBREVIATIONS.entrySet()) {
            if (joined.equals(e.getKey()) || joined.startsWith(e.getKey() + " ")) {
                joined = e.getValue() + joined.substring(e.getKey().length());
                break;
            }
        }
        return Arrays.asList(joined.split(" "));
    }

    /** Keys of an organization or place: one per alternative of a slashed name. */
    public static List<String> keys(String surface) {
        List<String> out = new ArrayList<>();
        int slash = surface.indexOf('/');
        if (slash > 0 && slash < surface.length() - 1 && !surface.contains(" / ")) {
            String left = surface.substring(0, slash);
            String right = surface.substring(slash + 1);
            int leftSpace = left.lastIndexOf(' ');
            int rightSpace = right.indexOf(' ');
            String prefix = leftSpace < 0 ? "" : left.substring(0, leftSpace + 1);
            String suffix = rightSpace < 0 ? "" : right.substring(rightSpace);
            String a = prefix + (leftSpace < 0 ? left : left.substring(leftSpace + 1)) + suffix;
            String b = prefix + (rightSpace < 0 ? right : right.substring(0, rightSpace)) + suffix;
            out.add(String.join(" ", words(a)));
            out.add(String.join(" ", words(b)));
        } else {
            out.add(String.join(" ", words(surface)));
        }
        return out;
    }

    /** Case, diacritics, possessive, dotted initials and punctuation folded; the words in order. */
    private static List<String> folded(String surface) {
        String s = MARKS.matcher(Normalizer.normalize(surface, Normalizer.Form.NFD)).replaceAll("");
        s = POSSESSIVE.matcher(s.replace('’', '\'')).replaceAll("").toLowerCase(Locale.ROOT);
        s = INITIAL_DOT.matcher(INITIAL_DOT_INSIDE.matcher(s).replaceAll("")).replaceAll("");
        s = NOT_WORD.matcher(s).replaceAll(" ").trim();
        return s.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(s.split(" ")));
    }

    /** A person's key ignores name order: {@code Ishiba Shigeru} and {@code Shigeru Ishiba} meet. */
    public static String personKey(String surface) {
        // no organization rules here: a leading "the" or a trailing "Co" would make the key depend on word order
        List<String> w = folded(surface);
        w.removeIf(x -> x.length() == 1 || x.equals("jr") || x.equals("sr"));
        w.sort(null);
        return String.join(" ", w);
    }
}
