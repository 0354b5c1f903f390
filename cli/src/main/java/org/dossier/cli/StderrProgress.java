package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.build.Progress;

/**
 * Progress on stderr: one updating line per stage on a terminal, warnings on their own lines; a finished stage shows how
 * long it took (wall time since its first step), so a log tells where a build spent its time.
 */
final class StderrProgress implements Progress {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private final java.util.function.LongSupplier nanoTime;
    private String lastStage;
    private int lastTenth = -1;
    private String timedStage;
    private long stageStart;

    StderrProgress(PrintWriter err, boolean quiet) {
        this(err, quiet, System.console() != null, System::nanoTime);
    }

    StderrProgress(PrintWriter err, boolean quiet, boolean terminal) {
        this(err, quiet, terminal, System::nanoTime);
    }

    /**
     * @param terminal update one line in place; otherwise (a log file, CI) print a line per stage and tenth
     * @param nanoTime the clock stage durations are read from
     */
    StderrProgress(PrintWriter err, boolean quiet, boolean terminal, java.util.function.LongSupplier nanoTime) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /** " (12.3 s)" when this step finishes its stage, else empty. */
    private String elapsed(String stage, int done, int total) {
        long now = nanoTime.getAsLong();
        if (!stage.equals(timedStage)) {
            timedStage = stage;
            stageStart = now;
        }
        return total > 0 && done >= total ? String.format(java.util.Locale.ROOT, " (%.1f s)", (now - stageStart) / 1e9) : "";
    }

    @Override
    public synchronized void step(String stage, int done, int total) {
        if (quiet) {
            return;
        }
        String took = elapsed(stage, done, total);
        if (!terminal) {
            int tenth = total <= 0 ? 10 : done * 10 / total;
            if (!stage.equals(lastStage) || tenth != lastTenth) {
                err.printf("%-20s %d/%d%s%n", stage, done, total, took);
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
        err.printf("\r%-20s %d/%d%s", stage, done, total, took);
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
