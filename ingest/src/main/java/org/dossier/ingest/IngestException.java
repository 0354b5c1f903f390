package org.dossier.ingest;

/** An input that cannot become a source: the message says why in one line, and names the source id. */
public class IngestException extends Exception {

    private final String sourceId;
    private final String reason;

    public IngestException(String sourceId, String message) {
        super(sourceId + ": " + message);
        this.sourceId = sourceId;
        this.reason = message;
    }

    /** Why the input was refused, without the source id. */
    public String reason() {
        return reason;
    }

    public String sourceId() {
        return sourceId;
    }
}
