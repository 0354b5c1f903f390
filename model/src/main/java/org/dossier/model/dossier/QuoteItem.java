package org.dossier.model.dossier;

import org.dossier.model.Evidence;

/** A quote in the dossier. {@code speaker} is an entity id; it, {@code speakerText} and {@code cue} may be null. */
public record QuoteItem(String id, Evidence evidence, String speaker, String speakerText, String cue) {
}
