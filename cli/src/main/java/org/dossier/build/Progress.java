package org.dossier.build;

/** Where a build reports what it is doing. Implementations must be thread-safe. */
public interface Progress {

    /** A stage started or advanced: {@code done} of {@code total} items. */
    void step(String stage, int done, int total);

    /** Something the user should know about, on one line, naming the file. */
    void warn(String message);

    Progress SILENT = new Progress() {
        @Override
        public void step(String stage, int done, int total) {
        }

        @Override
        public void warn(String message) {
        }
    };
}
