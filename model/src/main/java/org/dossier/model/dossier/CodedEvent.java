package org.dossier.model.dossier;

import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Certainty;

/**
 * A political event coded actor, action, target (PLOVER), merged over the sources that report it. Actor and target are entity ids.
 *
 * @param mode the PLOVER mode ({@code visit}, {@code pledge}, ...), or null
 * @param certainty reported when some source reports the event as done, else planned or expected; null when unknown
 */
public record CodedEvent(String code, String mode, Certainty certainty, List<String> actor, List<String> target, String date,
        List<Evidence> evidence) {
}
