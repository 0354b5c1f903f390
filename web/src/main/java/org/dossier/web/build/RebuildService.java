package org.dossier.web.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dossier.model.dossier.Dossier;
import org.dossier.web.search.SearchService;
import org.dossier.web.workspace.Workspace;

/**
 * Runs rebuilds one at a time on a background thread (the NLP models are too heavy to run two), then refreshes the
 * event's search index. Asking for a rebuild of an event that is already queued or running returns its status.
 * Thread-safe.
 */
public final class RebuildService implements AutoCloseable {

    private final Workspace workspace;
    private final EventBuilder builder;
    private final SearchService search;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-rebuild");
        t.setDaemon(true);
        return t;
    });

    public RebuildService(Workspace workspace, EventBuilder builder, SearchService search) {
        this.workspace = workspace;
        this.builder = builder;
        this.search = search;
    }

    /** Queues a rebuild of {@code event} unless one is queued or running; returns the status. */
    public BuildStatus start(String event) {
        workspace.requireEvent(event);
        synchronized (runs) {
            Run current = runs.get(event);
            if (current != null && current.status().active()) {
                return current.status();
            }
            Run run = new Run(event);
            runs.put(event, run);
            executor.submit(() -> execute(run));
            return run.status();
        }
    }

    /** The status of the latest rebuild of {@code event}. */
    public BuildStatus status(String event) {
        workspace.requireEvent(event);
        Run run = runs.get(event);
        return run == null ? BuildStatus.idle(event) : run.status();
    }

    private void execute(Run run) {
        run.begin();
        try {
            Dossier dossier = builder.build(workspace.articlesDir(run.event), workspace.eventDir(run.event), run);
            run.step("index", 0, dossier.sources().size());
            search.reindex(run.event, run);
            run.finish(null);
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            run.finish(message.lines().findFirst().orElse(message));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One rebuild: its progress, updated by the build's threads and read by requests. */
    private static final class Run implements BuildProgress {
        private final String event;
        private final List<String> warnings = new ArrayList<>();
        private BuildStatus.State state = BuildStatus.State.QUEUED;
        private String stage;
        private int done;
        private int total;
        private String error;
        private long started;
        private long finished;

        Run(String event) {
            this.event = event;
        }

        synchronized void begin() {
            state = BuildStatus.State.RUNNING;
            started = System.nanoTime();
        }

        synchronized void finish(String failure) {
            error = failure;
            state = failure == null ? BuildStatus.State.DONE : BuildStatus.State.FAILED;
            finished = System.nanoTime();
        }

        @Override
        public synchronized void step(String stage, int done, int total) {
            this.stage = stage;
            this.done = done;
            this.total = total;
        }

        @Override
        public synchronized void warn(String message) {
            if (warnings.size() < 200) {
                warnings.add(message);
            }
        }

        synchronized BuildStatus status() {
            double seconds = started == 0 ? 0 : ((finished == 0 ? System.nanoTime() : finished) - started) / 1e9;
            return new BuildStatus(event, state, stage, done, total, warnings, error, seconds);
        }
    }
}
