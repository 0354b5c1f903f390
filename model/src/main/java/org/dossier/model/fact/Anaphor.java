package org.dossier.model.fact;

import java.util.List;
import org.dossier.model.Evidence;

/**
 * A description ({@code the prime minister}) or a third-person pronoun ({@code she}) that may stand for a person named in
 * the same document, with the named mentions it could stand for; which one it is, if any, is decided across documents.
 *
 * @param evidence the words themselves ({@code the prime minister}, {@code his})
 * @param title a description's title words in lower case ({@code prime minister}); null for a pronoun
 * @param qualified true when a country or nationality narrows the description ({@code the U.S. president})
 * @param gender what the words say of the gender ({@code she}, {@code the first lady})
 * @param candidates for a description, the document's titled mentions holding that title (past titles for
 *     {@code the former …}); for a pronoun, the person names, descriptions and pronouns before it in its sentence and the
 *     one before
 */
public record Anaphor(Evidence evidence, String title, boolean qualified, Gender gender, List<Evidence> candidates) {

    public Anaphor {
        candidates = List.copyOf(candidates);
    }

    public boolean isPronoun() {
        return title == null;
    }
}
