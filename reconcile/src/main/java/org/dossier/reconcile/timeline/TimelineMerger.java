package org.dossier.reconcile.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    private record Group(String date, List<TimeExpression> members, Set<String> entities, Set<String> words) {
    }

    public List<TimelineItem> merge(List<TimeExpression> times, EntityResolution entities) {
        List<Group> groups = new ArrayList<>();
        List<TimeExpression> ordered = new ArrayList<>(times);
        ordered.sort(Comparator.comparing(TimeExpression::date));
        for (TimeExpression t : ordered) {
            Set<String> ents = new HashSet<>(entities.entitiesWithin(t.clause()));
            Set<String> words = words(t.clause().text());
            Group home = null;
            for (Group g : groups) {
                if (g.date().equals(t.date()) && sameHappening(g, ents, words, t)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new Group(t.date(), new ArrayList<>(List.of(t)), ents, words));
            } else {
                home.members().add(t);
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

    private static boolean sameHappening(Group g, Set<String> entities, Set<String> words, TimeExpression t) {
        if (g.members().stream().anyMatch(m -> m.clause().equals(t.clause()))) {
            return true;
        }
        Set<String> sharedEntities = new HashSet<>(entities);
        sharedEntities.retainAll(g.entities());
        if (sharedEntities.size() >= 2) {
            return true;
        }
        Set<String> shared = new HashSet<>(words);
        shared.retainAll(g.words());
        Set<String> union = new HashSet<>(words);
        union.addAll(g.words());
        return !union.isEmpty() && (double) shared.size() / union.size() >= WORD_OVERLAP;
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
