package org.dossier.reconcile.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Anaphor;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;

/**
 * Adds descriptions and pronouns to the person they stand for, as resolved mentions, when only one person fits. A
 * description goes to the one person of its document titled so (an unqualified one also to a person with three times the
 * mentions there of any other holder); a pronoun to the one person named, described or referred to by an earlier pronoun in
 * its window (its sentence and the one before), and only when that person's gender is known and is the pronoun's. A person's gender comes from honorifics and kinship words, else from the
 * pronouns that follow the person where no one else is named (at least {@value #MIN_VOTES}, three to one).
 */
public final class AnaphorResolver {

    static final int MIN_VOTES = 2;
    private static final int DOMINANCE = 3;

    /** {@code entities} with the anaphors of {@code facts} that it can resolve added to their entities' mentions. */
    public EntityResolution resolve(EntityResolution entities, List<DocumentFacts> facts) {
        Map<String, Gender> stated = statedGenders(entities);
        Map<String, String> described = new HashMap<>();   // description evidence key -> entity
        Map<String, List<Evidence>> added = new LinkedHashMap<>();
        for (DocumentFacts f : facts) {
            Map<String, Integer> counts = mentionCounts(entities, f);
            for (Anaphor a : f.anaphors()) {
                if (a.isPronoun()) {
                    continue;
                }
                String id = description(a, entities, counts, stated);
                if (id != null) {
                    described.put(EntityResolver.key(a.evidence()), id);
                    added.computeIfAbsent(id, k -> new ArrayList<>()).add(a.evidence().asResolved());
                }
            }
        }
        Map<String, Gender> genders = genders(stated, facts, entities, described);
        Map<String, String> referred = new HashMap<>(described);   // descriptions and pronouns resolved so far
        for (DocumentFacts f : facts) {
            for (Anaphor a : f.anaphors()) {   // in text order, so a pronoun can lean on the ones before it
                if (!a.isPronoun()) {
                    continue;
                }
                Set<String> window = window(a, entities, referred, null);
                if (window == null) {
                    continue;
                }
                // people of the other gender are no candidates; one of unknown gender is, and leaves the pronoun open
                window.removeIf(id -> genders.getOrDefault(id, Gender.UNKNOWN) != a.gender()
                        && genders.getOrDefault(id, Gender.UNKNOWN) != Gender.UNKNOWN);
                if (window.size() == 1 && genders.get(window.iterator().next()) == a.gender()) {
                    String id = window.iterator().next();
                    referred.put(EntityResolver.key(a.evidence()), id);
                    added.computeIfAbsent(id, k -> new ArrayList<>()).add(a.evidence().asResolved());
                }
            }
        }
        return entities.withResolved(added);
    }

    /** The person a description stands for, or null. */
    private static String description(Anaphor a, EntityResolution entities, Map<String, Integer> counts, Map<String, Gender> stated) {
        Set<String> holders = new LinkedHashSet<>();
        for (Evidence c : a.candidates()) {
            String id = entities.entityOf(c);
            Gender g = id == null ? Gender.UNKNOWN : stated.getOrDefault(id, Gender.UNKNOWN);
            if (id != null && (a.gender() == Gender.UNKNOWN || g == Gender.UNKNOWN || g == a.gender())) {
                holders.add(id);
            }
        }
        if (holders.size() == 1) {
            return holders.iterator().next();
        }
        if (holders.isEmpty() || a.qualified()) {
            return null;
        }
        List<String> byCount = new ArrayList<>(holders);
        byCount.sort((x, y) -> Integer.compare(counts.getOrDefault(y, 0), counts.getOrDefault(x, 0)));
        return counts.getOrDefault(byCount.get(0), 0) >= DOMINANCE * counts.getOrDefault(byCount.get(1), 0) ? byCount.get(0) : null;
    }

    /**
     * The people a pronoun's window names, or null when something in it (a description, an earlier pronoun) stands for no
     * one known; candidates in {@code skipped} are passed over.
     */
    private static Set<String> window(Anaphor a, EntityResolution entities, Map<String, String> referred, Set<String> skipped) {
        Set<String> out = new LinkedHashSet<>();
        for (Evidence c : a.candidates()) {
            String key = EntityResolver.key(c);
            if (skipped != null && skipped.contains(key)) {
                continue;
            }
            String id = entities.entityOf(c);
            if (id == null) {
                id = referred.get(key);
            }
            if (id == null) {
                return null;
            }
            out.add(id);
        }
        return out;
    }

    /**
     * Each person's gender: what honorifics and kinship words state, else the pronouns that follow the person where no one
     * else is named, when there are enough of them and they agree three to one.
     */
    private static Map<String, Gender> genders(Map<String, Gender> stated, List<DocumentFacts> facts, EntityResolution entities,
            Map<String, String> described) {
        Map<String, int[]> votes = new HashMap<>();   // {male, female}
        Set<String> pronouns = new java.util.HashSet<>();
        for (DocumentFacts f : facts) {
            f.anaphors().stream().filter(Anaphor::isPronoun).forEach(a -> pronouns.add(EntityResolver.key(a.evidence())));
        }
        for (DocumentFacts f : facts) {
            for (Anaphor a : f.anaphors()) {
                // the pronouns before it are not resolved yet: a vote counts the people named and described
                Set<String> window = a.isPronoun() && a.gender() != Gender.UNKNOWN ? window(a, entities, described, pronouns) : null;
                if (window != null && window.size() == 1) {
                    votes.computeIfAbsent(window.iterator().next(), k -> new int[2])[a.gender() == Gender.MALE ? 0 : 1]++;
                }
            }
        }
        Map<String, Gender> out = new HashMap<>(stated);
        votes.forEach((id, v) -> {
            if (!out.containsKey(id) && v[0] + v[1] >= MIN_VOTES) {
                if (v[0] >= DOMINANCE * v[1]) {
                    out.put(id, Gender.MALE);
                } else if (v[1] >= DOMINANCE * v[0]) {
                    out.put(id, Gender.FEMALE);
                }
            }
        });
        return out;
    }

    /** The genders honorifics and kinship words give each person (the majority of its mentions that say one). */
    private static Map<String, Gender> statedGenders(EntityResolution entities) {
        Map<String, Gender> out = new HashMap<>();
        for (var e : entities.entities()) {
            int male = 0;
            int female = 0;
            for (Mention m : entities.mentionsOf(e.id())) {
                male += m.gender() == Gender.MALE ? 1 : 0;
                female += m.gender() == Gender.FEMALE ? 1 : 0;
            }
            if (male != female) {
                out.put(e.id(), male > female ? Gender.MALE : Gender.FEMALE);
            }
        }
        return out;
    }

    /** How often each entity is named in the document of {@code f}. */
    private static Map<String, Integer> mentionCounts(EntityResolution entities, DocumentFacts f) {
        Map<String, Integer> out = new HashMap<>();
        for (Mention m : f.mentions()) {
            String id = entities.entityOf(m.name());
            if (id != null) {
                out.merge(id, 1, Integer::sum);
            }
        }
        return out;
    }
}
