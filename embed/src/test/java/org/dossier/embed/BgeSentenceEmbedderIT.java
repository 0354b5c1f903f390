package org.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The BGE model itself: unit vectors, paraphrases closer than unrelated sentences. Needs the ONNX model (a few seconds). */
class BgeSentenceEmbedderIT {

    private static final String QUERY_PREFIX = BgeSentenceEmbedder.QUERY_INSTRUCTION;
    private static BgeSentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        embedder = new BgeSentenceEmbedder();
        embedder.embed(List.of("warm up"));
        System.out.printf("BGE load + first call: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void paraphrasesScoreAboveUnrelatedSentences() {
        float[][] v = embedder.embed(List.of(
                "The prime minister pledged to buy more American gas.",
                "Japan will import more liquefied natural gas from the United States.",
                "The football match ended in a draw after extra time."));
        assertThat(v[0]).hasSize(384);
        assertThat(dot(v[0], v[0])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]) + 0.1);
    }

    @Test
    void embedsHundredSentencesAndReportsTheCost() {
        List<String> sentences = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> "Sentence number " + i + " says the leaders agreed on a joint statement about trade and security.")
                .toList();
        long t0 = System.nanoTime();
        float[][] v = embedder.embed(sentences);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("BGE: %d sentences in %d ms (%.1f ms a sentence)%n", v.length, ms, ms / 100.0);
        assertThat(v.length).isEqualTo(100);
    }

    @Test
    void ourSessionsGiveTheVectorsOfTheLibrarysOwnSession() {
        List<String> texts = List.of(QUERY_PREFIX + "liquefied natural gas purchases",
                "Japan will import more liquefied natural gas from the United States.");
        float[][] library = new BgeSentenceEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel()).embed(texts);
        for (float[][] ours : List.of(embedder.embed(texts), new BgeSentenceEmbedder(1).embed(texts))) {
            for (int i = 0; i < texts.size(); i++) {
                assertThat(dot(ours[i], library[i])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
            }
        }
    }

    @Test
    void batchesOverSeveralWorkersGiveTheLibrarysVectorsInOrder() {
        String longText = String.join(" ", java.util.Collections.nCopies(140,
                "Tariffs on steel rose again."));   // over 510 word pieces: the library cuts it into parts
        List<String> texts = List.of(
                "Ishiba Shigeru met Donald Trump at the White House on February 7, 2025.",
                "Japan's $1 trillion investment pledge — \"a golden age\" — drew cautious praise (ryōkō, naïve café).",
                "x",
                "   ",
                "Les ministres se sont réunis à Bruxelles.",
                longText,
                "NATO allies agreed to raise defence spending to 2% of GDP by 2024.",
                "東京で首脳会談が行われた。");
        float[][] library = new BgeSentenceEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel()).embed(texts);
        float[][] ours = BgeSentenceEmbedder.forBatches().embed(texts);
        float[][] threeWorkers = new BgeSentenceEmbedder(1, 3).embed(texts);
        assertThat(ours.length).isEqualTo(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(dot(ours[i], library[i])).as(texts.get(i)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
            assertThat(dot(threeWorkers[i], library[i])).as(texts.get(i)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void refusesWorkerCountsOutsideOneTo256() {
        assertThatThrownBy(() -> new BgeSentenceEmbedder(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workers must be between 1 and 256, was 0");
    }

    @Test
    void refusesThreadCountsOutsideOneTo64() {
        assertThatThrownBy(() -> new BgeSentenceEmbedder(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threadsPerCall must be between 1 and 64, was 0");
    }

    @Test
    void emptyInputGivesNoVectors() {
        assertThat(embedder.embed(List.of()).length).isZero();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
