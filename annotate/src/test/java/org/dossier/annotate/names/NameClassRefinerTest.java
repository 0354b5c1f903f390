package org.dossier.annotate.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameClassRefinerTest {

    /** One value per word: 1 for the words of {@code placeWords}, 0 otherwise; the context is not read. */
    private static WordVectors placeWords(String... places) {
        List<String> p = List.of(places);
        return new WordVectors() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public float[][] vectors(List<String> context, List<String> words) {
                return words.stream().map(w -> new float[] {p.contains(w) ? 1f : 0f}).toArray(float[][]::new);
            }
        };
    }

    /** A model that reads only the name's own vector: strongly LOC when it is 1, every class equal when it is 0. */
    private static NameClassRefiner.Model locationWhenTheVectorSaysSo() {
        int n = NameClassRefiner.featureCount(1, 0);
        double[] mean = new double[n];
        double[] scale = new double[n];
        Arrays.fill(scale, 1);
        double[][] weights = new double[4][n + 1];
        weights[NameClassRefiner.CLASSES.indexOf("LOC")][0] = 10;
        return new NameClassRefiner.Model(mean, scale, weights, 0.5);
    }

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    private final NameClassRefiner refiner = new NameClassRefiner(placeWords("Reading", "Berkshire"), List.of(),
            locationWhenTheVectorSaysSo());

    @Test
    void aNameTakesTheClassTheModelFindsAtLeastAsLikelyAsTheThreshold() {
        List<List<String>> sentences = List.of(words("The attack in Reading , Berkshire"));
        List<List<String>> classes = List.of(words("O O O ORG O PER"));
        assertThat(refiner.apply(sentences, classes)).containsExactly(words("O O O LOC O LOC"));
    }

    @Test
    void aNameKeepsTheTaggersClassWhenNoClassReachesTheThreshold() {
        List<List<String>> sentences = List.of(words("Arsenal beat Leeds"));
        List<List<String>> classes = List.of(words("ORG O LOC"));
        assertThat(refiner.apply(sentences, classes)).containsExactly(words("ORG O LOC"));
    }

    @Test
    void aNameChangesClassWholeAndUntaggedWordsStayUntagged() {
        List<List<String>> sentences = List.of(words("Reading Berkshire police said in Reading"));
        List<List<String>> classes = List.of(words("ORG ORG O O O O"));
        assertThat(refiner.apply(sentences, classes)).containsExactly(words("LOC LOC O O O O"));
    }

    @Test
    void theFeaturesAreTheNamesVectorsItsClassTheDocumentsVotesItsLengthItsPlaceAndWhatOtherTaggersSay() {
        List<List<String>> sentences = List.of(words("Reading won"), words("fans in Reading cheered"));
        List<List<String>> classes = List.of(words("ORG O"), words("O O LOC O"));
        List<List<String>> otherTagger = List.of(words("LOC O"), words("O O LOC O"));
        List<NameClassRefiner.Name> names = NameClassRefiner.names(sentences, classes, placeWords("Reading"),
                List.of(otherTagger));
        assertThat(names).extracting(NameClassRefiner.Name::sentence, NameClassRefiner.Name::start,
                NameClassRefiner.Name::end, NameClassRefiner.Name::tagged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0, 1, "ORG"),
                        org.assertj.core.groups.Tuple.tuple(1, 2, 3, "LOC"));
        // own mean vector, word before (none), word after; class PER LOC ORG MISC; votes PER LOC ORG MISC; length;
        // opens the sentence; the other tagger's share of PER, LOC, ORG, anything else
        assertThat(names.get(0).features()).containsExactly(1, 0, 0, 0, 0, 1, 0, 0, 0.5, 0.5, 0, 1, 1, 0, 1, 0, 0);
        assertThat(names.get(1).features()).containsExactly(1, 0, 0, 0, 1, 0, 0, 0, 0.5, 0.5, 0, 1, 0, 0, 1, 0, 0);
    }

    @Test
    void otherTaggersAreAskedAboutTheSameTokens() {
        List<List<String>> seen = new java.util.ArrayList<>();
        org.dossier.annotate.NameTagger other = s -> {
            seen.addAll(s);
            return s.stream().map(w -> w.stream().map(x -> "O").toList()).toList();
        };
        int n = NameClassRefiner.featureCount(1, 1);
        double[] scale = new double[n];
        Arrays.fill(scale, 1);
        NameClassRefiner withOther = new NameClassRefiner(placeWords(), List.of(other),
                new NameClassRefiner.Model(new double[n], scale, new double[4][n + 1], 0.5));
        List<List<String>> sentences = List.of(words("Ishiba met Trump"));
        assertThat(withOther.apply(sentences, List.of(words("PER O PER")))).containsExactly(words("PER O PER"));
        assertThat(seen).containsExactly(words("Ishiba met Trump"));
    }

    @Test
    void aModelMustFitTheVectorsItReads() {
        NameClassRefiner.Model model = locationWhenTheVectorSaysSo();
        WordVectors wider = new WordVectors() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public float[][] vectors(List<String> context, List<String> words) {
                return new float[words.size()][2];
            }
        };
        assertThatThrownBy(() -> new NameClassRefiner(wider, List.of(), model)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("and 0 other taggers make 16");
    }

    @Test
    void aModelIsReadFromTabSeparatedLines() {
        String text = "# comment\nmean\t0\t1\nscale\t1\t2\nPER\t1\t0\t0\nLOC\t0\t1\t0\nORG\t0\t0\t1\nMISC\t0\t0\t0\n"
                + "threshold\t0.6\n";
        NameClassRefiner.Model m = NameClassRefiner.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(m.mean()).containsExactly(0, 1);
        assertThat(m.scale()).containsExactly(1, 2);
        assertThat(m.weights()[1]).containsExactly(0, 1, 0);
        assertThat(m.threshold()).isEqualTo(0.6);
        String missingThreshold = text.replace("threshold\t0.6\n", "");
        assertThatThrownBy(() -> NameClassRefiner.read(
                new ByteArrayInputStream(missingThreshold.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("threshold");
    }

    @Test
    void theStandardModelFitsVectorsOf384ValuesAndTwoOtherTaggers() {
        WordVectors bgeSized = new WordVectors() {
            @Override
            public int dimension() {
                return 384;
            }

            @Override
            public float[][] vectors(List<String> context, List<String> words) {
                return new float[words.size()][384];
            }
        };
        org.dossier.annotate.NameTagger silent = s -> s.stream().map(w -> w.stream().map(x -> "O").toList()).toList();
        NameClassRefiner standard = NameClassRefiner.standard(bgeSized, silent, silent);
        List<List<String>> classes = List.of(words("PER O"));
        assertThat(standard.apply(List.of(words("Ishiba spoke")), classes)).hasSize(1);
    }
}
