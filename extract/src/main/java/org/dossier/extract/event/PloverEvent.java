package org.dossier.extract.event;

import java.util.List;
import org.dossier.model.fact.Certainty;

/**
 * One coded event: the PLOVER category, its mode when the cue determines it (else null), whether it was reported or only
 * expected, the source and target actors (possibly empty) and the cue that gave the category, with offsets into the coded text.
 */
public record PloverEvent(PloverCategory category, String mode, Certainty certainty, List<Actor> sources, List<Actor> targets,
        String cue, int cueStart, int cueEnd) {

    public PloverEvent {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
