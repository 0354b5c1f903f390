package org.dossier.reconcile.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The prefix-filtered search answers as a comparison with every set would. */
class SharedWordsTest {

    @Test
    void aSetAtExactlyTheThresholdIsShared() {
        SharedWords index = new SharedWords().add("a", Set.of("tariff", "steel", "cars", "japan"));

        // 2 shared of 4 and 4 words: cosine 0.5
        assertThat(index.sharedElsewhere("b", Set.of("tariff", "steel", "rice", "beef"), 0.5)).isTrue();
        assertThat(index.sharedElsewhere("b", Set.of("tariff", "rice", "beef", "pork"), 0.5)).isFalse();
    }

    @Test
    void aSetOfTheSameSourceNeverCounts() {
        SharedWords index = new SharedWords().add("a", Set.of("tariff", "steel"));

        assertThat(index.sharedElsewhere("a", Set.of("tariff", "steel"), 0.5)).isFalse();
        assertThat(index.sharedElsewhere("b", Set.of("tariff", "steel"), 0.5)).isTrue();
    }

    @Test
    void aMatchSharingOnlyTheCommonestWordsIsFound() {
        SharedWords index = new SharedWords();
        for (int i = 0; i < 50; i++) {   // "minister" and "said" in every set, the other words rare
            index.add("s" + i, Set.of("minister", "said", "w" + i));
        }
        index.add("x", Set.of("minister", "said"));

        // shares only the two commonest words with x: cosine 2 / sqrt(3 * 2) = 0.82
        assertThat(index.sharedElsewhere("q", Set.of("minister", "said", "unseen"), 0.8)).isTrue();
        assertThat(index.sharedElsewhere("q", Set.of("minister", "said", "unseen"), 0.9)).isFalse();
    }

    @Property(tries = 200)
    void answersAsAComparisonWithEverySet(@ForAll long seed, @ForAll @DoubleRange(min = 0.05, max = 1.0) double threshold) {
        Random random = new Random(seed);
        int vocabulary = 5 + random.nextInt(40);
        List<String> sources = new ArrayList<>();
        List<Set<String>> sets = new ArrayList<>();
        SharedWords index = new SharedWords();
        for (int i = 0; i < 1 + random.nextInt(60); i++) {
            String source = "s" + random.nextInt(8);
            Set<String> words = words(random, vocabulary);
            sources.add(source);
            sets.add(words);
            index.add(source, words);
        }
        for (int q = 0; q < 20; q++) {
            String source = "s" + random.nextInt(9);
            Set<String> words = words(random, vocabulary);
            assertThat(index.sharedElsewhere(source, words, threshold))
                    .as("%s from %s at %s", words, source, threshold)
                    .isEqualTo(everySet(sources, sets, source, words, threshold));
        }
    }

    /** Skewed word frequencies, as in text: low-numbered words are common. */
    private static Set<String> words(Random random, int vocabulary) {
        Set<String> out = new HashSet<>();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.add("w" + (int) (vocabulary * Math.pow(random.nextDouble(), 2)));
        }
        return out;
    }

    private static boolean everySet(List<String> sources, List<Set<String>> sets, String source, Set<String> words,
            double threshold) {
        for (int i = 0; i < sets.size(); i++) {
            if (words.isEmpty() || sources.get(i).equals(source)) {
                continue;
            }
            long shared = words.stream().filter(sets.get(i)::contains).count();
            if (shared > 0 && shared / Math.sqrt((double) words.size() * sets.get(i).size()) >= threshold) {
                return true;
            }
        }
        return false;
    }
}
