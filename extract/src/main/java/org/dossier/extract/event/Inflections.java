package org.dossier.extract.event;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Regular English inflections of a base form, for matching cue lemmas against text without a lemmatizer. */
final class Inflections {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("meet", "met"), Map.entry("hold", "held"), Map.entry("send", "sent"), Map.entry("fight", "fought"),
            Map.entry("shoot", "shot"), Map.entry("seek", "sought"), Map.entry("withdraw", "withdrew withdrawn"),
            Map.entry("beat", "beaten"), Map.entry("break", "broke broken"), Map.entry("blow", "blew blown"),
            Map.entry("throw", "threw thrown"), Map.entry("give", "gave given"), Map.entry("take", "took taken"),
            Map.entry("undertake", "undertook undertaken"), Map.entry("set", "set"), Map.entry("cut", "cut"),
            Map.entry("build", "built"), Map.entry("forbid", "forbade forbidden"), Map.entry("freeze", "froze frozen"),
            Map.entry("deal", "dealt"), Map.entry("lead", "led"), Map.entry("sell", "sold"), Map.entry("tell", "told"),
            Map.entry("be", "is are was were been being am"), Map.entry("have", "has had having"), Map.entry("do", "does did done"));

    private Inflections() {
    }

    /** Verb forms: base, -s, -ed, -ing, with e-dropping, y to i, consonant doubling, and common irregular forms. */
    static Set<String> verbForms(String base) {
        Set<String> out = new LinkedHashSet<>();
        out.add(base);
        String irregular = IRREGULAR.get(base);
        if (irregular != null) {
            out.addAll(java.util.List.of(irregular.split(" ")));
        }
        int n = base.length();
        char last = base.charAt(n - 1);
        if (last == 'e') {
            out.add(base + "s");
            out.add(base + "d");
            out.add(base.substring(0, n - 1) + "ing");
        } else if (last == 'y' && n > 1 && !isVowel(base.charAt(n - 2))) {
            out.add(base.substring(0, n - 1) + "ies");
            out.add(base.substring(0, n - 1) + "ied");
            out.add(base + "ing");
        } else {
            out.add(base + (last == 's' || last == 'x' || last == 'h' ? "es" : "s"));
            out.add(base + "ed");
            out.add(base + "ing");
            if (n >= 3 && !isVowel(last) && isVowel(base.charAt(n - 2)) && !isVowel(base.charAt(n - 3)) && "wxy".indexOf(last) < 0) {
                out.add(base + last + "ed");
                out.add(base + last + "ing");
            }
        }
        return out;
    }

    /** Noun phrase forms: the phrase and its plural (last word pluralized). */
    static Set<String> nounForms(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        int n = phrase.length();
        char last = phrase.charAt(n - 1);
        if (last == 'y' && n > 1 && !isVowel(phrase.charAt(n - 2))) {
            out.add(phrase.substring(0, n - 1) + "ies");
        } else if (last == 's' || last == 'x' || last == 'h') {
            out.add(phrase + "es");
        } else {
            out.add(phrase + "s");
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
