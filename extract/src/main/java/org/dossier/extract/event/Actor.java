package org.dossier.extract.event;

/**
 * An actor of a coded event: the words that name it, its code (ISO 3166 alpha-3, {@code IGO} or {@code NGO}; null when unknown)
 * and its sector ({@code GOV}, {@code MIL}, {@code REB}, ...; null when the text gives none). Offsets index the coded text.
 */
public record Actor(String text, String code, String sector, int start, int end) {

    Actor withCode(String newCode) {
        return new Actor(text, newCode, sector, start, end);
    }
}
