package org.dossier.reconcile.crosssource;

import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.fact.ClaimKind;

/**
 * A claim or a clause of one, as compared across sources: its own id, the id of the claim it comes from (the same for a
 * whole claim), kind, topic (or null), the entities it mentions and the text of the whole claim.
 */
record Passage(String id, String claimId, ClaimKind kind, String topic, Evidence evidence, Set<String> entities, String sentence) {

    String source() {
        return evidence.source();
    }

    String text() {
        return evidence.text();
    }
}
