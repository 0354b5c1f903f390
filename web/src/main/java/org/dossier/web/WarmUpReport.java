package org.dossier.web;

import java.time.Duration;
import java.util.Objects;

/**
 * What the server's warm-up did (see {@link WebConfig#warmUpRounds()}).
 *
 * @param requests the requests sent to the throwaway copy of the app
 * @param failures how many of them did not get 200 (a failed warm-up only leaves the server colder)
 * @param took how long the warm-up took, the throwaway copy's start and its index included
 */
public record WarmUpReport(int requests, int failures, Duration took) {

    /** No warm-up. */
    public static final WarmUpReport NONE = new WarmUpReport(0, 0, Duration.ZERO);

    public WarmUpReport {
        Objects.requireNonNull(took, "took");
    }

    @Override
    public String toString() {
        return requests + " requests (" + failures + " failed) in " + took.toMillis() + " ms";
    }
}
