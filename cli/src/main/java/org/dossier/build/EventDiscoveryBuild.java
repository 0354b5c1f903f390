package org.dossier.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.CachingAnnotator;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.DocumentFeatures;
import org.dossier.discover.EventDiscoverer;
import org.dossier.discover.FeatureExtractor;
import org.dossier.discover.LeadEmbedder;
import org.dossier.discover.MovedArticle;
import org.dossier.discover.io.DiscoverFormatException;
import org.dossier.discover.io.EventIndexPage;
import org.dossier.discover.io.EventsJson;
import org.dossier.discover.io.JsonLines;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.dedup.NearDuplicateFinder;
import org.dossier.model.Source;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.reconcile.Corpus;

/**
 * Discovers the events in a stream of articles: the per-document stages of {@link DossierBuild} (each article dated by
 * its own text, not by the others), features, {@link EventDiscoverer}, then a dossier per event of two or more articles.
 * The output folder is also a workspace: its {@value #STATE_FOLDER} folder keeps every article's source and features,
 * so an incremental run annotates only the new articles and rebuilds only the dossiers of the events whose articles
 * changed (the events new articles join, and those earlier articles moved into or out of). This is
 * the in-process {@link DiscoveryEngine}.
 */
public final class EventDiscoveryBuild implements DiscoveryEngine {

    /** The workspace state folder inside the output folder. */
    public static final String STATE_FOLDER = ".discover";

    private final DossierBuild stages;
    private final FeatureExtractor featureExtractor;
    private final LeadEmbedder leadEmbedder;
    private final EventDiscoverer discoverer;

    /** A discovery without lead embeddings. */
    public EventDiscoveryBuild(DossierBuild stages, FeatureExtractor featureExtractor, EventDiscoverer discoverer) {
        this(stages, featureExtractor, null, discoverer);
    }

    /**
     * @param stages the per-document stages, the reconciler and the dossier writers to reuse
     * @param leadEmbedder embeds each new article's lead, or null for none
     */
    public EventDiscoveryBuild(DossierBuild stages, FeatureExtractor featureExtractor, LeadEmbedder leadEmbedder,
            EventDiscoverer discoverer) {
        this.stages = stages;
        this.featureExtractor = featureExtractor;
        this.leadEmbedder = leadEmbedder;
        this.discoverer = discoverer;
    }

    @Override
    public DiscoverResult run(DiscoverOptions options, Progress progress) throws BuildException {
        Path out = options.output();
        List<RawInput> raw = stages.collect(options.inputs(), options.urls(), options.allowPrivate(), progress);
        try (OutputLock lock = OutputLock.acquire(out)) {
            Workspace before = options.incremental() ? Workspace.read(out) : Workspace.EMPTY;
            List<String> skipped = new ArrayList<>();
            List<Source> sources = new ArrayList<>();
            PublicationDates dates = new PublicationDates();
            for (Source s : stages.ingest(raw, progress, skipped)) {
                Source dated = dates.inferFromOwnText(s);
                Source unique = before.admit(dated, sources, progress);
                if (unique == null) {
                    skipped.add(s.id());
                } else {
                    sources.add(unique);
                }
            }
            if (sources.isEmpty() && !options.incremental()) {
                throw new BuildException("none of the " + raw.size() + " input files could be read as an article");
            }
            CachingAnnotator annotator = stages.cachedAnnotator(options.cache(), progress);
            Map<String, DocumentFacts> facts = new HashMap<>();
            for (DocumentFacts f : stages.annotateAndExtract(sources, annotator, options.threads(), progress, skipped)) {
                facts.put(f.sourceId(), f);
            }
            List<Source> added = sources.stream().filter(s -> facts.containsKey(s.id())).toList();
            List<DocumentFeatures> newFeatures = new ArrayList<>();
            for (Source s : added) {
                newFeatures.add(featureExtractor.extract(s, facts.get(s.id())));
            }
            if (leadEmbedder != null && !added.isEmpty()) {
                progress.step("embed leads", 0, 1);
                newFeatures = leadEmbedder.withLeads(added, newFeatures);
                progress.step("embed leads", 1, 1);
            }

            progress.step("discover", 0, 1);
            List<DiscoveredEvent> events = discoverer.extend(before.events(), before.features(), newFeatures);
            List<MovedArticle> moved = MovedArticle.between(before.events(), events);
            progress.step("discover", 1, 1);

            Map<String, Source> allSources = new LinkedHashMap<>();
            before.sources().forEach(s -> allSources.put(s.id(), s));
            added.forEach(s -> allSources.put(s.id(), s));
            List<String> rebuilt = options.dossiers()
                    ? writeDossiers(changed(before.events(), events), allSources, facts, annotator, options, progress)
                    : List.of();

            List<DocumentFeatures> allFeatures = new ArrayList<>(before.features());
            allFeatures.addAll(newFeatures);
            Map<Path, String> files = new LinkedHashMap<>();
            Path state = out.resolve(STATE_FOLDER);
            files.put(state.resolve(JsonLines.FEATURES_FILE), JsonLines.renderFeatures(allFeatures));
            files.put(state.resolve(JsonLines.SOURCES_FILE), JsonLines.renderSources(List.copyOf(allSources.values())));
            files.put(out.resolve(EventsJson.FILE_NAME), EventsJson.render(events, moved));
            files.put(out.resolve(EventIndexPage.FILE_NAME), EventIndexPage.render(events, options.dossiers()));
            write(files, out);
            return new DiscoverResult(events, added.size(), rebuilt, annotator.misses(), annotator.hits(), skipped, moved);
        }
    }

