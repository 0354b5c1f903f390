package org.dossier.model.fact;

import org.dossier.model.Evidence;

/**
 * Quoted speech.
 *
 * @param evidence the quoted words, without the quote marks
 * @param speaker the words that name the speaker where the quote is attributed ({@code Ishiba}, {@code he},
 *     {@code the prime minister}), or null when the text does not say
 * @param speakerName the name that identifies the speaker when {@code speaker} is a pronoun or an earlier quote's speaker
 *     (may lie in another sentence), else equal to {@code speaker}; null when unknown
 * @param cue the reporting words ({@code said}, {@code told reporters}, {@code according to}), or null
 */
public record Quote(Evidence evidence, Evidence speaker, Evidence speakerName, String cue) {
}
