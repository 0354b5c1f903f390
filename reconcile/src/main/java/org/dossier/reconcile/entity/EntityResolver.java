package org.dossier.reconcile.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Evidence;
import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;

/**
 * Groups name mentions from all sources into entities. People meet on their full name in any order; a surname alone joins
 * the one person of that name in its document (or corpus), using gender and title to choose between people who share a
 * surname, and stays apart when it cannot choose. Organizations and places meet on normalized keys, acronyms given in
 * parentheses, initials and a unique first word ({@code Kyodo} for {@code Kyodo News}).
 */
public final class EntityResolver {

    private static final Pattern PARENTHESIZED = Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9&.\\-]{1,11})\\)");

    /** Resolves the mentions of all documents. */
    public EntityResolution resolve(List<Source> sources, List<DocumentFacts> facts) {
        Map<String, String> texts = new HashMap<>();
        sources.forEach(s -> texts.put(s.id(), s.text()));
        List<Mention> people = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        for (DocumentFacts f : facts) {
            for (Mention m : f.mentions()) {
                if (NameKey.words(m.name().text()).isEmpty()) {
                    continue;
                }
                (m.type().equals("PERSON") ? people : others).add(m);
            }
        }
        retypeSurnames(people, others);
        List<List<Mention>> clusters = new ArrayList<>(clusterPeople(people));
        clusters.addAll(clusterOthers(others, texts));
        return EntityResolution.of(clusters);
    }

    // ---- people -------------------------------------------------------------------------------------------------

    private static List<List<Mention>> clusterPeople(List<Mention> people) {
        Map<String, List<Mention>> full = new LinkedHashMap<>();
        List<Mention> single = new ArrayList<>();
        for (Mention m : people) {
            String key = NameKey.personKey(m.name().text());
            if (key.contains(" ")) {
                full.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            } else if (!key.isEmpty()) {
                single.add(m);
            }
        }
        // indexes, so a one-word mention costs its candidates rather than a scan of every full name
        Map<String, List<String>> keysByWord = new HashMap<>();
        Map<String, Set<String>> sourcesOf = new HashMap<>();
        Map<String, Person> persons = new HashMap<>();
        for (Map.Entry<String, List<Mention>> e : full.entrySet()) {
            for (String w : new LinkedHashSet<>(List.of(e.getKey().split(" ")))) {
                keysByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e.getKey());
            }
            Set<String> sources = new java.util.HashSet<>();
            e.getValue().forEach(x -> sources.add(x.name().source()));
            sourcesOf.put(e.getKey(), sources);
            Person p = new Person();
            e.getValue().forEach(p::add);
            persons.put(e.getKey(), p);
        }
        Map<String, List<Mention>> unattached = new LinkedHashMap<>();
        for (Mention m : single) {
            String word = NameKey.personKey(m.name().text());
            String target = chooseFullName(m, keysByWord.getOrDefault(word, List.of()), persons, sourcesOf);
            if (target != null) {
                full.get(target).add(m);
                persons.get(target).add(m);
                sourcesOf.get(target).add(m.name().source());
            } else {
                unattached.computeIfAbsent(word, k -> new ArrayList<>()).add(m);
            }
        }
        List<List<Mention>> out = new ArrayList<>(full.values());
        out.addAll(unattached.values());
        return out;
    }

    /**
     * A one-word name tagged as a place or organization ({@code Trump} in "the Trump team") becomes a person when that
     * word is the name of a person mentioned as such more often than the word is tagged otherwise.
     */
    private static void retypeSurnames(List<Mention> people, List<Mention> others) {
        Map<String, Integer> personWordCounts = new HashMap<>();
        Set<String> fullNameWords = new java.util.HashSet<>();
        for (Mention m : people) {
            String key = NameKey.personKey(m.name().text());
            if (key.contains(" ")) {
                fullNameWords.addAll(List.of(key.split(" ")));
            } else {
                personWordCounts.merge(key, 1, Integer::sum);
            }
        }
        Map<String, Integer> otherCounts = new HashMap<>();
        for (Mention m : others) {
            otherCounts.merge(String.join(" ", NameKey.words(m.name().text())), 1, Integer::sum);
        }
        List<Mention> moved = new ArrayList<>();
        for (Mention m : others) {
            String key = String.join(" ", NameKey.words(m.name().text()));
            if (!key.contains(" ") && fullNameWords.contains(key)
                    && personWordCounts.getOrDefault(key, 0) > otherCounts.getOrDefault(key, 0)) {
                moved.add(new Mention(m.name(), "PERSON", m.titled(), m.role(), m.gender()));
            }
        }
        Set<Evidence> movedNames = new java.util.HashSet<>();
        moved.forEach(x -> movedNames.add(x.name()));
        others.removeIf(m -> movedNames.contains(m.name()));
        people.addAll(moved);
    }

    /**
     * The full name a one-word mention belongs to, or null when no single person fits.
     *
     * @param inCorpus the full names holding the mention's word, in the order they were first met
     * @param sourcesOf the sources each full name is mentioned in so far
     */
    private static String chooseFullName(Mention m, List<String> inCorpus, Map<String, Person> full,
            Map<String, Set<String>> sourcesOf) {
        if (inCorpus.isEmpty()) {
            return null;
        }
        List<String> inDocument = inCorpus.stream().filter(k -> sourcesOf.get(k).contains(m.name().source())).toList();
        List<String> candidates = inDocument.isEmpty() ? inCorpus : inDocument;
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (m.gender() != Gender.UNKNOWN) {
            List<String> sameGender = candidates.stream().filter(k -> full.get(k).gender() == m.gender()).toList();
            List<String> notOther = candidates.stream().filter(k -> {
                Gender g = full.get(k).gender();
                return g == m.gender() || g == Gender.UNKNOWN;
            }).toList();
            if (sameGender.size() == 1) {
                return sameGender.get(0);
            }
            if (notOther.size() == 1) {
                return notOther.get(0);
            }
        }
        if (m.role() != null) {
            String role = m.role().toLowerCase(Locale.ROOT);
            List<String> sameRole = candidates.stream()
                    .filter(k -> full.get(k).roles.contains(role))
                    .toList();
            if (sameRole.size() == 1) {
                return sameRole.get(0);
            }
        }
        // one person clearly dominates: at least three times the mentions of any other
        candidates = new ArrayList<>(candidates);
        candidates.sort(Comparator.comparingInt((String k) -> full.get(k).mentions).reversed());
        if (full.get(candidates.get(0)).mentions >= 3 * full.get(candidates.get(1)).mentions) {
            return candidates.get(0);
        }
        return null;
    }

    /**
     * What choosing between people needs of a full name's mentions so far, kept up to date as mentions join it (rather
     * than read from every mention at every choice): how many there are, their genders and their roles.
     */
    private static final class Person {
        private int mentions;
        private int female;
        private int male;
        private final Set<String> roles = new java.util.HashSet<>();   // lowercased

        void add(Mention m) {
            mentions++;
            if (m.gender() == Gender.FEMALE) {
                female++;
            } else if (m.gender() == Gender.MALE) {
                male++;
            }
            if (m.role() != null) {
                roles.add(m.role().toLowerCase(Locale.ROOT));
            }
        }

        Gender gender() {
            return female > male ? Gender.FEMALE : male > female ? Gender.MALE : Gender.UNKNOWN;
        }
    }

    // ---- organizations, places, other names -----------------------------------------------------------------------

    private static List<List<Mention>> clusterOthers(List<Mention> others, Map<String, String> texts) {
        UnionFind<String> keys = new UnionFind<>();
        Map<Mention, List<String>> keysOf = new LinkedHashMap<>();
        for (Mention m : others) {
            List<String> ks = NameKey.keys(m.name().text());
            keysOf.put(m, ks);
            for (String k : ks) {
                keys.add(k);
                keys.union(ks.get(0), k);
            }
        }
        // acronyms in parentheses right after a name: Liberal Democratic Party (LDP)
        for (Mention m : others) {
            String text = texts.get(m.name().source());
            if (text == null) {
                continue;
            }
            Matcher acr = PARENTHESIZED.matcher(text.substring(m.name().end(), Math.min(text.length(), m.name().end() + 16)));
            if (acr.find()) {
                String k = String.join(" ", NameKey.words(acr.group(1)));
                keys.add(k);
                keys.union(keysOf.get(m).get(0), k);
            }
        }
        Set<String> multiWord = new LinkedHashSet<>();
        for (List<String> ks : keysOf.values()) {
            if (ks.get(0).contains(" ")) {
                multiWord.add(ks.get(0));
            }
        }
        // the multi-word keys by their initials and, for two-word keys, by their first word (in key order), so a one-word
        // name looks up its candidates instead of reading every multi-word key
        Map<String, List<String>> keysByInitials = new HashMap<>();
        Map<String, List<String>> twoWordKeysByFirst = new HashMap<>();
        for (String mw : multiWord) {
            String[] words = mw.split(" ");
            keysByInitials.computeIfAbsent(initials(words), x -> new ArrayList<>()).add(mw);
            if (words.length == 2) {
                twoWordKeysByFirst.computeIfAbsent(words[0], x -> new ArrayList<>()).add(mw);
            }
        }
        for (Mention m : others) {
            String k = keysOf.get(m).get(0);
            if (k.contains(" ")) {
                continue;
            }
            String surface = m.name().text().replace(".", "");
            List<String> byInitials = surface.length() >= 2 && surface.equals(surface.toUpperCase(Locale.ROOT))
                    ? keysByInitials.getOrDefault(k, List.of()) : List.of();
            List<String> byFirstWord = k.length() > 3 && "ORGANIZATION".equals(m.type())
                    ? twoWordKeysByFirst.getOrDefault(k, List.of()) : List.of();
            if (byInitials.size() == 1) {
                keys.union(k, byInitials.get(0));
            } else if (byFirstWord.size() == 1) {
                keys.union(k, byFirstWord.get(0));
            }
        }
        Map<String, List<Mention>> clusters = new LinkedHashMap<>();
        for (Mention m : others) {
            clusters.computeIfAbsent(keys.find(keysOf.get(m).get(0)), x -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(clusters.values());
    }

    private static String initials(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!Set.of("of", "and", "the", "for", "in", "on", "de", "la").contains(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** Union-find over keys, insertion-ordered so results are stable. */
    static final class UnionFind<T> {
        private final Map<T, T> parent = new LinkedHashMap<>();

        void add(T x) {
            parent.putIfAbsent(x, x);
        }

        T find(T x) {
            T p = parent.get(x);
            if (p == null || p.equals(x)) {
                return x;
            }
            T root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(T a, T b) {
            T ra = find(a);
            T rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }

    static String key(Evidence e) {
        return e.source() + ":" + e.start() + ":" + e.end();
    }
}
