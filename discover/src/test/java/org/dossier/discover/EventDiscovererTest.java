package org.dossier.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventDiscovererTest {

    private final EventDiscoverer discoverer = new EventDiscoverer(DiscoverConfig.DEFAULT);

    // two earthquakes in one country, four years apart: reported in the same words, in different places
    private static final DocumentFeatures QUAKE_2008_A = doc("q08a", "earthquake magnitude struck island killed rescue homes",
            "place:qeshm place:iran", "2008-09-10");
    private static final DocumentFeatures QUAKE_2008_B = doc("q08b", "earthquake magnitude island killed homes collapsed port",
            "place:qeshm place:iran", "2008-09-10 2008-09");
    private static final DocumentFeatures QUAKE_2012_A = doc("q12a", "earthquake magnitude struck province killed rescue twin",
            "place:iran place:tabriz place:ahar", "2012-08-11");
    private static final DocumentFeatures QUAKE_2012_B = doc("q12b", "earthquake magnitude province killed twin villages injured",
            "place:iran place:tabriz place:ahar", "2012-08-11 2012");
    private static final DocumentFeatures FOOTBALL = doc("match", "football goal striker league penalty", "org:arsenal", "2012-08-11");
    private static final DocumentFeatures ELECTION = doc("vote", "election ballot turnout candidate parliament", "place:peru", "2011-06-05");

    @Test
    void theSameKindOfEventInAnotherPlaceAndYearIsAnotherEvent() {
        List<DiscoveredEvent> events = discoverer.discover(List.of(QUAKE_2012_B, QUAKE_2008_A, FOOTBALL, QUAKE_2012_A, QUAKE_2008_B,
                ELECTION));

        assertThat(events).extracting(DiscoveredEvent::sources)
                .containsExactly(List.of("match"), List.of("q08a", "q08b"), List.of("q12a", "q12b"), List.of("vote"));
    }

    @Test
    void aLoneArticleIsAnEventOfOne() {
        List<DiscoveredEvent> events = discoverer.discover(List.of(QUAKE_2008_A, QUAKE_2008_B, QUAKE_2012_A, FOOTBALL));

        DiscoveredEvent lone = events.stream().filter(e -> e.sources().contains("match")).findFirst().orElseThrow();
        assertThat(lone.sources()).containsExactly("match");
        assertThat(lone.id()).isEqualTo("e-match");
        assertThat(lone.size()).isEqualTo(1);
    }

    @Test
    void everyDocumentIsInExactlyOneEvent() {
        List<DocumentFeatures> docs = List.of(QUAKE_2008_A, QUAKE_2008_B, QUAKE_2012_A, QUAKE_2012_B, FOOTBALL);
        Map<String, Integer> seen = new HashMap<>();
        discoverer.discover(docs).forEach(e -> e.sources().forEach(s -> seen.merge(s, 1, Integer::sum)));

        assertThat(seen).containsOnlyKeys("q08a", "q08b", "q12a", "q12b", "match");
        assertThat(seen.values()).containsOnly(1);
    }

    @Test
    void anEventIsNamedAfterItsLowestSourceAndSummarizedByItsArticles() {
        DiscoveredEvent e = discoverer.discover(List.of(QUAKE_2008_B, QUAKE_2008_A, ELECTION)).get(0);

        assertThat(e.id()).isEqualTo("e-q08a");
        assertThat(e.start()).isEqualTo("2008-09-09");
        assertThat(e.end()).isEqualTo("2008-09-10");
        assertThat(e.entities()).containsExactly("Iran", "Qeshm");
        assertThat(e.title()).isIn("Title of q08a", "Title of q08b");
    }

    @Test
    void anIncrementalRunKeepsEventIdsAndAddsToTheRightEvent() {
        List<DiscoveredEvent> first = discoverer.discover(List.of(QUAKE_2008_B, QUAKE_2012_A, QUAKE_2012_B, ELECTION));
        assertThat(first).extracting(DiscoveredEvent::id).containsExactly("e-q08b", "e-q12a", "e-vote");

        List<DiscoveredEvent> second = discoverer.extend(first, List.of(QUAKE_2008_B, QUAKE_2012_A, QUAKE_2012_B, ELECTION),
                List.of(QUAKE_2008_A, FOOTBALL));

        assertThat(second).extracting(DiscoveredEvent::id).containsExactly("e-match", "e-q08b", "e-q12a", "e-vote");
        assertThat(second).extracting(DiscoveredEvent::sources)
                .containsExactly(List.of("match"), List.of("q08a", "q08b"), List.of("q12a", "q12b"), List.of("vote"));
    }

    @Test
    void anIncrementalRunMovesAnEarlierArticleTheClusteringOfAllPutsElsewhere() {
        // an earlier run (say with fewer articles) put the 2012 quake's first report with the 2008 quake
        List<DiscoveredEvent> first = List.of(event("e-q08a", "q08a", "q08b", "q12a"), event("e-vote", "vote"));

        List<DiscoveredEvent> second = discoverer.extend(first, List.of(QUAKE_2008_A, QUAKE_2008_B, QUAKE_2012_A, ELECTION),
                List.of(QUAKE_2012_B));

        assertThat(second).extracting(DiscoveredEvent::id).containsExactly("e-q08a", "e-q12a", "e-vote");
        assertThat(second).extracting(DiscoveredEvent::sources)
                .containsExactly(List.of("q08a", "q08b"), List.of("q12a", "q12b"), List.of("vote"));
        assertThat(MovedArticle.between(first, second)).containsExactly(new MovedArticle("q12a", "e-q08a", "e-q12a"));
    }

    @Test
    void anEventKeepsItsIdWhenTheArticleItWasNamedAfterMoves() {
        List<DiscoveredEvent> first = List.of(event("e-q08a", "q08a", "q12a", "q12b"));

        List<DiscoveredEvent> second = discoverer.extend(first, List.of(QUAKE_2008_A, QUAKE_2012_A, QUAKE_2012_B),
                List.of(QUAKE_2008_B));

        assertThat(second).extracting(DiscoveredEvent::id).as("the larger part keeps the id; the moved article founds another")
                .containsExactly("e-q08a-2", "e-q08a");
        assertThat(second).extracting(DiscoveredEvent::sources).containsExactly(List.of("q08a", "q08b"), List.of("q12a", "q12b"));
    }

    @Test
    void existingEventsNeverMergeEvenWhenTheClusteringOfAllWould() {
        assertThat(discoverer.discover(List.of(QUAKE_2008_A, QUAKE_2008_B, FOOTBALL))).as("from scratch: one quake event")
                .extracting(DiscoveredEvent::sources).containsExactly(List.of("match"), List.of("q08a", "q08b"));
        List<DiscoveredEvent> first = List.of(event("e-q08a", "q08a"), event("e-q08b", "q08b"));

        List<DiscoveredEvent> second = discoverer.extend(first, List.of(QUAKE_2008_A, QUAKE_2008_B), List.of(FOOTBALL));

        assertThat(second).extracting(DiscoveredEvent::sources)
                .containsExactly(List.of("match"), List.of("q08a"), List.of("q08b"));
        assertThat(second).extracting(DiscoveredEvent::id).containsExactly("e-match", "e-q08a", "e-q08b");
    }

    @Test
    void aDocumentAlreadyKnownCannotBeAddedAgain() {
        List<DiscoveredEvent> first = discoverer.discover(List.of(QUAKE_2008_A));
        assertThatThrownBy(() -> discoverer.extend(first, List.of(QUAKE_2008_A), List.of(QUAKE_2008_A)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("document q08a is already known or given twice");
    }

    @Test
    void noDocumentsNoEvents() {
        assertThat(discoverer.discover(List.of())).isEmpty();
    }

    private static DiscoveredEvent event(String id, String... sources) {
        return new DiscoveredEvent(id, null, List.of(sources), null, null, List.of());
    }

    /** A document with the given words (each once), entity keys (label: the capitalized key) and dates. */
    static DocumentFeatures doc(String id, String words, String entities, String dates) {
        Map<String, Integer> terms = new HashMap<>();
        Arrays.stream(words.split(" ")).forEach(w -> terms.merge(w, 1, Integer::sum));
        Map<String, Integer> ents = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (String e : entities.split(" ")) {
            ents.merge(e, 1, Integer::sum);
            String name = e.substring(e.indexOf(':') + 1);
            labels.put(e, Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        Map<String, Integer> ds = new HashMap<>();
        Arrays.stream(dates.split(" ")).forEach(d -> ds.merge(d, 1, Integer::sum));
        String own = dates.substring(0, 10);
        String date = id.endsWith("a") ? own : java.time.LocalDate.parse(own).minusDays(1).toString();
        return new DocumentFeatures(id, date, "Title of " + id, terms, ents, labels, ds);
    }
}
