package org.dossier.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;
import org.junit.jupiter.api.Test;

class EntityResolutionTest {

    private static final String TEXT = "Japan's Prime Minister Ishiba met Trump.";

    private static EntityResolution resolution() {
        List<Mention> mentions = List.of(
                new Mention(Evidence.of("s1", TEXT, 0, 5), "LOCATION", null, null, Gender.UNKNOWN),
                new Mention(Evidence.of("s1", TEXT, 23, 29), "PERSON", null, null, Gender.MALE));
        Source source = new Source("s1", null, null, null, null, null, false, "en", Phase.UNKNOWN, TEXT, List.of(), List.of());
        DocumentFacts facts = new DocumentFacts("s1", mentions, List.of(), List.of(), List.of(), List.of(), List.of());
        return new EntityResolver().resolve(List.of(source), List.of(facts));
    }

    private static String idOf(EntityResolution r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void firstOverlappingGivesTheFirstEntityInEntityOrderWithAMentionOverlappingTheSpan() {
        EntityResolution r = resolution();

        assertThat(r.firstOverlapping(Evidence.of("s1", TEXT, 0, 29))).isEqualTo(r.entities().get(0).id());
        assertThat(r.firstOverlapping(Evidence.of("s1", TEXT, 25, 33))).isEqualTo(idOf(r, "Ishiba"));
        assertThat(r.firstOverlapping(Evidence.of("s1", TEXT, 30, 33))).isNull();
        assertThat(r.firstOverlapping(Evidence.of("s2", TEXT, 0, 29))).isNull();
    }
}
