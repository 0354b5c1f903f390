package org.dossier.model.dossier;

import java.util.List;

/** The event the corpus is about. Any field may be null when the sources do not say; participants are entity ids. */
public record EventInfo(String title, String start, String end, List<String> participants) {
}
