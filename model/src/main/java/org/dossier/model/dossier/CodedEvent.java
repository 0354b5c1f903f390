package org.dossier.model.dossier;

import java.util.List;
import org.dossier.model.Evidence;

/** A political event coded actor, action, target (PLOVER). Actor and target are entity ids. */
public record CodedEvent(String code, List<String> actor, List<String> target, String date, List<Evidence> evidence) {
}
