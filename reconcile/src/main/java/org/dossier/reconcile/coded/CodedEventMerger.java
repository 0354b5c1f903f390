package org.dossier.reconcile.coded;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.dossier.CodedEvent;
import org.dossier.model.dossier.Entity;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.CodedEventFact;
import org.dossier.reconcile.entity.EntityResolution;

/**
 * Turns the events coded in each document into dossier events. Step by step:
 * <ol>
 * <li>each actor span becomes the entity with a mention overlapping it, or for a description ({@code prime minister})
 * the one person with that title in the source; an actor without one is left out, and an event left
 * with no entity on either side is dropped;</li>
 * <li>events with the same code, the same actor and target sides and compatible dates (equal, one unknown, or one a
 * prefix of the other, as {@code 2025-02} and {@code 2025-02-07}, or days at most one apart, for time zones) are one event,
 * with the evidence of all and the date most of them give (the first given among the most precise on a tie); two sides are
 * the same when they share an entity or a country code ("Ishiba" and "Japan" with {@code JPN}), and both are empty or
 * neither; a visit is not merged with a meeting (the modes must be equal);</li>
 * <li>the merged certainty is {@code reported} when any report says it happened, else {@code planned} when any says it is
 * planned, else {@code expected}.</li>
 * </ol>
 * Stateless, thread-safe.
 */
public final class CodedEventMerger {

    /** The merged events, in the order each was first reported. */
    public List<CodedEvent> merge(List<CodedEventFact> facts, EntityResolution entities) {
        List<Group> groups = new ArrayList<>();
        Map<String, GroupIndex> indexes = new HashMap<>();   // by code and mode: the groups an event could join
        for (CodedEventFact f : facts) {
            Set<String> actor = entityIds(f.sources(), entities);
            Set<String> target = entityIds(f.targets(), entities);
            target.removeAll(actor);
            if (actor.isEmpty() && target.isEmpty()) {
                continue;
            }
            Side a = new Side(actor, codes(f.sources()));
            Side t = new Side(target, codes(f.targets()));
            GroupIndex index = indexes.computeIfAbsent(f.category() + "\u0000" + f.mode(), k -> new GroupIndex());
            int id = -1;
            for (int candidate : index.candidates(a, t)) {   // ascending: the first group formed that accepts it
                if (groups.get(candidate).accepts(f, a, t)) {
                    id = candidate;
                    break;
                }
            }
            if (id < 0) {
                groups.add(new Group(f, a, t));
                index.actors.add(groups.size() - 1, Side.NONE, a);
                index.targets.add(groups.size() - 1, Side.NONE, t);
            } else {
                Group g = groups.get(id);
                index.actors.add(id, g.actor, a);
                index.targets.add(id, g.target, t);
                g.add(f, a, t);
            }
        }
        return groups.stream().map(Group::event).toList();
    }

    private static Set<String> codes(List<CodedEventFact.Actor> actors) {
        Set<String> out = new LinkedHashSet<>();
        actors.stream().map(CodedEventFact.Actor::code).filter(c -> c != null && !c.equals("IGO") && !c.equals("NGO"))
                .forEach(out::add);
        return out;
    }

    /** One side of an event: its entities and the country codes given to them. */
    private record Side(Set<String> entities, Set<String> codes) {

        /** The side of a group before its first event. */
        static final Side NONE = new Side(Set.of(), Set.of());

        boolean same(Side other) {
            if (entities.isEmpty() || other.entities.isEmpty()) {
                return entities.isEmpty() && other.entities.isEmpty();
            }
            return entities.stream().anyMatch(other.entities::contains) || codes.stream().anyMatch(other.codes::contains);
        }

        Side with(Side other) {
            Set<String> e = new LinkedHashSet<>(entities);
            e.addAll(other.entities);
            Set<String> c = new LinkedHashSet<>(codes);
            c.addAll(other.codes);
            return new Side(e, c);
        }
    }

    /**
     * The groups of one code and mode by their sides, so that an event is tried only against the groups it could join
     * (each side sharing an entity or a country code with the event's, or both without entities) rather than against
     * every group formed so far.
     */
    private static final class GroupIndex {
        final SideIndex actors = new SideIndex();
        final SideIndex targets = new SideIndex();

        /** The groups whose two sides can be the same as {@code actor} and {@code target}, ascending. */
        java.util.SortedSet<Integer> candidates(Side actor, Side target) {
            java.util.SortedSet<Integer> out = actors.candidates(actor);
            if (!out.isEmpty()) {
                out.retainAll(targets.candidates(target));
            }
            return out;
        }
    }

    /** One side of each group: the groups without entities there, and the groups by entity and by country code. */
    private static final class SideIndex {
        private final List<Integer> withoutEntities = new ArrayList<>();
        private final Map<String, List<Integer>> byEntity = new HashMap<>();
        private final Map<String, List<Integer>> byCode = new HashMap<>();

