package org.dossier.reconcile.coded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.CodedEvent;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.CodedEventFact;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;
import org.dossier.reconcile.entity.EntityResolution;
import org.dossier.reconcile.entity.EntityResolver;
import org.junit.jupiter.api.Test;

class CodedEventMergerTest {

    private static final String S1 = "Ishiba met Trump at the White House.";
    private static final String S2 = "Trump will host Ishiba on Friday, officials said. Ishiba thanked Trump.";

    private final List<Source> sources = new ArrayList<>();
    private final List<DocumentFacts> facts = new ArrayList<>();

    private void source(String id, String text, List<CodedEventFact> events) {
        List<Mention> mentions = new ArrayList<>();
        for (String name : List.of("Ishiba", "Trump")) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                mentions.add(new Mention(Evidence.of(id, text, i, i + name.length()), "PERSON", null, null, Gender.MALE));
            }
        }
        sources.add(new Source(id, null, null, null, null, null, false, "en", Phase.UNKNOWN, text, List.of(), List.of()));
        facts.add(new DocumentFacts(id, mentions, List.of(), List.of(), List.of(), List.of(), events));
    }

    private static CodedEventFact event(String id, String text, String code, Certainty certainty, String date, String actor,
            String target) {
        int end = text.indexOf('.') + 1;
        return new CodedEventFact(code, null, certainty, Evidence.of(id, text, 0, 1), date, Evidence.of(id, text, 0, end),
                List.of(actor(id, text, actor)), List.of(actor(id, text, target)));
    }

    private static CodedEventFact.Actor actor(String id, String text, String name) {
        int at = text.indexOf(name);
        return new CodedEventFact.Actor(Evidence.of(id, text, at, at + name.length()), name.equals("Trump") ? "USA" : "JPN", "GOV");
    }

    private List<CodedEvent> merge() {
        EntityResolution entities = new EntityResolver().resolve(sources, facts);
        return new CodedEventMerger().merge(facts.stream().flatMap(f -> f.events().stream()).toList(), entities);
    }

    @Test
    void mergesTheSameEventFromTwoSourcesIntoOneWithBothEvidence() {
        source("s1", S1, List.of(event("s1", S1, "CONSULT", Certainty.REPORTED, null, "Ishiba", "Trump")));
        source("s2", S2, List.of(event("s2", S2, "CONSULT", Certainty.EXPECTED, "2025-02-07", "Ishiba", "Trump")));

        List<CodedEvent> events = merge();

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("CONSULT");
            assertThat(e.actor()).hasSize(1).doesNotContainAnyElementsOf(e.target());
            assertThat(e.target()).hasSize(1);
            assertThat(e.date()).isEqualTo("2025-02-07");
            assertThat(e.certainty()).isEqualTo(Certainty.REPORTED);
            assertThat(e.evidence()).extracting(Evidence::source).containsExactly("s1", "s2");
        });
    }

    @Test
    void keepsAnEventOnlyExpectedByEverySourceExpected() {
        source("s1", S2, List.of(event("s1", S2, "CONSULT", Certainty.EXPECTED, null, "Ishiba", "Trump")));
        source("s2", S2, List.of(event("s2", S2, "CONSULT", Certainty.EXPECTED, null, "Ishiba", "Trump")));

        assertThat(merge()).singleElement().satisfies(e -> assertThat(e.certainty()).isEqualTo(Certainty.EXPECTED));
    }

    @Test
    void keepsEventsApartWhenTheCodeTheSidesOrTheDateDiffer() {
        source("s1", S1, List.of(event("s1", S1, "CONSULT", Certainty.REPORTED, "2025-02-07", "Ishiba", "Trump")));
        source("s2", S2, List.of(event("s2", S2, "CONSULT", Certainty.REPORTED, "2025-03-01", "Ishiba", "Trump"),
                event("s2", S2, "AGREE", Certainty.REPORTED, "2025-02-07", "Ishiba", "Trump"),
                event("s2", S2, "CONSULT", Certainty.REPORTED, "2025-02-07", "Trump", "Ishiba")));

        assertThat(merge()).extracting(CodedEvent::code).containsExactly("CONSULT", "CONSULT", "AGREE", "CONSULT");
    }

    @Test
    void takesTheDateMostReportsGive() {
        source("s1", S1, List.of(event("s1", S1, "CONSULT", Certainty.REPORTED, "2025-02-07", "Ishiba", "Trump")));
        source("s2", S2, List.of(event("s2", S2, "CONSULT", Certainty.REPORTED, "2025-02-06", "Ishiba", "Trump")));
        source("s3", S1, List.of(event("s3", S1, "CONSULT", Certainty.EXPECTED, "2025-02-07", "Ishiba", "Trump")));

        assertThat(merge()).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2025-02-07"));
    }

    @Test
    void anEventJoinsTheFirstGroupFormedThatAcceptsIt() {
        source("s1", S1, List.of(event("s1", S1, "CONSULT", Certainty.REPORTED, "2025-02-07", "Ishiba", "Trump")));
        source("s2", S2, List.of(event("s2", S2, "CONSULT", Certainty.REPORTED, "2025-02-09", "Ishiba", "Trump")));
        source("s3", S1, List.of(event("s3", S1, "CONSULT", Certainty.REPORTED, null, "Ishiba", "Trump")));

        // the undated report fits both groups and joins the earlier one
        assertThat(merge()).extracting(e -> e.evidence().stream().map(Evidence::source).toList())
                .containsExactly(List.of("s1", "s3"), List.of("s2"));
    }

    @Test
    void keepsAVisitApartFromAMeeting() {
        CodedEventFact meeting = event("s1", S1, "CONSULT", Certainty.REPORTED, null, "Ishiba", "Trump");
        CodedEventFact visit = new CodedEventFact("CONSULT", "visit", Certainty.REPORTED, meeting.cue(), null, meeting.sentence(),
                meeting.sources(), meeting.targets());
        source("s1", S1, List.of(meeting, visit));

        assertThat(merge()).extracting(CodedEvent::mode).containsExactly(null, "visit");
    }

    @Test
    void mapsAnActorPhraseToTheEntityAtItsHead() {
        String text = "Japan's Prime Minister Ishiba met Trump.";
        source("s1", text, List.of());
        facts.set(0, new DocumentFacts("s1", List.of(
                new Mention(Evidence.of("s1", text, 0, 5), "LOCATION", null, null, Gender.UNKNOWN),
                new Mention(Evidence.of("s1", text, 23, 29), "PERSON", null, null, Gender.MALE)), List.of(), List.of(), List.of(),
                List.of(), List.of()));
        EntityResolution entities = new EntityResolver().resolve(sources, facts);

        String id = CodedEventMerger.entityOf(Evidence.of("s1", text, 0, 29), entities);

        assertThat(entities.entities()).filteredOn(e -> e.id().equals(id)).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Ishiba"));
    }

    @Test
    void treatsACoarserDateAsCompatible() {
        assertThat(CodedEventMerger.compatible("2025-02", "2025-02-07")).isTrue();
        assertThat(CodedEventMerger.compatible(null, "2025-02-07")).isTrue();
        assertThat(CodedEventMerger.compatible("2025-02-06", "2025-02-07")).isTrue();
        assertThat(CodedEventMerger.compatible("2025-02-07", "2025-02-09")).isFalse();
        assertThat(CodedEventMerger.compatible("2025-02", "2025-03")).isFalse();
    }
}
