package org.dossier.extract.event;

import java.util.List;
import java.util.Objects;
import org.dossier.model.fact.Certainty;

/**
 * One coded event: the PLOVER category, the category of the deed itself ({@code deed}: CONSULT for "will meet", which PLOVER
 * codes AGREE as an intent), the deed's mode when the cue determines it (else null), whether it was reported or only expected,
 * the source and target actors (possibly empty) and the cue that gave the category, with offsets into the coded text.
 */
public record PloverEvent(PloverCategory category, PloverCategory deed, String mode, Certainty certainty, List<Actor> sources, List<Actor> targets,
        String cue, int cueStart, int cueEnd) {

    public PloverEvent {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(deed, "deed");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
