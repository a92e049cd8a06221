package dev.intisari.eval.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Distributional word clusters: each frequent lowercased word is described by the PPMI of its
 * neighbours at -2, -1, +1, +2 (among the most frequent context words), projected to a dense vector
 * by a seeded random projection, and clustered by spherical k-means at several granularities.
 * Deterministic for a given corpus and seed.
 */
final class WordClusters {
    private static final int CONTEXTS = 2000;
    private static final int DIM = 128;
    private static final int ITERATIONS = 12;

    private WordClusters() {
    }

    /** word -> cluster id per granularity, for words seen at least {@code minCount} times. */
    static Map<String, int[]> build(List<List<String>> sentences, int minCount, int[] granularities, long seed) {
        FrequentWords frequent = FrequentWords.of(sentences, minCount);
        List<String> vocab = frequent.words();
        Map<String, Integer> index = frequent.index();
        int v = vocab.size();
        int contexts = Math.min(CONTEXTS, v);
        PositionalCounts counts = PositionalCounts.of(sentences, index, v, contexts);
        List<Map<Integer, Integer>> co = counts.rows();
        long[] ctxTotal = counts.columnTotal();
        long total = counts.total();
        Random random = new Random(seed);
        float[][] projection = new float[4 * contexts][DIM];
        for (float[] row : projection) {
            for (int d = 0; d < DIM; d++) {
                row[d] = (float) random.nextGaussian();
            }
        }
        float[][] vectors = new float[v][DIM];
        for (int w = 0; w < v; w++) {
            long wTotal = 0;
            for (int n : co.get(w).values()) {
                wTotal += n;
            }
            for (Map.Entry<Integer, Integer> e : co.get(w).entrySet()) {
                double pmi = Math.log((double) e.getValue() * total / ((double) wTotal * Math.pow(ctxTotal[e.getKey()], 0.75) * Math.pow(total, 0.25)));
                if (pmi > 0) {
                    float[] p = projection[e.getKey()];
                    for (int d = 0; d < DIM; d++) {
                        vectors[w][d] += (float) pmi * p[d];
                    }
                }
            }
            normalise(vectors[w]);
        }
        int[][] assignments = new int[granularities.length][];
        for (int g = 0; g < granularities.length; g++) {
            assignments[g] = kmeans(vectors, Math.min(granularities[g], v));
        }
        Map<String, int[]> out = new HashMap<>();
        for (int w = 0; w < v; w++) {
            int[] ids = new int[granularities.length];
            for (int g = 0; g < granularities.length; g++) {
                ids[g] = assignments[g][w];
            }
            out.put(vocab.get(w), ids);
        }
        return out;
    }

    /**
     * Spherical k-means over unit vectors of one length, centroids seeded with the first k (the most frequent words),
     * run in parallel over words. Also used for the dense word vectors (`WordVectors`).
     */
    static int[] kmeans(float[][] vectors, int k) {
        int dims = vectors[0].length;
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = vectors[c].clone();
        }
        int[] assign = new int[vectors.length];
        for (int it = 0; it < ITERATIONS; it++) {
            float[][] current = centroids;
            java.util.stream.IntStream.range(0, vectors.length).parallel().forEach(w -> {
                float best = -2;
                int arg = 0;
                for (int c = 0; c < current.length; c++) {
                    float dot = 0;
                    float[] a = vectors[w];
                    float[] b = current[c];
                    for (int d = 0; d < dims; d++) {
                        dot += a[d] * b[d];
                    }
                    if (dot > best) {
                        best = dot;
                        arg = c;
                    }
                }
                assign[w] = arg;
            });
            float[][] next = new float[k][dims];
            for (int w = 0; w < vectors.length; w++) {
                for (int d = 0; d < dims; d++) {
                    next[assign[w]][d] += vectors[w][d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (isZero(next[c])) {
                    next[c] = centroids[c];
                }
                normalise(next[c]);
            }
            centroids = next;
        }
        return assign;
    }

    private static boolean isZero(float[] v) {
        for (float x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    static void normalise(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n > 0) {
            float inv = (float) (1 / Math.sqrt(n));
            for (int d = 0; d < v.length; d++) {
                v[d] *= inv;
            }
        }
        Arrays.fill(v, 0, 0, 0f);
    }
}
