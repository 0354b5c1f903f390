package org.dossier.spark;

import java.io.Serializable;

/**
 * An input that produced no facts, as a line of {@code rejected.jsonl}.
 *
 * @param stage where it failed: {@code ingest}, {@code annotate} or {@code extract}
 * @param reason a one-line reason a user can act on
 */
public record Rejection(String id, String uri, String stage, String reason) implements Serializable {

    private static final long serialVersionUID = 1L;
}
