package org.dossier.ingest;

/** An input that cannot become a source: the message says why in one line, and names the source id. */
public class IngestException extends Exception {

    private final String sourceId;

    public IngestException(String sourceId, String message) {
        super(sourceId + ": " + message);
        this.sourceId = sourceId;
    }

    public String sourceId() {
        return sourceId;
    }
}
