package org.dossier.model.dossier;

import java.util.List;
import org.dossier.model.Evidence;

/** One real-world person, organization or place, with every surface form and mention across the sources. */
public record Entity(String id, String name, String type, List<String> aliases, List<String> roles, List<Evidence> mentions) {
}
