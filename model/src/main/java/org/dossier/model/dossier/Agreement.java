package org.dossier.model.dossier;

import java.util.List;
import org.dossier.model.Evidence;

/** The same fact stated by two or more sources. */
public record Agreement(String about, List<Evidence> items) {
}
