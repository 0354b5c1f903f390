package org.dossier.discover.io;

/** A discovery file (events, features, sources) that is not in the expected format; the message is one line. */
public final class DiscoverFormatException extends Exception {

    public DiscoverFormatException(String message) {
        super(message);
    }
}
