package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Evidence;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    private final ClauseSplitter splitter = new ClauseSplitter();

    private List<String> clauses(String text) {
        Evidence whole = Evidence.of("s", text, 0, text.length());
        List<Evidence> out = splitter.split(whole, text);
        out.forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
        return out.stream().map(Evidence::text).toList();
    }

    @Test
    void splitsASentenceNamingSeveralExpectations() {
        assertThat(clauses("Trump may criticize the trade surplus with the United States, but Ishiba is expected to "
                + "offer new investments in the economy, perhaps an initiative to import natural gas from America."))
                .containsExactly("Trump may criticize the trade surplus with the United States",
                        "but Ishiba is expected to offer new investments in the economy",
                        "perhaps an initiative to import natural gas from America.");
    }

    @Test
    void keepsShortPiecesWithTheirNeighbour() {
        assertThat(clauses("In Tokyo, the minister said the talks would resume next week."))
                .containsExactly("In Tokyo, the minister said the talks would resume next week.");
    }

    @Test
    void doesNotSplitInsideNumbers() {
        assertThat(clauses("The company will hire 1,000 workers at the new plant in Ohio next year."))
                .containsExactly("The company will hire 1,000 workers at the new plant in Ohio next year.");
    }

    @Test
    void offsetsPointIntoTheWholeSourceText() {
        String text = "Intro. Leaders will sign a trade pact in March; they will also discuss security in the region.";
        Evidence sentence = Evidence.of("s", text, 7, text.length());
        List<Evidence> out = splitter.split(sentence, text);
        assertThat(out).extracting(Evidence::start).containsExactly(7, 48);
        assertThat(out.get(1).text()).isEqualTo("they will also discuss security in the region.");
    }

    private List<String> cued(String text) {
        Evidence whole = Evidence.of("s", text, 0, text.length());
        return splitter.clauses(whole, text, ClauseCues.EXPECTATION).stream()
                .map(c -> (c.cued() ? "+" : "-") + c.evidence().text()).toList();
    }

    @Test
    void aPieceWithoutACueStaysWithTheClauseBeforeIt() {
        assertThat(cued("Ishiba will hold talks with the president, who took office on January 20."))
                .containsExactly("+Ishiba will hold talks with the president, who took office on January 20.");
    }

    @Test
    void aFurtherListItemAfterACuedClauseIsAClauseOfItsOwn() {
        assertThat(cued("Trump would have the chance to demand more defense spending, call for higher tariffs on cars, "
                + "or mention the proposed acquisition of the steel maker."))
                .containsExactly("+Trump would have the chance to demand more defense spending",
                        "+call for higher tariffs on cars", "+or mention the proposed acquisition of the steel maker.");
    }

    @Test
    void aSentenceWithoutAnyCueIsOneUncuedClause() {
        assertThat(cued("The minister arrived in the capital on Thursday, and reporters waited at the airport."))
                .containsExactly("-The minister arrived in the capital on Thursday, and reporters waited at the airport.");
    }
}
