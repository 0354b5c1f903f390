package org.dossier.reconcile.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.Entity;
import org.dossier.model.dossier.EventInfo;
import org.dossier.model.fact.ClaimKind;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.TimeExpression;
import org.dossier.reconcile.entity.EntityResolution;

/**
 * Finds the event the corpus is about and when each source was written relative to it. Participants are the people and
 * organizations named by the most sources; the event date is the day most often given in sentences that name two or more
 * participants (or, when none does, one of the three most widely named entities of any kind; ties go to the earlier day); a source's phase comes from its date when it was read, else from the balance of expectations and outcomes.
 */
public final class EventFinder {

    /** How many of the most widely named people and organizations are considered as participants. */
    public static final int PARTICIPANTS = 5;

    public record Result(EventInfo event, Map<String, Phase> phases) {
    }

    public Result find(List<Source> sources, List<DocumentFacts> facts, EntityResolution entities) {
        List<String> candidates = participants(entities);
        String date = eventDate(facts, entities, candidates);
        List<String> participants = namedOnEventDate(facts, entities, candidates, date);
        Map<String, Phase> phases = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            phases.put(sources.get(i).id(), phase(sources.get(i), facts.get(i), date));
        }
        return new Result(new EventInfo(title(sources), date, date, participants), phases);
    }

    private static List<String> participants(EntityResolution entities) {
        List<Entity> candidates = new ArrayList<>();
        for (Entity e : entities.entities()) {
            if (e.type().equals("PERSON") || e.type().equals("ORGANIZATION")) {
                candidates.add(e);
            }
        }
        Map<Entity, Integer> sources = sourceCounts(candidates);
        candidates.sort(Comparator.comparingInt((Entity e) -> sources.get(e)).reversed()
                .thenComparing(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed()));
        return candidates.stream().limit(PARTICIPANTS).filter(e -> sources.get(e) >= Math.min(2, sources.get(candidates.get(0))))
                .map(Entity::id).toList();
    }

    /** How many sources name each entity, counted once per entity rather than once per comparison of a sort. */
    private static Map<Entity, Integer> sourceCounts(List<Entity> entities) {
        Map<Entity, Integer> out = new java.util.IdentityHashMap<>();
        entities.forEach(e -> out.put(e, sourceCount(e)));
        return out;
    }

    /** The candidates named in a sentence that gives the event date; all candidates when there is no date. */
    private static List<String> namedOnEventDate(List<DocumentFacts> facts, EntityResolution entities, List<String> candidates,
            String date) {
        if (date == null) {
            return candidates;
        }
        Set<String> named = new HashSet<>();
        for (DocumentFacts f : facts) {
            for (TimeExpression t : f.times()) {
                if (t.date().equals(date) && !datesSpeech(t)) {
                    named.addAll(entities.entitiesWithin(t.clause()));
                }
            }
        }
        List<String> out = candidates.stream().filter(named::contains).toList();
        return out.isEmpty() ? candidates : out;
    }

    private static int sourceCount(Entity e) {
        Set<String> s = new HashSet<>();
        e.mentions().forEach(m -> s.add(m.source()));
        return s.size();
    }

    private static String eventDate(List<DocumentFacts> facts, EntityResolution entities, List<String> participants) {
        String date = vote(facts, entities, participants.stream().limit(3).toList(), Math.min(2, participants.size()));
        if (date == null) {
            // an earthquake or a flood has places, not people: the most widely named entities of any kind, one suffices
            Map<Entity, Integer> sources = sourceCounts(entities.entities());
            List<String> widest = entities.entities().stream()
                    .sorted(Comparator.comparingInt((Entity e) -> sources.get(e)).reversed()
                            .thenComparing(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed()))
                    .limit(3).map(Entity::id).toList();
            date = vote(facts, entities, widest, 1);
        }
        return date;
    }

    /** The day the most sources give in sentences naming at least {@code needed} of {@code names} (one vote per source), or null. */
    private static String vote(List<DocumentFacts> facts, EntityResolution entities, List<String> names, int needed) {
        if (names.isEmpty() || needed < 1) {
            return null;
        }
        Map<String, Integer> votes = new HashMap<>();
        for (DocumentFacts f : facts) {
            Set<String> days = new HashSet<>();
            for (TimeExpression t : f.times()) {
                if (t.date().length() != 10 || datesSpeech(t)) {
                    continue;
                }
                List<String> named = entities.entitiesWithin(t.clause());
                if (names.stream().filter(named::contains).count() >= needed) {
                    days.add(t.date());
                }
            }
            days.forEach(d -> votes.merge(d, 1, Integer::sum));
        }
        // a tie goes to the earlier day: follow-up coverage dates later happenings, not earlier ones
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** "said at a press conference on February 6": the date times the statement, not the happening. */
    static boolean datesSpeech(TimeExpression t) {
        int cut = t.evidence().start() - t.clause().start();
        if (cut < 0 || cut > t.clause().text().length()) {
            return false;
        }
        return SPEECH_BEFORE_DATE.matcher(t.clause().text().substring(0, cut)).find();
    }

    private static final java.util.regex.Pattern SPEECH_BEFORE_DATE = java.util.regex.Pattern.compile(
            "\\b(said|says|told|tells|reported|reports|announced|stated|wrote|added|noted|tweeted|posted)\\b[^.;:“”\"]{0,80}$");

    static Phase phase(Source source, DocumentFacts facts, String eventDate) {
        if (eventDate != null && source.published() != null && !source.publishedInferred() && source.published().length() >= 10) {
            int c = source.published().substring(0, 10).compareTo(eventDate);
            if (c < 0) {
                return Phase.BEFORE;
            }
            if (c > 0) {
                return Phase.AFTER;
            }
        }
        long expectations = facts.claims().stream().filter(c -> c.kind() == ClaimKind.EXPECTATION).count();
        long outcomes = facts.claims().stream().filter(c -> c.kind() == ClaimKind.OUTCOME).count();
        if (expectations == 0 && outcomes == 0) {
            return Phase.UNKNOWN;
        }
        return expectations >= outcomes ? Phase.BEFORE : Phase.AFTER;
    }

    /**
     * The headline that shares the most words with the other headlines (the first on a tie); null when no source has one.
     * A headline's score, the words it shares summed over every other headline, is the sum over its words of the number of
     * other headlines holding each: counted once per word, not once per pair of headlines.
     */
    private static String title(List<Source> sources) {
        Map<String, Integer> headlinesWith = new HashMap<>();
        for (Source s : sources) {
            if (s.title() != null) {
                words(s.title()).forEach(w -> headlinesWith.merge(w, 1, Integer::sum));
            }
        }
        String best = null;
        double bestScore = -1;
        for (Source s : sources) {
            if (s.title() == null) {
                continue;
            }
            double score = 0;
            for (String w : words(s.title())) {
                score += headlinesWith.get(w) - 1;
            }
            if (score > bestScore) {
                best = s.title();
                bestScore = score;
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }
}