        /** The groups whose side can be the same as {@code side} ({@link Side#same}), ascending. */
        java.util.SortedSet<Integer> candidates(Side side) {
            java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
            if (side.entities().isEmpty()) {
                out.addAll(withoutEntities);
            } else {
                side.entities().forEach(e -> out.addAll(byEntity.getOrDefault(e, List.of())));
                side.codes().forEach(c -> out.addAll(byCode.getOrDefault(c, List.of())));
            }
            return out;
        }

        /**
         * Records that group {@code id}, whose side was {@code before} ({@link Side#NONE} for a new group), now also has
         * {@code added}. A side without entities stays so, since it only ever joins another one.
         */
        void add(int id, Side before, Side added) {
            if (added.entities().isEmpty()) {
                if (before == Side.NONE) {
                    withoutEntities.add(id);
                }
                return;
            }
            added.entities().stream().filter(e -> !before.entities().contains(e))
                    .forEach(e -> byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(id));
            added.codes().stream().filter(c -> !before.codes().contains(c))
                    .forEach(c -> byCode.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
        }
    }

    private static Set<String> entityIds(List<CodedEventFact.Actor> actors, EntityResolution entities) {
        Set<String> out = new LinkedHashSet<>();
        for (CodedEventFact.Actor a : actors) {
            String id = entityOf(a.evidence(), entities);
            if (id == null) {
                id = entities.resolveDescription(a.evidence().source(), a.evidence().text());
            }
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * The entity with a mention at, inside or overlapping {@code span}; the exact mention wins, else the mention ending last,
     * as the head of the phrase ({@code Japan's Prime Minister Ishiba} is Ishiba, not Japan).
     */
    static String entityOf(Evidence span, EntityResolution entities) {
        String exact = entities.entityOf(span);
        if (exact != null) {
            return exact;
        }
        return entities.headOverlapping(span);   // through the per-source index: not a scan of every mention
    }

    /**
     * Dates are compatible when equal, when one is unknown, when one is a coarser form of the other, or when both are days at
     * most one apart (a meeting on the evening of the 6th in Washington is on the 7th in Tokyo).
     */
    static boolean compatible(String a, String b) {
        if (a == null || b == null || a.startsWith(b) || b.startsWith(a)) {
            return true;
        }
        try {
            LocalDate x = LocalDate.parse(a.substring(0, Math.min(10, a.length())));
            LocalDate y = LocalDate.parse(b.substring(0, Math.min(10, b.length())));
            return Math.abs(ChronoUnit.DAYS.between(x, y)) <= 1;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static final class Group {
        private final String code;
        private Side actor;
        private Side target;
        private final Set<String> actorIds = new LinkedHashSet<>();
        private final Set<String> targetIds = new LinkedHashSet<>();
        /** Each date given, with how many facts give it, in the order first given. */
        private final Map<String, Integer> dates = new LinkedHashMap<>();
        private String mode;
        private Certainty certainty;
        private final Set<Evidence> evidence = new LinkedHashSet<>();

        Group(CodedEventFact f, Side actor, Side target) {
            this.code = f.category();
            this.actor = actor;
            this.target = target;
            this.certainty = f.certainty();
            this.mode = f.mode();
            add(f, actor, target);
        }

        boolean accepts(CodedEventFact f, Side otherActor, Side otherTarget) {
            return code.equals(f.category()) && java.util.Objects.equals(mode, f.mode()) && actor.same(otherActor)
                    && target.same(otherTarget) && dates.keySet().stream().allMatch(d -> compatible(d, f.date()));
        }

        void add(CodedEventFact f, Side a, Side t) {
            actor = actor.with(a);
            target = target.with(t);
            actorIds.addAll(a.entities());
            targetIds.addAll(t.entities());
            targetIds.removeAll(actorIds);
            if (f.date() != null) {
                dates.merge(f.date(), 1, Integer::sum);
            }
            if (f.certainty().compareTo(certainty) < 0) {
                certainty = f.certainty();
            }
            evidence.add(f.sentence());
        }

        /** The most precise date that most facts give, the first given on a tie; null when none gives one. */
        private String date() {
            int precision = dates.keySet().stream().mapToInt(String::length).max().orElse(0);
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> d : dates.entrySet()) {
                if (d.getKey().length() == precision && d.getValue() > bestCount) {
                    best = d.getKey();
                    bestCount = d.getValue();
                }
            }
            return best;
        }

        CodedEvent event() {
            return new CodedEvent(code, mode, certainty, List.copyOf(actorIds), List.copyOf(targetIds), date(), List.copyOf(evidence));
        }
    }
}
