package org.dossier.model.dossier;

import java.util.List;

/** Expectation claims linked to the outcome claims that resolve them. Status: met, partly, unmet or unknown. */
public record ScorecardRow(List<String> expectation, List<String> outcome, String status, String why) {
}
