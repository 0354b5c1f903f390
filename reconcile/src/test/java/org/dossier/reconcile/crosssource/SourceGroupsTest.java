package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;

class SourceGroupsTest {

    @Test
    void aDuplicateMapsToItsOriginalAndAChainToItsEnd() {
        SourceGroups groups = SourceGroups.of(List.of(source("a", null), source("b", "a"), source("c", "b"), source("d", null)));

        assertThat(List.of("a", "b", "c", "d").stream().map(groups::of)).containsExactly("a", "a", "a", "d");
    }

    @Test
    void anUnknownOriginalOrIdStaysItself() {
        SourceGroups groups = SourceGroups.of(List.of(source("a", "gone"), source("x", "y"), source("y", "x")));

        assertThat(groups.of("a")).isEqualTo("a");
        assertThat(groups.of("nobody")).isEqualTo("nobody");
        assertThat(groups.of("x")).isIn("x", "y"); // a cycle (never written by ingest) ends, whatever it maps to
    }

    private static Source source(String id, String duplicateOf) {
        return new Source(id, null, null, null, null, null, false, "en", Phase.UNKNOWN, "text", List.of(), List.of(),
                duplicateOf);
    }
}
