package org.dossier.model.dossier;

import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.fact.ClaimKind;

/** A claim in the dossier; {@code actors} are entity ids named in it. */
public record ClaimItem(String id, ClaimKind kind, String topic, List<String> actors, Evidence evidence) {
}
