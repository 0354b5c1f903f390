package org.dossier.model.fact;

import org.dossier.model.Evidence;

/**
 * A sentence-level claim with its kind and topic.
 *
 * @param topic one of a general set of topics ({@code security}, {@code trade}, ...), or null when none fits
 */
public record Claim(Evidence evidence, ClaimKind kind, String topic) {
}
