package org.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word vectors from the BGE model itself. Needs the ONNX model (a few seconds). */
class BgeWordVectorsIT {

    private static final BgeWordVectors VECTORS = new BgeWordVectors();

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void eachWordGetsOneVectorOfTheModelsSize() {
        List<String> sentence = words("Prime Minister Shigeru Ishiba met President Donald Trump .");
        float[][] v = VECTORS.vectors(words("Ishiba visits Washington"), sentence);
        assertThat(v.length).isEqualTo(sentence.size());
        assertThat(Arrays.asList(v)).allSatisfy(w -> assertThat(w).hasSize(VECTORS.dimension()));
    }

    @Test
    void aWordReadsDifferentlyInADifferentSentence() {
        float[][] town = VECTORS.vectors(List.of(), words("The attack happened in Reading , Berkshire ."));
        float[][] hobby = VECTORS.vectors(List.of(), words("Reading is her favourite hobby ."));
        assertThat(cosine(town[4], hobby[0])).isLessThan(0.95);
        float[][] again = VECTORS.vectors(List.of(), words("The attack happened in Reading , Berkshire ."));
        assertThat(again[4]).containsExactly(town[4]);
    }

    @Test
    void aSentenceLongerThanTheModelsInputIsReadInParts() {
        List<String> sentence = Collections.nCopies(700, "talks");
        float[][] v = VECTORS.vectors(words("Summit opens"), sentence);
        assertThat(v.length).isEqualTo(700);
        assertThat(Arrays.asList(v)).allSatisfy(w -> assertThat(cosine(w, w)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4)));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
