package org.dossier.discover.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.MovedArticle;
import org.junit.jupiter.api.Test;

class EventsJsonTest {

    private static final DiscoveredEvent QUAKE = new DiscoveredEvent("e-q08a", "Quake", List.of("q08a", "q08b"), "2008-09-10",
            "2008-09-10", List.of("Qeshm"));
    private static final DiscoveredEvent OTHER = new DiscoveredEvent("e-q12a", null, List.of("q12a", "q12b"), null, null, List.of());

    @Test
    void anEventThatArticlesMovedIntoListsThemWithTheEventTheyCameFrom() throws Exception {
        String json = EventsJson.render(List.of(QUAKE, OTHER), List.of(new MovedArticle("q12a", "e-q08a", "e-q12a")));

        assertThat(json).isEqualTo("""
                {
                  "events" : [ {
                    "id" : "e-q08a",
                    "title" : "Quake",
                    "sources" : [ "q08a", "q08b" ],
                    "start" : "2008-09-10",
                    "end" : "2008-09-10",
                    "entities" : [ "Qeshm" ],
                    "size" : 2
                  }, {
                    "id" : "e-q12a",
                    "title" : null,
                    "sources" : [ "q12a", "q12b" ],
                    "start" : null,
                    "end" : null,
                    "entities" : [ ],
                    "size" : 2,
                    "moved" : [ {
                      "source" : "q12a",
                      "from" : "e-q08a"
                    } ]
                  } ]
                }
                """);
    }

    @Test
    void withoutMovesTheFormatIsUnchangedAndRoundTrips() throws Exception {
        String json = EventsJson.render(List.of(QUAKE, OTHER));

        assertThat(json).doesNotContain("moved").isEqualTo(EventsJson.render(List.of(QUAKE, OTHER), List.of()));
        assertThat(EventsJson.parse(json)).containsExactly(QUAKE, OTHER);
        assertThat(EventsJson.parse(EventsJson.render(List.of(QUAKE, OTHER), List.of(new MovedArticle("q12a", "e-q08a", "e-q12a")))))
                .as("the moves describe one run and are not read back").containsExactly(QUAKE, OTHER);
    }

    @Test
    void movedArticlesAreThoseInAnEventWithAnotherIdAfterTheRun() {
        List<DiscoveredEvent> before = List.of(new DiscoveredEvent("e-a", null, List.of("a", "b", "c"), null, null, List.of()));
        List<DiscoveredEvent> after = List.of(new DiscoveredEvent("e-a", null, List.of("a", "b"), null, null, List.of()),
                new DiscoveredEvent("e-c", null, List.of("c", "d"), null, null, List.of()));

        assertThat(MovedArticle.between(before, after)).containsExactly(new MovedArticle("c", "e-a", "e-c"));
        assertThat(MovedArticle.between(after, after)).isEmpty();
    }
}
