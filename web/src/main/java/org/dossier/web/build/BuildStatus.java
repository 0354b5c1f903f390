package org.dossier.web.build;

import java.util.List;

/**
 * The state of an event's latest rebuild, as the status endpoint returns it.
 *
 * @param event the event id
 * @param state idle (never run), queued, running, done or failed
 * @param stage the current stage (ingest, annotate, reconcile, index...), null when idle
 * @param done items done in the stage
 * @param total items in the stage
 * @param warnings skipped articles and similar, one line each
 * @param error the failure, one line, when failed
 * @param seconds how long the run took (or has taken so far)
 */
public record BuildStatus(String event, State state, String stage, int done, int total, List<String> warnings, String error,
        double seconds) {

    /** Where a rebuild is. */
    public enum State { IDLE, QUEUED, RUNNING, DONE, FAILED }

    public BuildStatus {
        warnings = List.copyOf(warnings);
    }

    static BuildStatus idle(String event) {
        return new BuildStatus(event, State.IDLE, null, 0, 0, List.of(), null, 0);
    }

    /** Whether a run is queued or running. */
    public boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }
}
