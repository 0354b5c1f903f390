package org.dossier.discover.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.discover.DiscoverConfig;
import org.junit.jupiter.api.Test;

class ParticipantSplitTest {

    // the defaults: parts of at least 3 articles, a core participant is named in at least half of its part's articles,
    // and in at most a tenth of the other part's
    private static final DiscoverConfig DEFAULTS = DiscoverConfig.DEFAULT;

    @Test
    void splitsAnEventWhoseTwoHalvesNameDifferentPeople() {
        // two celebrities entering rehab: alike in words (0.6 across), each half closer within (0.9)
        List<DocumentVector> docs = docs(List.of("person:lohan", "org:promises"), List.of("person:lohan"),
                List.of("person:lohan", "org:promises"), List.of("person:spears", "org:cirque lodge"), List.of("person:spears"),
                List.of("person:spears"));

        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0, 0, 0}, halves(3, 3), docs, DEFAULTS))
                .containsExactly(0, 0, 0, 3, 3, 3);
    }

    @Test
    void keepsAStoryWhoseCoreParticipantRunsThroughBothHalves() {
        // one story over months: the central bank in every article, the people around it change
        List<DocumentVector> docs = docs(List.of("org:fed", "person:bernanke"), List.of("org:fed", "person:bernanke"),
                List.of("org:fed", "person:bernanke"), List.of("org:fed", "person:paulson"), List.of("org:fed", "person:paulson"),
                List.of("org:fed", "person:paulson"));

        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0, 0, 0}, halves(3, 3), docs, DEFAULTS))
                .containsExactly(0, 0, 0, 0, 0, 0);
    }

    @Test
    void aCoreParticipantNamedInMoreThanTheOverlapShareOfTheOtherHalfKeepsTheEventWhole() {
        // one of the second half's three articles names the first half's core person: 1/3 is above 0.1
        List<DocumentVector> docs = docs(List.of("person:lohan"), List.of("person:lohan"), List.of("person:lohan"),
                List.of("person:spears", "person:lohan"), List.of("person:spears"), List.of("person:spears"));

        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0, 0, 0}, halves(3, 3), docs, DEFAULTS))
                .containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0, 0, 0}, halves(3, 3), docs, DEFAULTS.withSplit(3, 0.5, 0.4)))
                .containsExactly(0, 0, 0, 3, 3, 3);
    }

    @Test
    void aHalfThatNamesNoOneDoesNotSplit() {
        // two earthquakes, one half reported without names: nothing says they are different events
        List<DocumentVector> docs = docs(List.of(), List.of(), List.of(), List.of("person:abbas"), List.of("person:abbas"),
                List.of("person:abbas"));

        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0, 0, 0}, halves(3, 3), docs, DEFAULTS))
                .containsExactly(0, 0, 0, 0, 0, 0);
    }

    @Test
    void partsSmallerThanTheMinimumSizeStayTogether() {
        List<DocumentVector> docs = docs(List.of("person:lohan"), List.of("person:lohan"), List.of("person:spears"),
                List.of("person:spears"));

        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0}, halves(2, 2), docs, DEFAULTS)).containsExactly(0, 0, 0, 0);
        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0}, halves(2, 2), docs, DEFAULTS.withSplit(2, 0.5, 0.1)))
                .containsExactly(0, 0, 2, 2);
        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0}, halves(2, 2), docs, DEFAULTS.withSplit(0, 0.5, 0.1)))
                .as("0 turns the split off").containsExactly(0, 0, 0, 0);
    }

    @Test
    void splitsOnlyAtTheTopOfTheEventsOwnAverageLinkTree() {
        // the closest split (the last merge) puts 0 with 3 and 4, 1 and 2 with 5: neither side has a core of its own
        List<DocumentVector> docs = docs(List.of("person:lohan"), List.of("person:lohan"), List.of("person:lohan"),
                List.of("person:spears"), List.of("person:spears"), List.of("person:spears"));
        List<ScoredPair> pairs = new ArrayList<>();
        int[] side = {0, 1, 1, 0, 0, 1};
        for (int a = 0; a < 6; a++) {
            for (int b = a + 1; b < 6; b++) {
                pairs.add(new ScoredPair(a, b, side[a] == side[b] ? 0.9 : 0.6));
            }
        }

        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0, 0, 0}, pairs, docs, DEFAULTS))
                .containsExactly(0, 0, 0, 0, 0, 0);
    }

    @Test
    void leavesOtherEventsAndTheirNumbersAlone() {
        // documents 0-5 one event (two halves), 6 and 7 another
        List<DocumentVector> docs = new ArrayList<>(docs(List.of("person:lohan"), List.of("person:lohan"),
                List.of("person:lohan"), List.of("person:spears"), List.of("person:spears"), List.of("person:spears")));
        docs.add(doc("g", List.of("person:obama")));
        docs.add(doc("h", List.of("person:bush")));
        List<ScoredPair> pairs = new ArrayList<>(halves(3, 3));
        pairs.add(new ScoredPair(6, 7, 0.8));

        assertThat(ParticipantSplit.refine(new int[] {0, 0, 0, 0, 0, 0, 6, 6}, pairs, docs, DEFAULTS))
                .containsExactly(0, 0, 0, 3, 3, 3, 6, 6);
    }

    @Test
    void theSettingsAreValidated() {
        assertThatThrownBy(() -> DEFAULTS.withSplit(-1, 0.5, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("splitMinSize");
        assertThatThrownBy(() -> DEFAULTS.withSplit(3, 0, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coreShare");
        assertThatThrownBy(() -> DEFAULTS.withSplit(3, 0.5, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coreOverlap");
    }

    /** Every pair of {@code first + second} documents: 0.9 within each half, 0.6 across. */
    private static List<ScoredPair> halves(int first, int second) {
        List<ScoredPair> pairs = new ArrayList<>();
        for (int a = 0; a < first + second; a++) {
            for (int b = a + 1; b < first + second; b++) {
                pairs.add(new ScoredPair(a, b, (a < first) == (b < first) ? 0.9 : 0.6));
            }
        }
        return pairs;
    }

    @SafeVarargs
    private static List<DocumentVector> docs(List<String>... entities) {
        List<DocumentVector> out = new ArrayList<>();
        for (int i = 0; i < entities.length; i++) {
            out.add(doc(String.valueOf((char) ('a' + i)), entities[i]));
        }
        return out;
    }

    private static DocumentVector doc(String id, List<String> entities) {
        Map<String, Double> weights = new HashMap<>();
        entities.forEach(e -> weights.put(e, 1.0 / Math.sqrt(entities.size())));
        return new DocumentVector(id, Map.of("rehab", 1.0), weights, Map.of(), Set.of(), Map.of(), Set.of(), null);
    }
}
