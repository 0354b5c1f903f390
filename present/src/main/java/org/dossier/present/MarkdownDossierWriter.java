package org.dossier.present;

import static org.dossier.present.internal.MarkdownText.escape;
import static org.dossier.present.internal.MarkdownText.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.model.Evidence;
import org.dossier.model.Source;
import org.dossier.model.dossier.Agreement;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.CodedEvent;
import org.dossier.model.dossier.Contradiction;
import org.dossier.model.dossier.Coverage;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.Entity;
import org.dossier.model.dossier.EventInfo;
import org.dossier.model.dossier.FigureItem;
import org.dossier.model.dossier.QuoteItem;
import org.dossier.model.dossier.ScorecardRow;
import org.dossier.model.dossier.TimelineItem;
import org.dossier.model.fact.ClaimKind;
import org.dossier.present.internal.DossierIndex;
import org.dossier.present.internal.FigureFormat;
import org.dossier.present.internal.Lists;

/**
 * Writes {@code dossier.md}, a report to read: every section of the dossier, with items citing their sources as {@code [n]}
 * (the n-th row of the sources table). Article text is escaped so it shows literally. Empty sections say "None found."
 */
public final class MarkdownDossierWriter implements DossierWriter {

    /** The file name of the written report. */
    public static final String FILE_NAME = "dossier.md";

    private static final String NONE = "None found.\n";
    private static final String DASH = "\u2013";

