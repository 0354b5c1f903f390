package org.dossier.model.fact;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Evidence;

/**
 * A political event coded in one sentence (PLOVER): who did what to whom, with the words that say so.
 *
 * @param category the PLOVER category ({@code CONSULT}, {@code AGREE}, ...)
 * @param mode the PLOVER mode when the cue determines it ({@code visit}, {@code pledge}, ...), else null
 * @param certainty whether the sentence reports the event as done, planned or only expected
 * @param cue the words that gave the category
 * @param date the ISO-8601 date of a time expression in the sentence, or null
 * @param sentence the sentence the event was coded from
 * @param sources the actors that act, possibly empty
 * @param targets the actors acted on, possibly empty
 */
public record CodedEventFact(String category, String mode, Certainty certainty, Evidence cue, String date, Evidence sentence,
        List<Actor> sources, List<Actor> targets) {

    public CodedEventFact {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(sentence, "sentence");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /**
     * One side of an event.
     *
     * @param evidence the words that name the actor
     * @param code ISO 3166 alpha-3, {@code IGO} or {@code NGO}; null when unknown
     * @param sector {@code GOV}, {@code MIL}, ...; null when the text gives none
     */
    public record Actor(Evidence evidence, String code, String sector) {

        public Actor {
            Objects.requireNonNull(evidence, "evidence");
        }
    }
}
