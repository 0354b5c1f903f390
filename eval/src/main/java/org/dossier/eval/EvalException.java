package org.dossier.eval;

import java.nio.file.Path;

/** A gold or dossier file that cannot be read or is not the expected JSON; the message is one line naming the file. */
public class EvalException extends Exception {
    private final Path file;

    /**
     * @param file the file that failed
     * @param message one line saying what is wrong with it
     * @param cause the underlying error, or null
     */
    public EvalException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
