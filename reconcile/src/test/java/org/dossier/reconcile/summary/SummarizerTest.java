package org.dossier.reconcile.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private static Source source(String id, String text) {
        return new Source(id, null, null, null, null, null, false, "en", Phase.UNKNOWN, text, List.of(), List.of());
    }

    private static final List<Source> CORPUS = List.of(
            source("a", "Flood hits the river town\n\nHeavy rain flooded the river town of Elmbridge on Monday morning. "
                    + "Hundreds of residents were evacuated by the fire brigade overnight. Was anyone hurt in the flood? "
                    + "The mayor thanked the volunteers who filled sandbags along the river bank."),
            source("b", "Residents evacuated\n\nThe fire brigade evacuated hundreds of residents from the river town of Elmbridge. "
                    + "Heavy rain flooded the river town of Elmbridge on Monday morning. "
                    + "Forecasters expect more heavy rain across the region later this week."),
            source("c", "Heavy rain flooded the river town of Elmbridge on Monday, officials confirmed today. "
                    + "The damage to homes along the river bank is estimated at two million pounds. "
                    + "Insurers said claims from the river town would be processed quickly by Friday."));

    private final SummaryConfig small = SummaryConfig.DEFAULTS.withWordBudget(40).withSentences(2, 12);

    @Test
    void evidenceSlicesTheSourceTextExactly() {
        List<Evidence> summary = new Summarizer(small).summarize(CORPUS);

        assertThat(summary).isNotEmpty();
        for (Evidence e : summary) {
            Source s = CORPUS.stream().filter(x -> x.id().equals(e.source())).findFirst().orElseThrow();
            assertThat(s.text().substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void returnsSentencesInReadingOrder() {
        List<Evidence> summary = new Summarizer(SummaryConfig.DEFAULTS.withSentences(1, 12)).summarize(CORPUS);
        List<Evidence> sorted = new ArrayList<>(summary);
        sorted.sort((x, y) -> x.source().equals(y.source()) ? Integer.compare(x.start(), y.start()) : x.source().compareTo(y.source()));

        assertThat(summary).isEqualTo(sorted);
    }

    @Test
    void picksTheSentenceMostSourcesShareAndSkipsItsDuplicates() {
        List<String> texts = new Summarizer(small).summarize(CORPUS).stream().map(Evidence::text).toList();

        assertThat(texts).contains("Heavy rain flooded the river town of Elmbridge on Monday morning.");
        assertThat(texts.stream().filter(t -> t.startsWith("Heavy rain flooded"))).hasSize(1);
    }

    @Test
    void neverPicksHeadingsQuestionsOrFragments() {
        List<String> texts = new Summarizer(SummaryConfig.DEFAULTS.withSentences(1, 12)).summarize(CORPUS).stream()
                .map(Evidence::text).toList();

        assertThat(texts).noneMatch(t -> t.endsWith("?")).doesNotContain("Flood hits the river town", "Residents evacuated");
    }

    @Test
    void staysWithinTheWordBudgetOnceTheMinimumIsMet() {
        List<Evidence> summary = new Summarizer(small).summarize(CORPUS);
        int words = summary.stream().mapToInt(e -> e.text().split("\\s+").length).sum();

        assertThat(summary.size()).isBetween(2, 12);
        assertThat(words).isLessThanOrEqualTo(40);
    }

    @Test
    void exceedsTheBudgetToReachTheMinimumSentences() {
        SummaryConfig tiny = SummaryConfig.DEFAULTS.withWordBudget(5).withSentences(3, 5);

        assertThat(new Summarizer(tiny).summarize(CORPUS)).hasSize(3);
    }

    @Test
    void stopsAtTheMaximumSentences() {
        SummaryConfig big = SummaryConfig.DEFAULTS.withWordBudget(1000).withSentences(1, 2);

        assertThat(new Summarizer(big).summarize(CORPUS)).hasSize(2);
    }

    @Test
    void hintsFavourSentencesHoldingAClaim() {
        Source s = CORPUS.get(2);
        int start = s.text().indexOf("Insurers");
        Evidence claim = Evidence.of("c", s.text(), start, start + 8);
        SummaryConfig one = SummaryConfig.DEFAULTS.withSentences(1, 1).withScoring(0.5, 0.5, 0);
        SummaryConfig hinting = new SummaryConfig(250, 1, 1, 8, 55, 0.5, 0.5, 0, 100);

        assertThat(new Summarizer(one).summarize(List.of(s)).get(0).text()).doesNotStartWith("Insurers");
        assertThat(new Summarizer(hinting).summarize(List.of(s), List.of(claim)).get(0).text()).startsWith("Insurers");
    }

    @Test
    void emptyOrBlankSourcesGiveAnEmptySummary() {
        assertThat(new Summarizer().summarize(List.of())).isEmpty();
        assertThat(new Summarizer().summarize(List.of(source("x", ""), source("y", "\n\n"), source("z", "Short.")))).isEmpty();
    }

    @Test
    void configRejectsInconsistentBounds() {
        assertThatThrownBy(() -> SummaryConfig.DEFAULTS.withSentences(6, 5))
                .hasMessage("need 0 <= minSentences <= maxSentences and maxSentences >= 1, were 6 and 5");
        assertThatThrownBy(() -> SummaryConfig.DEFAULTS.withWordBudget(0)).hasMessage("wordBudget must be at least 1, was 0");
    }
}
