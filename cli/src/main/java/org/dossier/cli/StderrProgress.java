package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.build.Progress;

/** Progress on stderr: one updating line per stage on a terminal, warnings on their own lines. */
final class StderrProgress implements Progress {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private String lastStage;
    private int lastTenth = -1;

    StderrProgress(PrintWriter err, boolean quiet) {
        this(err, quiet, System.console() != null);
    }

    /** @param terminal update one line in place; otherwise (a log file, CI) print a line per stage and tenth */
    StderrProgress(PrintWriter err, boolean quiet, boolean terminal) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    @Override
    public synchronized void step(String stage, int done, int total) {
        if (quiet) {
            return;
        }
        if (!terminal) {
            int tenth = total <= 0 ? 10 : done * 10 / total;
            if (!stage.equals(lastStage) || tenth != lastTenth) {
                err.printf("%-20s %d/%d%n", stage, done, total);
                err.flush();
            }
            lastStage = stage;
            lastTenth = tenth;
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
        if (terminal && lastStage != null) {
            err.println();
            lastStage = null;
        }
        err.println("warning: " + message);
        err.flush();
    }

    synchronized void done() {
        if (!quiet && terminal && lastStage != null) {
            err.println();
            lastStage = null;
        }
        err.flush();
    }
}
