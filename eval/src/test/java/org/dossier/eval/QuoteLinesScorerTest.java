package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteLinesScorerTest {

    private static final String GOLD = """
            {"entities": [{"name": "Shigeru Ishiba", "type": "PERSON", "surfaces": ["Shigeru Ishiba", "Ishiba", "Prime Minister Ishiba"]}],
             "quotes": [
               {"doc": "a", "snippet": "I will work with him to build a relationship of trust", "speaker": "Shigeru Ishiba"},
               {"doc": "a", "snippet": "The sooner, the better, if possible", "speaker": "Shigeru Ishiba"},
               {"doc": "b", "snippet": "building a golden age of relations", "speaker": null}],
             "not_quotes": [{"doc": "b", "snippet": "Politics"}]}
            """;

    @TempDir
    Path dir;

    private QuoteLinesScorer.Result score(String lines) throws Exception {
        Files.writeString(dir.resolve("gold.json"), GOLD);
        Files.writeString(dir.resolve("pred.jsonl"), lines);
        return QuoteLinesScorer.scoreFiles(dir.resolve("gold.json"), dir.resolve("pred.jsonl"));
    }

    @Test
    void aQuoteSharingHalfTheGoldTextWithTheRightSpeakerCountsForBothMeasures() throws Exception {
        QuoteLinesScorer.Result r = score("""
                {"type":"quote","doc":"a","text":"I will work with him to build a relationship","speakerText":"he","speakerName":"Ishiba"}
                {"type":"mention","doc":"a","text":"Ishiba"}
                """);
        assertThat(r.detection().format()).isEqualTo("P 100.0  R  33.3  F1  50.0  (1/1/3)");
        assertThat(r.speakers().format()).isEqualTo("P 100.0  R  33.3  F1  50.0  (1/1/3)");
    }

    @Test
    void aWrongSpeakerCountsForDetectionOnly() throws Exception {
        QuoteLinesScorer.Result r = score("""
                {"type":"quote","doc":"a","text":"The sooner, the better, if possible","speakerText":"Trump","speakerName":"Trump"}
                """);
        assertThat(r.detection().correct()).isEqualTo(1);
        assertThat(r.speakers().correct()).isZero();
        assertThat(r.misses()).contains("speaker: a \"The sooner, the better, if possible\": expected \"Shigeru Ishiba\", got Trump");
    }

    @Test
    void aNullGoldSpeakerIsMatchedOnlyByNoSpeaker() throws Exception {
        assertThat(score("{\"type\":\"quote\",\"doc\":\"b\",\"text\":\"building a golden age of relations\",\"speakerText\":null}\n")
                .speakers().correct()).isEqualTo(1);
        assertThat(score("{\"type\":\"quote\",\"doc\":\"b\",\"text\":\"building a golden age of relations\",\"speakerText\":\"Trump\"}\n")
                .speakers().correct()).isZero();
    }

    @Test
    void aTitledNameContainingTheGoldNameIsAcceptable() throws Exception {
        QuoteLinesScorer.Result r = score("""
                {"type":"quote","doc":"a","text":"The sooner, the better, if possible","speakerName":"Japanese Prime Minister Shigeru Ishiba"}
                """);
        assertThat(r.speakers().correct()).isEqualTo(1);
    }

    @Test
    void eachGoldQuotePairsWithOnePredictionAndShortUnpairedQuotesAreNotScored() throws Exception {
        QuoteLinesScorer.Result r = score("""
                {"type":"quote","doc":"a","text":"I will work with him","speakerName":"Ishiba"}
                {"type":"quote","doc":"a","text":"to build a relationship of trust","speakerName":"Ishiba"}
                {"type":"quote","doc":"a","text":"golden age","speakerName":"Ishiba"}
                {"type":"quote","doc":"b","text":"Politics","speakerName":null}
                """);
        assertThat(r.detection().format()).isEqualTo("P  50.0  R  33.3  F1  40.0  (1/2/3)");
        assertThat(r.notQuotesKept()).isZero();
        assertThat(r.misses()).contains("reported as a quote: b \"Politics\"");
    }

    @Test
    void aShortPredictionPairingANotQuoteCountsAgainstPrecisionInTheStricterDetection() throws Exception {
        QuoteLinesScorer.Result r = score("""
                {"type":"quote","doc":"a","text":"The sooner, the better, if possible","speakerName":"Ishiba"}
                {"type":"quote","doc":"b","text":"Politics","speakerName":null}
                {"type":"quote","doc":"b","text":"golden age","speakerName":null}
                """);
        assertThat(r.detection().format()).isEqualTo("P 100.0  R  33.3  F1  50.0  (1/1/3)");
        assertThat(r.detectionNotQuotesAsErrors().format()).isEqualTo("P  50.0  R  33.3  F1  40.0  (1/2/3)");
    }

    @Test
    void aQuoteInAnotherDocumentDoesNotMatch() throws Exception {
        QuoteLinesScorer.Result r = score("{\"type\":\"quote\",\"doc\":\"b\",\"text\":\"The sooner, the better, if possible\"}\n");
        assertThat(r.detection().correct()).isZero();
        assertThat(r.notQuotesKept()).isEqualTo(1);
    }

    @Test
    void aLineThatIsNotJsonIsAnErrorNamingTheLine() throws Exception {
        assertThatThrownBy(() -> score("{\"type\":\"quote\",\"doc\":\"a\",\"text\":\"x\"}\nnot json\n"))
                .isInstanceOf(EvalException.class).hasMessageContaining("pred.jsonl: line 2: not JSON");
    }

    @Test
    void longestCommonSubstringOfTwoTexts() {
        assertThat(QuoteLinesScorer.longestCommonSubstring("the sooner the better", "sooner the worse")).isEqualTo(11);
        assertThat(QuoteLinesScorer.longestCommonSubstring("", "abc")).isZero();
    }
}
