package org.dossier.model.dossier;

import java.util.List;
import java.util.Map;

/** Topics per source, and item ids only one source reports. */
public record Coverage(List<String> topics, Map<String, Map<String, Integer>> bySource, Map<String, List<String>> uniqueFacts) {
}
