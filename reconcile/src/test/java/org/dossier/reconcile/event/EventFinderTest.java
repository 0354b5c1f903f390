package org.dossier.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Evidence;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.TimeExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hayashi said at a press conference on February 6 that it matters. | February 6 | true",
        "Kyodo News reported on February 6 that Trump will press Japan. | February 6 | true",
        "Ishiba will meet Trump at the White House on February 7. | February 7 | false",
        "On February 6, Ishiba became the second leader to meet Trump. | February 6 | false",
    })
    void aDateAttachedToAReportingVerbTimesTheStatementNotTheHappening(String sentence, String date, boolean speech) {
        int at = sentence.indexOf(date);
        Evidence clause = Evidence.of("s", sentence, 0, sentence.length());
        Evidence when = Evidence.of("s", sentence, at, at + date.length());
        TimeExpression t = new TimeExpression(when, "2025-02-06", Certainty.REPORTED, sentence, clause);
        assertThat(EventFinder.datesSpeech(t)).isEqualTo(speech);
    }
}
