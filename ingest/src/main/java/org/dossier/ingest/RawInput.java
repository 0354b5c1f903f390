package org.dossier.ingest;

/**
 * One raw article as read from disk or the network, before any cleaning.
 *
 * @param id the stable source id (a file name without extension, or a short hash of a URL)
 * @param uri where it came from (a file URI or URL), or null
 * @param given what its container stated about it (never null; {@link GivenMetadata#NONE} for a plain file)
 */
public record RawInput(String id, String uri, byte[] content, GivenMetadata given) {

    public RawInput {
        given = given == null ? GivenMetadata.NONE : given;
    }

    /** A raw input with nothing stated about it beyond its bytes. */
    public RawInput(String id, String uri, byte[] content) {
        this(id, uri, content, GivenMetadata.NONE);
    }
}
