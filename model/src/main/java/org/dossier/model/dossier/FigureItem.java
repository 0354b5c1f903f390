package org.dossier.model.dossier;

import java.util.List;
import org.dossier.model.Evidence;

/** A figure in the dossier: value {@code low} (or range {@code low}..{@code high}), unit, subject and the entities it is about. */
public record FigureItem(String id, Evidence evidence, double low, double high, String unit, String subject, List<String> about, String time) {

    public boolean isRange() {
        return low != high;
    }
}
