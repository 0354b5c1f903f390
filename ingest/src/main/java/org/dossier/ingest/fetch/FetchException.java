package org.dossier.ingest.fetch;

/** A URL that could not be fetched: the message says why in one line and names the URL. */
public final class FetchException extends Exception {

    private final String url;
    private final String reason;

    public FetchException(String url, String reason) {
        super(url + ": " + reason);
        this.url = url;
        this.reason = reason;
    }

    public String url() {
        return url;
    }

    /** Why, without the URL. */
    public String reason() {
        return reason;
    }
}