    @Override
    public String render(Dossier d) {
        DossierIndex index = new DossierIndex(d);
        StringBuilder out = new StringBuilder();
        header(out, d, index);
        section(out, "Sources", sources(Lists.of(d.sources())));
        section(out, "Summary", summary(Lists.of(d.summary()), index));
        section(out, "People and organizations", entities(Lists.of(d.entities())));
        section(out, "Quotes", quotes(Lists.of(d.quotes()), index));
        section(out, "Figures", figures(Lists.of(d.figures()), index));
        section(out, "Timeline", timeline(Lists.of(d.timeline()), index));
        section(out, "Claims", claims(Lists.of(d.claims()), index));
        section(out, "Scorecard", scorecard(Lists.of(d.scorecard()), index));
        section(out, "Agreements", list(Lists.of(d.agreements()), a -> "**" + escape(a.about()) + "**: " + cite(a.items(), index)));
        section(out, "Contradictions", list(Lists.of(d.contradictions()),
                c -> "**" + escape(c.about()) + "** (" + escape(c.kind()) + "): " + cite(c.items(), index)));
        section(out, "Coverage", coverage(d.coverage(), Lists.of(d.sources()), index));
        section(out, "Coded events", events(Lists.of(d.events()), index));
        return out.toString();
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    private static void header(StringBuilder out, Dossier d, DossierIndex index) {
        EventInfo event = d.event() == null ? new EventInfo(null, null, null, List.of()) : d.event();
        out.append("# ").append(event.title() == null || event.title().isBlank() ? "Dossier" : escape(event.title())).append("\n\n");
        List<String> facts = new ArrayList<>();
        if (event.start() != null || event.end() != null) {
            String start = event.start() == null ? "?" : event.start();
            String end = event.end() == null ? "?" : event.end();
            facts.add("**When:** " + escape(start.equals(end) ? start : start + " " + DASH + " " + end));
        }
        if (!Lists.of(event.participants()).isEmpty()) {
            facts.add("**Participants:** " + escape(index.entityNames(event.participants())));
        }
        facts.add("**Sources:** " + Lists.of(d.sources()).size());
        if (d.generated() != null) {
            facts.add("**Generated:** " + escape(d.generated()));
        }
        out.append(String.join("  \n", facts)).append("\n\n");
    }

    private static void section(StringBuilder out, String title, String body) {
        out.append("## ").append(title).append("\n\n").append(body.stripTrailing()).append("\n\n");
    }

    private static String sources(List<Source> sources) {
        if (sources.isEmpty()) {
            return NONE;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String published = s.published() == null ? "" : escape(s.published()) + (s.publishedInferred() ? " (inferred)" : "");
            String title = s.uri() != null && s.uri().matches("https?://\\S+")
                    ? "[" + escape(s.title() == null ? s.uri() : s.title()) + "](<" + s.uri().replace(">", "%3E") + ">)"
                    : escape(s.title());
            rows.add(List.of(Integer.toString(i + 1), "`" + s.id().replace("`", "") + "`", title, escape(s.outlet()),
                    escape(s.author()), published, s.phase() == null ? "" : s.phase().json()));
            for (String w : Lists.of(s.warnings())) {
                warnings.add("- [" + (i + 1) + "] " + escape(w));
            }
        }
        String table = table(List.of("#", "Id", "Title", "Outlet", "Author", "Published", "Phase"), rows);
        return warnings.isEmpty() ? table : table + "\nWarnings:\n\n" + String.join("\n", warnings) + "\n";
    }

    private static String summary(List<Evidence> summary, DossierIndex index) {
        return list(summary, e -> escape(e.text()) + " " + ref(e, index));
    }

    private static String entities(List<Entity> entities) {
        List<List<String>> rows = new ArrayList<>();
        for (Entity e : entities) {
            List<Evidence> mentions = Lists.of(e.mentions());
            long resolved = mentions.stream().filter(Evidence::resolved).count();
            String count = mentions.size() + (resolved > 0 ? " (" + resolved + " resolved)" : "");
            rows.add(List.of(escape(e.name()), escape(e.type()), escape(String.join("; ", Lists.of(e.roles()))), count,
                    escape(String.join(", ", Lists.of(e.aliases())))));
        }
        return rows.isEmpty() ? NONE : table(List.of("Name", "Type", "Roles", "Mentions", "Aliases"), rows);
    }

    private static String quotes(List<QuoteItem> quotes, DossierIndex index) {
        if (quotes.isEmpty()) {
            return NONE;
        }
        Map<String, List<QuoteItem>> bySpeaker = new LinkedHashMap<>();
        for (QuoteItem q : quotes) {
            String speaker = q.speaker() != null ? index.entityName(q.speaker())
                    : q.speakerText() != null ? q.speakerText() : "Unattributed";
            bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(q);
        }
        StringBuilder out = new StringBuilder();
        bySpeaker.forEach((speaker, items) -> {
            out.append("### ").append(escape(speaker)).append("\n\n");
            for (QuoteItem q : items) {
                List<String> attribution = new ArrayList<>();
                if (q.speakerText() != null) {
                    attribution.add(escape(q.speakerText()));
                }
                if (q.cue() != null) {
                    attribution.add("*" + escape(q.cue()) + "*");
                }
                String by = attribution.isEmpty() ? "" : " " + "\u2014 " + String.join(", ", attribution);
                out.append("> \u201c").append(escape(text(q.evidence()))).append("\u201d").append(by).append(' ')
                        .append(ref(q.evidence(), index)).append("\n\n");
            }
        });
        return out.toString();
    }

    private static String figures(List<FigureItem> figures, DossierIndex index) {
        List<List<String>> rows = new ArrayList<>();
        for (FigureItem f : figures) {
            rows.add(List.of(escape(FigureFormat.format(f.low(), f.high(), f.unit())), escape(f.subject()),
                    escape(index.entityNames(f.about())), escape(f.time()), "\u201c" + escape(text(f.evidence())) + "\u201d",
                    ref(f.evidence(), index)));
        }
        return rows.isEmpty() ? NONE : table(List.of("Value", "Subject", "About", "Time", "Text", "Source"), rows);
    }

    private static String timeline(List<TimelineItem> timeline, DossierIndex index) {
        List<List<String>> rows = new ArrayList<>();
        for (TimelineItem t : timeline) {
            rows.add(List.of(escape(t.date()), escape(t.what()), t.certainty() == null ? "" : t.certainty().json(),
                    refs(t.evidence(), index)));
        }
        return rows.isEmpty() ? NONE : table(List.of("Date", "What", "Certainty", "Sources"), rows);
    }

    private static String claims(List<ClaimItem> claims, DossierIndex index) {
        if (claims.isEmpty()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder();
        for (ClaimKind kind : ClaimKind.values()) {
            List<ClaimItem> ofKind = claims.stream().filter(c -> c.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                out.append("### ").append(kindTitle(kind)).append("\n\n").append(list(ofKind, c -> claim(c, index))).append('\n');
            }
        }
        List<ClaimItem> unknown = claims.stream().filter(c -> c.kind() == null).toList();
        if (!unknown.isEmpty()) {
            out.append("### Other\n\n").append(list(unknown, c -> claim(c, index))).append('\n');
        }
        return out.toString();
    }

    private static String claim(ClaimItem c, DossierIndex index) {
        List<String> about = new ArrayList<>();
        if (c.topic() != null) {
            about.add("topic: " + escape(c.topic()));
        }
        if (!Lists.of(c.actors()).isEmpty()) {
            about.add("actors: " + escape(index.entityNames(c.actors())));
        }
        return escape(text(c.evidence())) + " " + ref(c.evidence(), index) + (about.isEmpty() ? "" : " *(" + String.join("; ", about) + ")*");
    }

    private static String kindTitle(ClaimKind kind) {
        return switch (kind) {
            case EXPECTATION -> "Expectations (before the event)";
            case OUTCOME -> "Outcomes (after the event)";
            case STATEMENT -> "Statements";
        };
    }

    private static String scorecard(List<ScorecardRow> rows, DossierIndex index) {
        List<List<String>> cells = new ArrayList<>();
        for (ScorecardRow r : rows) {
            cells.add(List.of(claimTexts(r.expectation(), index), claimTexts(r.outcome(), index), "**" + escape(r.status()) + "**",
                    escape(r.why())));
        }
        return cells.isEmpty() ? NONE : table(List.of("Expected", "Outcome", "Status", "Why"), cells);
    }

    private static String claimTexts(List<String> ids, DossierIndex index) {
        List<String> texts = new ArrayList<>();
        for (String id : Lists.of(ids)) {
            ClaimItem c = index.claim(id);
            texts.add(c == null ? escape(id) : escape(text(c.evidence())) + " " + ref(c.evidence(), index));
        }
        return texts.isEmpty() ? DASH : String.join("<br>", texts);
    }

    private static String coverage(Coverage coverage, List<Source> sources, DossierIndex index) {
        if (coverage == null || Lists.of(coverage.topics()).isEmpty() && (coverage.uniqueFacts() == null || coverage.uniqueFacts().isEmpty())) {
            return NONE;
        }
        StringBuilder out = new StringBuilder();
        Map<String, Map<String, Integer>> bySource = coverage.bySource() == null ? Map.of() : coverage.bySource();
        if (!Lists.of(coverage.topics()).isEmpty()) {
            List<String> header = new ArrayList<>(List.of("Topic"));
            sources.forEach(s -> header.add(ref(s.id(), index)));
            List<List<String>> rows = new ArrayList<>();
            for (String topic : coverage.topics()) {
                List<String> row = new ArrayList<>(List.of(escape(topic)));
                for (Source s : sources) {
                    Integer n = bySource.getOrDefault(s.id(), Map.of()).get(topic);
                    row.add(n == null || n == 0 ? "\u00b7" : n.toString());
                }
                rows.add(row);
            }
            out.append(table(header, rows)).append('\n');
        }
        Map<String, List<String>> unique = coverage.uniqueFacts() == null ? Map.of() : coverage.uniqueFacts();
        if (!unique.isEmpty()) {
            out.append("Reported by one source only:\n\n");
            unique.forEach((source, ids) -> out.append("- ").append(ref(source, index)).append(": ")
                    .append(String.join("; ", Lists.of(ids).stream().map(id -> escape(index.itemLabel(id))).toList())).append('\n'));
        }
        return out.toString();
    }

    private static String events(List<CodedEvent> events, DossierIndex index) {
        List<List<String>> rows = new ArrayList<>();
        for (CodedEvent e : events) {
            String what = "`" + String.valueOf(e.code()).replace("`", "") + "`" + (e.mode() == null ? "" : " " + escape(e.mode()));
            rows.add(List.of(escape(e.date()), escape(index.entityNames(e.actor())), what, escape(index.entityNames(e.target())),
                    e.certainty() == null ? "" : e.certainty().json(), cite(e.evidence(), index)));
        }
        return rows.isEmpty() ? NONE : table(List.of("Date", "Actor", "Event", "Target", "Certainty", "Evidence"), rows);
    }

    private static <T> String list(List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder();
        items.forEach(item -> out.append("- ").append(line.apply(item)).append('\n'));
        return out.toString();
    }

    private static String cite(List<Evidence> items, DossierIndex index) {
        return String.join("; ", Lists.of(items).stream().map(e -> "\u201c" + escape(e.text()) + "\u201d " + ref(e, index)).toList());
    }

    private static String refs(List<Evidence> items, DossierIndex index) {
        return String.join(" ", Lists.of(items).stream().map(e -> ref(e, index)).distinct().toList());
    }

    private static String ref(Evidence e, DossierIndex index) {
        return e == null ? "" : ref(e.source(), index);
    }

    /** {@code [n]}: the source's row in the sources table. Brackets not followed by a link target stay literal. */
    private static String ref(String sourceId, DossierIndex index) {
        return "[" + escape(index.sourceNumber(sourceId)) + "]";
    }

    private static String text(Evidence e) {
        return e == null ? "" : e.text();
    }
}
