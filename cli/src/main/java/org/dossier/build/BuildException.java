package org.dossier.build;

/** A build that cannot go on because of the user's input or environment; the message is one line for the user. */
public class BuildException extends Exception {

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
