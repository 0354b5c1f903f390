package org.dossier.web.build;

/** Where a build reports what it is doing; called from the build's threads, so implementations are thread-safe. */
public interface BuildProgress {

    /** A stage started or advanced: {@code done} of {@code total} items. */
    void step(String stage, int done, int total);

    /** Something the user should know about (a skipped article), on one line. */
    void warn(String message);
}
