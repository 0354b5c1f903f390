package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Average-link clustering over edges gives what the all-pairs scan gives, at any size and with ties. */
class AverageLinkClustererTest {

    private static final double FLOOR = 1.5;
    private static final double MERGE = 2.0;

    @Test
    void joinsTheBestPairFirstAndStopsBelowTheMergeScore() {
        List<AverageLinkClusterer.Edge> edges = List.of(new AverageLinkClusterer.Edge(0, 1, 3.0),
                new AverageLinkClusterer.Edge(1, 2, 2.5), new AverageLinkClusterer.Edge(0, 2, 1.6),
                new AverageLinkClusterer.Edge(3, 4, 1.9));

        // {0,1} join at 3.0; {0,1}+{2} average (1.6 + 2.5) / 2 = 2.05 joins too; 3-4 stays apart below 2.0
        assertThat(AverageLinkClusterer.cluster(5, edges, MERGE))
                .containsExactly(List.of(0, 1, 2), List.of(3), List.of(4));
    }

    @Test
    void aMissingEdgeKeepsClustersApartWhateverTheAverage() {
        List<AverageLinkClusterer.Edge> edges = List.of(new AverageLinkClusterer.Edge(0, 1, 5.0),
                new AverageLinkClusterer.Edge(1, 2, 5.0));

        assertThat(AverageLinkClusterer.cluster(3, edges, MERGE)).containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void tiesGoToTheClustersWhoseFirstItemComesFirst() {
        List<AverageLinkClusterer.Edge> edges = List.of(new AverageLinkClusterer.Edge(2, 3, 2.5),
                new AverageLinkClusterer.Edge(1, 2, 2.5), new AverageLinkClusterer.Edge(0, 1, 2.5));

        assertThat(AverageLinkClusterer.cluster(4, edges, MERGE)).containsExactly(List.of(0, 1), List.of(2, 3));
    }

    @Property(tries = 300)
    void givesTheClustersOfTheAllPairsScan(@ForAll @IntRange(min = 0, max = 40) int n, @ForAll long seed) {
        Random random = new Random(seed);
        double[][] s = new double[n][n];
        List<AverageLinkClusterer.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                // a few distinct values, so ties are common; about a third of the pairs cannot join
                s[i][j] = random.nextInt(3) == 0 ? Double.NEGATIVE_INFINITY : 1.0 + random.nextInt(8) * 0.25;
                s[j][i] = s[i][j];
                if (s[i][j] >= FLOOR) {
                    edges.add(new AverageLinkClusterer.Edge(i, j, s[i][j]));
                }
            }
        }
        java.util.Collections.shuffle(edges, random);

        assertThat(AverageLinkClusterer.cluster(n, edges, MERGE)).isEqualTo(allPairsScan(s));
    }

    /** The reference: at each step, scan every pair of clusters in order for the best average whose minimum is at the floor. */
    private static List<List<Integer>> allPairsScan(double[][] s) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (true) {
            double best = Double.NEGATIVE_INFINITY;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double sum = 0;
                    double min = Double.POSITIVE_INFINITY;
                    for (int a : clusters.get(i)) {
                        for (int b : clusters.get(j)) {
                            sum += s[a][b];
                            min = Math.min(min, s[a][b]);
                        }
                    }
                    double avg = sum / (clusters.get(i).size() * clusters.get(j).size());
                    if (avg > best && min >= FLOOR) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0 || best < MERGE) {
                break;
            }
            clusters.get(bi).addAll(clusters.remove(bj));
        }
        return clusters.stream().map(c -> c.stream().sorted().toList()).toList();
    }
}
