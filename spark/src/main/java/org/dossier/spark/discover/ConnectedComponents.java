package org.dossier.spark.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Connected components of the candidate-pair graph: each partition's edges are reduced by union-find in its executor to
 * a forest (one link per node that is not a root), and the driver unites the forests. The driver holds two ints per
 * linked document, never the edges.
 */
public final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /** The component of every node over {@code 0..n-1}: its smallest node, or -1 for a node without edges. */
    public static int[] of(JavaPairRDD<Integer, Integer> edges, int n) {
        List<Tuple2<Integer, Integer>> links = edges.mapPartitions(ConnectedComponents::forest).collect();
        UnionFind all = new UnionFind();
        for (Tuple2<Integer, Integer> l : links) {
            all.union(l._1, l._2);
        }
        int[] component = new int[n];
        java.util.Arrays.fill(component, -1);
        for (Tuple2<Integer, Integer> l : links) {
            component[l._1] = all.find(l._1);
            component[l._2] = all.find(l._2);
        }
        return component;
    }

    private static Iterator<Tuple2<Integer, Integer>> forest(Iterator<Tuple2<Integer, Integer>> edges) {
        UnionFind uf = new UnionFind();
        edges.forEachRemaining(e -> uf.union(e._1, e._2));
        List<Tuple2<Integer, Integer>> out = new ArrayList<>();
        for (Integer node : new ArrayList<>(uf.parent.keySet())) {
            int root = uf.find(node);
            if (root != node) {
                out.add(new Tuple2<>(node, root));
            }
        }
        return out.iterator();
    }

    /** Union-find over ints whose root is always the smallest member. */
    private static final class UnionFind {
        final Map<Integer, Integer> parent = new HashMap<>();

        int find(int x) {
            int root = x;
            Integer p;
            while ((p = parent.get(root)) != null && p != root) {
                root = p;
            }
            int y = x;
            while ((p = parent.get(y)) != null && p != root) {
                parent.put(y, root);
                y = p;
            }
            return root;
        }

        void union(int a, int b) {
            parent.putIfAbsent(a, a);
            parent.putIfAbsent(b, b);
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent.put(Math.max(ra, rb), Math.min(ra, rb));
            }
        }
    }
}
