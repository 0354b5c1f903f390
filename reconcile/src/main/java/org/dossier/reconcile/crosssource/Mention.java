package org.dossier.reconcile.crosssource;

import java.util.Set;
import org.dossier.model.Evidence;

/**
 * A dated or measured span (a timeline date, a figure, a duration) in its sentence: {@code group} is the dossier item it
 * belongs to, {@code value} the date or normalized value, {@code dimension} what values compare with it (a date's
 * precision, a figure's unit, a duration's kind of happening), and {@code context} the sentence with the span cut out, so
 * that sentences are compared on what they say about the value rather than on the value itself.
 */
record Mention(String group, String value, String dimension, Evidence evidence, String context, Set<String> entities) {

    String source() {
        return evidence.source();
    }
}
