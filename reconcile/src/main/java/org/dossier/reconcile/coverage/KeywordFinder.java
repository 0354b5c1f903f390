package org.dossier.reconcile.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Source;
import org.dossier.reconcile.text.Terms;

/**
 * The corpus's keywords: phrases of one to three content words (runs without stopwords or numbers), stemmed, that at least
 * two sources use (one when there is a single source), ranked by {@code share of sources × log(1 + occurrences)}, times 1.5
 * for phrases of two or more words; a phrase overlapping a better one is dropped. Stateless and thread-safe.
 */
final class KeywordFinder {

    /** Common verbs, units, months and time zones that make poor topics. */
    private static final Set<String> WEAK = Set.of("january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "utc", "gmt", "bst", "est", "hit", "hits","want", "wants", "stay", "stays", "keep", "keeps", "remain", "remains",
            "need", "needs", "seem", "seems", "continue", "continues", "expect", "expects", "hope", "hopes", "give", "gives",
            "show", "shows", "help", "helps", "begin", "begins", "include", "includes", "become", "becomes", "allow", "allows",
            "call", "calls", "added", "asked", "percent", "cent", "million", "billion", "thousand", "hundred", "dozen",
            "number", "according", "spokesman", "spokeswoman", "statement", "believe", "believes", "think", "thinks", "know",
            "known", "use", "used", "uses", "being", "due", "able", "likely", "total", "based", "held", "left", "big", "large",
            "small", "high", "low", "early", "late", "recent", "former", "current", "next", "previous", "major", "official",
            "officials", "local", "national", "international", "told", "gave", "began", "found", "going");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:!?()\\[\\]\"\u201C\u201D\u2014\\n\\r]+");

    /** A keyword: its shown form (the most frequent surface form, lowercased) and its stemmed key. */
    record Keyword(String label, String key) {
    }

    /** The best {@code max} keywords of the sources, best first. */
    List<Keyword> find(List<Source> sources, int max) {
        Map<String, Integer> sourcesWith = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        int usable = 0;
        for (Source s : sources) {
            if (s.text() == null || s.text().isBlank()) {
                continue;
            }
            usable++;
            Set<String> seen = new HashSet<>();
            for (String[] phrase : phrases(s.text())) {
                occurrences.merge(phrase[1], 1, Integer::sum);
                surfaces.computeIfAbsent(phrase[1], k -> new HashMap<>()).merge(phrase[0], 1, Integer::sum);
                seen.add(phrase[1]);
            }
            seen.forEach(k -> sourcesWith.merge(k, 1, Integer::sum));
        }
        int minSources = usable >= 2 ? 2 : 1;
        int n = usable;
        List<String> ranked = sourcesWith.entrySet().stream()
                .filter(e -> e.getValue() >= minSources)
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparingDouble((String k) -> -score(k, sourcesWith.get(k), occurrences.get(k), n))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<Keyword> out = new ArrayList<>();
        for (String key : ranked) {
            if (out.size() >= max) {
                break;
            }
            if (out.stream().noneMatch(k -> overlaps(k.key(), key))) {
                String label = surfaces.get(key).entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow().getKey();
                out.add(new Keyword(label, key));
            }
        }
        return out;
    }

    /** How often each keyword key occurs in a text. */
    static Map<String, Integer> counts(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String[] phrase : phrases(text)) {
            out.merge(phrase[1], 1, Integer::sum);
        }
        return out;
    }

    private static double score(String key, int sources, int occurrences, int n) {
        int words = key.split(" ").length;
        return (double) sources / n * Math.log(1 + occurrences) * (words > 1 ? 1.5 : 1);
    }

    private static boolean overlaps(String a, String b) {
        Set<String> x = Set.of(a.split(" "));
        for (String w : b.split(" ")) {
            if (x.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A content word that can be part of a topic: no number, past-tense verb, adverb, unit or common verb. */
    private static boolean isTopicWord(String w) {
        return Terms.isContent(w) && w.length() > 2 && !w.chars().anyMatch(Character::isDigit) && !WEAK.contains(w)
                && !(w.length() > 4 && (w.endsWith("ed") || w.endsWith("ly")));
    }

    /** Every 1- to 3-word phrase inside a run of content words between punctuation, as {surface, stemmed key}. */
    private static List<String[]> phrases(String text) {
        List<String[]> out = new ArrayList<>();
        for (String chunk : PUNCTUATION.split(text)) {
            List<String> run = new ArrayList<>();
            for (String w : Terms.words(chunk)) {
                if (isTopicWord(w)) {
                    run.add(w);
                } else {
                    addPhrases(run, out);
                    run.clear();
                }
            }
            addPhrases(run, out);
        }
        return out;
    }

    private static void addPhrases(List<String> run, List<String[]> out) {
        for (int i = 0; i < run.size(); i++) {
            StringBuilder surface = new StringBuilder();
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= 3 && i + len <= run.size(); len++) {
                String w = run.get(i + len - 1);
                surface.append(len > 1 ? " " : "").append(w);
                key.append(len > 1 ? " " : "").append(Terms.stem(w));
                out.add(new String[] {surface.toString(), key.toString()});
            }
        }
    }
}
