package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.build.Progress;

/** Progress on stderr: one updating line per stage on a terminal, warnings on their own lines. */
final class StderrProgress implements Progress {

    private final PrintWriter err;
    private final boolean quiet;
    private String lastStage;

    StderrProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public synchronized void step(String stage, int done, int total) {
        if (quiet) {
            return;
        }
        if (lastStage != null && !lastStage.equals(stage)) {
            err.println();
        }
        lastStage = stage;
        err.printf("\r%-20s %d/%d", stage, done, total);
        err.flush();
    }

    @Override
    public synchronized void warn(String message) {
        if (lastStage != null) {
            err.println();
            lastStage = null;
        }
        err.println("warning: " + message);
        err.flush();
    }

    synchronized void done() {
        if (!quiet && lastStage != null) {
            err.println();
            lastStage = null;
        }
        err.flush();
    }
}
