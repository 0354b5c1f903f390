package org.dossier.reconcile.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Evidence;
import org.dossier.model.dossier.Entity;
import org.dossier.model.fact.Mention;

/** Entities built from mention clusters, and the way back from a mention (or any overlapping span) to its entity. */
public final class EntityResolution {

    private final List<Entity> entities;
    private final Map<String, String> entityByMention;
    private final Map<String, List<Mention>> mentionsByEntity;
    /** Per source, every entity mention as {start, end, entity index}, sorted by start. */
    private final Map<String, int[][]> mentionsBySource;
    /** Per source, the mentions of each person entity there, by entity index. */
    private final Map<String, java.util.TreeMap<Integer, List<Mention>>> personMentionsBySource = new HashMap<>();

    private EntityResolution(List<Entity> entities, Map<String, String> entityByMention, Map<String, List<Mention>> mentionsByEntity) {
        this.entities = entities;
        this.entityByMention = entityByMention;
        this.mentionsByEntity = mentionsByEntity;
        Map<String, List<int[]>> bySource = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            for (Evidence m : entities.get(i).mentions()) {
                bySource.computeIfAbsent(m.source(), k -> new ArrayList<>()).add(new int[] {m.start(), m.end(), i});
            }
        }
        this.mentionsBySource = new HashMap<>();
        bySource.forEach((source, list) -> {
            list.sort(Comparator.comparingInt((int[] a) -> a[0]));
            mentionsBySource.put(source, list.toArray(int[][]::new));
        });
        for (int i = 0; i < entities.size(); i++) {
            if ("PERSON".equals(entities.get(i).type())) {
                for (Mention m : mentionsByEntity.getOrDefault(entities.get(i).id(), List.of())) {
                    personMentionsBySource.computeIfAbsent(m.name().source(), k -> new java.util.TreeMap<>())
                            .computeIfAbsent(i, k -> new ArrayList<>()).add(m);
                }
            }
        }
    }

    static EntityResolution of(List<List<Mention>> clusters) {
        List<List<Mention>> sorted = new ArrayList<>(clusters);
        sorted.sort(Comparator.comparingInt((List<Mention> c) -> c.size()).reversed()
                .thenComparing(c -> c.get(0).name().source()).thenComparingInt(c -> c.get(0).name().start()));
        List<Entity> entities = new ArrayList<>();
        Map<String, String> byMention = new HashMap<>();
        Map<String, List<Mention>> byEntity = new HashMap<>();
        int n = 0;
        for (List<Mention> c : sorted) {
            String id = "e" + (++n);
            entities.add(entity(id, c));
            byEntity.put(id, c);
            for (Mention m : c) {
                byMention.put(EntityResolver.key(m.name()), id);
                byMention.put(EntityResolver.key(m.widest()), id);
            }
        }
        return new EntityResolution(List.copyOf(entities), byMention, byEntity);
    }

    private static Entity entity(String id, List<Mention> cluster) {
        Map<String, Integer> types = new LinkedHashMap<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, Integer> aliases = new LinkedHashMap<>();
        Map<String, Integer> roles = new LinkedHashMap<>();
        List<Evidence> mentions = new ArrayList<>();
        for (Mention m : cluster) {
            types.merge(m.type(), 1, Integer::sum);
            names.merge(m.name().text(), 1, Integer::sum);
            aliases.merge(m.name().text(), 1, Integer::sum);
            if (m.titled() != null) {
                aliases.merge(m.titled().text(), 1, Integer::sum);
            }
            if (m.role() != null) {
                roles.merge(m.role(), 1, Integer::sum);
            }
            mentions.add(m.widest());
        }
        String type = top(types);
        String name = canonicalName(names, type);
        mentions.sort(Comparator.comparing(Evidence::source).thenComparingInt(Evidence::start));
        return new Entity(id, name, type, byCount(aliases), byCount(roles), mentions);
    }

    /** People: the most frequent form of two or more words. Others: the most frequent form, acronyms counting half. */
    private static String canonicalName(Map<String, Integer> names, String type) {
        String best = null;
        double bestScore = -1;
        for (var e : names.entrySet()) {
            String s = e.getKey();
            int words = s.trim().split("\\s+").length;
            double score = e.getValue();
            if ("PERSON".equals(type)) {
                score += words >= 2 ? 1000 : 0;
            } else if (s.replace(".", "").equals(s.replace(".", "").toUpperCase(Locale.ROOT))) {
                score *= 0.5;
            }
            if (score > bestScore || score == bestScore && s.length() > best.length()) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("MISC");
    }

    private static List<String> byCount(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return list.stream().map(Map.Entry::getKey).toList();
    }

    /**
     * The same resolution with {@code resolved} spans (descriptions, pronouns) added to the mentions of the entities they are
     * keyed by, marked resolved; name lookups ({@link #entityOf}, {@link #mentionsOf}) are unchanged.
     */
    public EntityResolution withResolved(Map<String, List<Evidence>> resolved) {
        if (resolved.isEmpty()) {
            return this;
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            List<Evidence> more = resolved.getOrDefault(e.id(), List.of());
            if (more.isEmpty()) {
                out.add(e);
                continue;
            }
            List<Evidence> mentions = new ArrayList<>(e.mentions());
            more.forEach(m -> mentions.add(m.asResolved()));
            mentions.sort(Comparator.comparing(Evidence::source).thenComparingInt(Evidence::start));
            out.add(new Entity(e.id(), e.name(), e.type(), e.aliases(), e.roles(), List.copyOf(mentions)));
        }
        return new EntityResolution(List.copyOf(out), entityByMention, mentionsByEntity);
    }

    public List<Entity> entities() {
        return entities;
    }

    /** The entity of the mention at exactly this evidence (name or title-and-name span), or null. */
    public String entityOf(Evidence evidence) {
        return evidence == null ? null : entityByMention.get(EntityResolver.key(evidence));
    }

    /**
     * The entity with a mention overlapping {@code span} that ends last (then starts first), as the head of a phrase
     * ({@code Japan's Prime Minister Ishiba} is Ishiba); the first entity in entity order on a tie; null when none.
     */
    public String headOverlapping(Evidence span) {
        int[][] mentions = mentionsBySource.get(span.source());
        if (mentions == null) {
            return null;
        }
        int[] head = null;
        for (int k = 0; k < mentions.length && mentions[k][0] < span.end(); k++) {
            int[] m = mentions[k];
            if (span.start() < m[1] && (head == null || m[1] > head[1] || m[1] == head[1] && m[0] < head[0]
                    || m[1] == head[1] && m[0] == head[0] && m[2] < head[2])) {
                head = m;
            }
        }
        return head == null ? null : entities.get(head[2]).id();
    }

    /**
     * The first entity in entity order with a mention (resolved ones included) overlapping {@code span}; null when none.
     * Looks only at the mentions of the span's source.
     */
    public String firstOverlapping(Evidence span) {
        int[][] mentions = mentionsBySource.get(span.source());
        int first = Integer.MAX_VALUE;
        for (int k = 0; mentions != null && k < mentions.length && mentions[k][0] < span.end(); k++) {
            if (span.start() < mentions[k][1]) {
                first = Math.min(first, mentions[k][2]);
            }
        }
        return first == Integer.MAX_VALUE ? null : entities.get(first).id();
    }

    /** The entities with a mention inside {@code span}, in entity order (most mentioned first). */
    public List<String> entitiesWithin(Evidence span) {
        int[][] mentions = mentionsBySource.get(span.source());
        if (mentions == null) {
            return List.of();
        }
        int lo = 0;
        int hi = mentions.length;
        while (lo < hi) {   // the first mention starting at or after the span
            int mid = (lo + hi) >>> 1;
            if (mentions[mid][0] < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        java.util.BitSet found = new java.util.BitSet(entities.size());
        for (int k = lo; k < mentions.length && mentions[k][0] < span.end(); k++) {
            if (mentions[k][1] <= span.end()) {
                found.set(mentions[k][2]);
            }
        }
        List<String> out = new ArrayList<>();
        found.stream().forEach(i -> out.add(entities.get(i).id()));
        return out;
    }

    /** Mentions of one entity. */
    public List<Mention> mentionsOf(String entityId) {
        return mentionsByEntity.getOrDefault(entityId, List.of());
    }

    /**
     * The person a description such as {@code the prime minister} refers to in one source: the one entity mentioned there
     * with that title (not as {@code former} or {@code late}), the most mentioned if several; null when none.
     */
    public String resolveDescription(String sourceId, String description) {
        String title = description.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "").trim();
        String best = null;
        int bestCount = 0;
        for (Map.Entry<Integer, List<Mention>> e : personMentionsBySource.getOrDefault(sourceId, new java.util.TreeMap<>())
                .entrySet()) {   // the person entities mentioned in this source, in entity order
            int count = 0;
            boolean titled = false;
            for (Mention m : e.getValue()) {
                count++;
                if (m.role() != null && m.titled() != null) {
                    String role = m.role().toLowerCase(Locale.ROOT);
                    String titledText = m.titled().text().toLowerCase(Locale.ROOT);
                    boolean past = titledText.startsWith("former") || titledText.startsWith("late") || titledText.startsWith("then");
                    if (!past && (role.equals(title) || role.startsWith(title + " of "))) {
                        titled = true;
                    }
                }
            }
            if (titled && count > bestCount) {
                best = entities.get(e.getKey()).id();
                bestCount = count;
            }
        }
        return best;
    }
}
