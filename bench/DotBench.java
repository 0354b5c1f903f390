import java.util.*;
/**
 * A single chain of float additions against four independent partial sums for 384-d dot products (4,000 random
 * vectors, 4 million products, three rounds). Usage: java bench/DotBench.java
 */
public class DotBench {
    static double dotOld(float[] a, float[] b) { float s = 0; for (int d = 0; d < Math.min(a.length, b.length); d++) s += a[d] * b[d]; return s; }
    static double dotNew(float[] a, float[] b) {
        int n = Math.min(a.length, b.length); float s0 = 0, s1 = 0, s2 = 0, s3 = 0; int d = 0;
        for (; d + 3 < n; d += 4) { s0 += a[d] * b[d]; s1 += a[d + 1] * b[d + 1]; s2 += a[d + 2] * b[d + 2]; s3 += a[d + 3] * b[d + 3]; }
        for (; d < n; d++) s0 += a[d] * b[d];
        return (s0 + s1) + (s2 + s3);
    }
    public static void main(String[] a) {
        Random r = new Random(1); float[][] v = new float[4000][384];
        for (float[] x : v) for (int i = 0; i < 384; i++) x[i] = (float) r.nextGaussian();
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime(); double s = 0;
            for (int i = 0; i < 1000; i++) for (int j = 0; j < 4000; j++) s += dotOld(v[i], v[j]);
            long t1 = System.nanoTime(); double s2 = 0;
            for (int i = 0; i < 1000; i++) for (int j = 0; j < 4000; j++) s2 += dotNew(v[i], v[j]);
            long t2 = System.nanoTime();
            System.out.printf("old %.0f ms, new %.0f ms (%.3f %.3f)%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, s, s2);
        }
    }
}
