package org.dossier.spark;

import java.io.Serializable;
import java.util.List;
import org.dossier.ingest.GivenMetadata;
import org.dossier.ingest.RawInput;

/**
 * A {@link RawInput} that Spark can ship to an executor (the ingest records are not {@link Serializable}).
 *
 * @param authors the authors its container stated, possibly empty; the other metadata fields are null when not stated
 */
public record InputRecord(String id, String uri, byte[] content, String contentType, String title, String published,
        List<String> authors, String url) implements Serializable {

    private static final long serialVersionUID = 1L;

    public InputRecord {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static InputRecord of(RawInput in) {
        GivenMetadata g = in.given();
        return new InputRecord(in.id(), in.uri(), in.content(), g.contentType(), g.title(), g.published(), g.authors(), g.url());
    }

    public RawInput toRawInput() {
        return new RawInput(id, uri, content, new GivenMetadata(contentType, title, published, authors, url));
    }
}