    /** Events of two or more articles that are new or have new articles. */
    private static List<DiscoveredEvent> changed(List<DiscoveredEvent> before, List<DiscoveredEvent> after) {
        Map<String, Set<String>> old = new HashMap<>();
        before.forEach(e -> old.put(e.id(), new HashSet<>(e.sources())));
        return after.stream().filter(e -> e.size() >= 2 && !new HashSet<>(e.sources()).equals(old.get(e.id()))).toList();
    }

    private List<String> writeDossiers(List<DiscoveredEvent> events, Map<String, Source> sources, Map<String, DocumentFacts> facts,
            CachingAnnotator annotator, DiscoverOptions options, Progress progress) throws BuildException {
        List<Source> missing = new ArrayList<>();
        for (DiscoveredEvent e : events) {
            e.sources().stream().filter(id -> !facts.containsKey(id)).map(sources::get).forEach(missing::add);
        }
        if (!missing.isEmpty()) {   // earlier articles of events that changed: their annotations come from the cache
            List<String> failed = new ArrayList<>();
            for (DocumentFacts f : stages.annotateAndExtract(missing, annotator, options.threads(), progress, failed)) {
                facts.put(f.sourceId(), f);
            }
        }
        List<String> written = new ArrayList<>();
        int done = 0;
        for (DiscoveredEvent e : events) {
            progress.step("dossiers", done++, events.size());
            List<Source> members = new NearDuplicateFinder().mark(
                    e.sources().stream().filter(facts::containsKey).map(sources::get).toList());
            if (members.size() < 2) {
                continue;
            }
            Dossier dossier;
            try {
                dossier = stages.reconciler().reconcile(new Corpus(members, members.stream().map(s -> facts.get(s.id())).toList()));
            } catch (RuntimeException ex) {
                progress.warn("event " + e.id() + ": dossier failed (" + ex + "), skipped");
                continue;
            }
            write(stages.render(dossier, options.output().resolve(e.id())), options.output());
            written.add(e.id());
        }
        progress.step("dossiers", events.size(), events.size());
        return written;
    }

    private void write(Map<Path, String> files, Path out) throws BuildException {
        try {
            AtomicFiles.writeAll(files, stages.files());
        } catch (IOException | SecurityException e) {
            throw new BuildException("cannot write " + out + " (" + OutputLock.describe(e) + ")", e);
        }
    }

    /** The events, features and sources an output folder already holds. */
    private record Workspace(List<DiscoveredEvent> events, List<DocumentFeatures> features, List<Source> sources) {

        static final Workspace EMPTY = new Workspace(List.of(), List.of(), List.of());

        static Workspace read(Path out) throws BuildException {
            Path events = out.resolve(EventsJson.FILE_NAME);
            Path state = out.resolve(STATE_FOLDER);
            if (!Files.exists(events) && !Files.exists(state)) {
                return EMPTY;
            }
            Path current = events;
            try {
                List<DiscoveredEvent> e = EventsJson.parse(Files.readString(events, StandardCharsets.UTF_8));
                current = state.resolve(JsonLines.FEATURES_FILE);
                List<DocumentFeatures> f = JsonLines.parseFeatures(Files.readString(current, StandardCharsets.UTF_8));
                current = state.resolve(JsonLines.SOURCES_FILE);
                List<Source> s = JsonLines.parseSources(Files.readString(current, StandardCharsets.UTF_8));
                Set<String> inEvents = new HashSet<>();
                e.forEach(x -> inEvents.addAll(x.sources()));
                Set<String> withFeatures = new HashSet<>();
                f.forEach(x -> withFeatures.add(x.sourceId()));
                if (!inEvents.equals(withFeatures) || s.size() != f.size()) {
                    throw new BuildException(out + ": not a consistent discovery workspace (events.json and "
                            + STATE_FOLDER + " list different articles)");
                }
                return new Workspace(e, f, s);
            } catch (IOException e) {
                throw new BuildException(current + ": cannot read the discovery workspace (" + e.getClass().getSimpleName() + ")");
            } catch (DiscoverFormatException e) {
                throw new BuildException(current + ": " + e.getMessage());
            }
        }

        /**
         * The source to add, or null: an article already in the workspace (same id and text) is skipped; another article
         * with a taken id gets a free one ({@code id-2}, ...).
         */
        Source admit(Source s, List<Source> addedSoFar, Progress progress) {
            Set<String> taken = new HashSet<>();
            sources.forEach(x -> taken.add(x.id()));
            addedSoFar.forEach(x -> taken.add(x.id()));
            if (!taken.contains(s.id())) {
                return s;
            }
            for (Source x : sources) {
                if (x.id().equals(s.id()) && x.text().equals(s.text())) {
                    progress.warn(s.id() + ": already in the workspace, skipped");
                    return null;
                }
            }
            String id = s.id();
            for (int n = 2; taken.contains(id); n++) {
                id = s.id() + "-" + n;
            }
            return new Source(id, s.uri(), s.title(), s.outlet(), s.author(), s.published(), s.publishedInferred(), s.language(),
                    s.phase(), s.text(), s.dropped(), s.warnings());
        }
    }
}
