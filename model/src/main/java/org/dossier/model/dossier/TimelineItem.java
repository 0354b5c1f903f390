package org.dossier.model.dossier;

import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Certainty;

/** A dated happening with every place in the sources that dates it. */
public record TimelineItem(String id, String date, String what, List<Evidence> evidence, Certainty certainty) {
}
