package org.dossier.model;

/** Boilerplate removed from the raw input: offsets into the raw input, and why it was dropped. */
public record DroppedSpan(int start, int end, String reason) {
}
