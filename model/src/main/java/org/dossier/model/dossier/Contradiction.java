package org.dossier.model.dossier;

import java.util.List;
import org.dossier.model.Evidence;

/** Sources that disagree. Kind: date, number, claim, or update (a later source revising an earlier one). */
public record Contradiction(String about, String kind, List<Evidence> items) {
}
