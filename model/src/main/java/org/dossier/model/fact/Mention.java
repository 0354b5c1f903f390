package org.dossier.model.fact;

import org.dossier.model.Evidence;

/**
 * A name in the text: a person, organization, place or other named thing.
 *
 * @param name the name itself, without title
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code MISC}
 * @param titled the title and the name together ({@code Prime Minister Ishiba}), or null when no title precedes the name
 * @param role the role the text gives ({@code Prime Minister}, {@code Chief Cabinet Secretary}), or null
 * @param gender what the text says of the person's gender
 */
public record Mention(Evidence name, String type, Evidence titled, String role, Gender gender) {

    /** The widest evidence of this mention: title and name when there is a title. */
    public Evidence widest() {
        return titled != null ? titled : name;
    }
}
