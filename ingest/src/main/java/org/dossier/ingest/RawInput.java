package org.dossier.ingest;

/**
 * One raw article as read from disk or the network, before any cleaning.
 *
 * @param id the stable source id (a file name without extension, or a short hash of a URL)
 * @param uri where it came from (a file URI or URL), or null
 */
public record RawInput(String id, String uri, byte[] content) {
}
