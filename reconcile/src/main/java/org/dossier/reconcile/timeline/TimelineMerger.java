package org.dossier.reconcile.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.dossier.TimelineItem;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.TimeExpression;
import org.dossier.reconcile.entity.EntityResolution;

/**
 * Merges time expressions that date the same happening into one timeline item: the same date, and sentences that name
 * the same entities or share enough content words.
 */
public final class TimelineMerger {

    /** Share of content words two sentences must have in common (Jaccard) to date the same happening without shared names. */
    public static final double WORD_OVERLAP = 0.2;

    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with",
            "by", "from", "as", "is", "was", "were", "be", "been", "has", "have", "had", "will", "would", "that", "this", "it",
            "its", "his", "her", "their", "he", "she", "they", "after", "before", "said", "says");

    private record Group(String date, List<TimeExpression> members, Set<Evidence> clauses, Set<String> entities,
            Set<String> words) {
    }

    public List<TimelineItem> merge(List<TimeExpression> times, EntityResolution entities) {
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> byDate = new HashMap<>();   // only groups of the same date are compared
        List<TimeExpression> ordered = new ArrayList<>(times);
        ordered.sort(Comparator.comparing(TimeExpression::date));
        for (TimeExpression t : ordered) {
            Set<String> ents = new HashSet<>(entities.entitiesWithin(t.clause()));
            Set<String> words = words(t.clause().text());
            Group home = null;
            List<Group> sameDate = byDate.computeIfAbsent(t.date(), k -> new ArrayList<>());
            for (Group g : sameDate) {
                if (sameHappening(g, ents, words, t)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                Group g = new Group(t.date(), new ArrayList<>(List.of(t)), new HashSet<>(Set.of(t.clause())), ents, words);
                groups.add(g);
                sameDate.add(g);
            } else {
                home.members().add(t);
                home.clauses().add(t.clause());
                home.entities().addAll(ents);
                home.words().addAll(words);
            }
        }
        List<TimelineItem> out = new ArrayList<>();
        int n = 0;
        for (Group g : groups) {
            List<Evidence> evidence = g.members().stream().map(TimeExpression::evidence).toList();
            TimeExpression first = g.members().get(0);
            out.add(new TimelineItem("t" + (++n), g.date(), first.what(), evidence, certainty(g.members())));
        }
        return out;
    }

    /** Counts go through the sentence's own sets, so a large group costs no more to test than a small one. */
    private static boolean sameHappening(Group g, Set<String> entities, Set<String> words, TimeExpression t) {
        if (g.clauses().contains(t.clause())) {
            return true;
        }
        if (entities.stream().filter(g.entities()::contains).count() >= 2) {
            return true;
        }
        long shared = words.stream().filter(g.words()::contains).count();
        long union = words.size() + g.words().size() - shared;
        return union != 0 && (double) shared / union >= WORD_OVERLAP;
    }

    /** Reported wins over planned, planned over expected: any source reporting it done makes it done. */
    private static Certainty certainty(List<TimeExpression> members) {
        Certainty best = Certainty.EXPECTED;
        for (TimeExpression t : members) {
            if (t.certainty().ordinal() < best.ordinal()) {
                best = t.certainty();
            }
        }
        return best;
    }

    static Set<String> words(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
