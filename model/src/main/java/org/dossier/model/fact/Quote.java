package org.dossier.model.fact;

import org.dossier.model.Evidence;

/**
 * Quoted speech.
 *
 * @param evidence the quoted words, without the quote marks
 * @param speaker the words that name the speaker, or null when the text does not say
 * @param cue the reporting words ({@code said}, {@code told reporters}, {@code according to}), or null
 */
public record Quote(Evidence evidence, Evidence speaker, String cue) {
}
