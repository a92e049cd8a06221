package dev.intisari.core.summary;

import java.util.Arrays;

/**
 * Chooses key-point sentences as one set rather than one at a time: among the best-scored usable sentences,
 * the {@code k}-subset maximising the sum of the sentences' log-probabilities, plus a bonus for every pair of
 * adjacent sentences (summaries are mostly a contiguous lead block) and minus a penalty for the TF-IDF cosine
 * of every pair (no point said twice). Pairs at or above the redundant cosine are never chosen together.
 * Exhaustive over a small pool, so the best set under this score is always found.
 */
public final class SubsetDecoder {
    /** Sentences considered, by score: the pool's subsets of three number 220. */
    static final int POOL = 12;

    private SubsetDecoder() {
    }

    /**
     * The best {@code k} indices in article order (fewer when the pool is smaller), or an empty array when no
     * such set exists (every candidate pair redundant, or no usable sentence).
     */
    public static int[] best(SentenceSet set, double[] scores, int k, boolean[] usable, double adjacent, double redundancy,
                      double redundantCosine) {
        int n = set.size();
        Integer[] order = new Integer[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (usable[i]) {
                order[m++] = i;
            }
        }
        Arrays.sort(order, 0, m, (a, b) -> scores[b] != scores[a] ? Double.compare(scores[b], scores[a]) : a - b);
        int size = Math.min(POOL, m);
        int[] pool = new int[size];
        for (int i = 0; i < size; i++) {
            pool[i] = order[i];
        }
        Arrays.sort(pool);
        int want = Math.min(k, size);
        if (want == 0) {
            return new int[0];
        }
        double[] log = new double[size];
        double[][] pair = new double[size][size];
        for (int a = 0; a < size; a++) {
            log[a] = Math.log(Math.max(1e-9, scores[pool[a]]));
            for (int b = a + 1; b < size; b++) {
                double cos = set.cosine(pool[a], pool[b]);
                pair[a][b] = cos >= redundantCosine ? Double.NEGATIVE_INFINITY
                        : (pool[b] == pool[a] + 1 ? adjacent : 0) - redundancy * cos;
            }
        }
        Search search = new Search(log, pair, want);
        search.extend(0, 0, 0);
        if (search.bestSet == null) {
            return new int[0];
        }
        int[] out = new int[want];
        for (int i = 0; i < want; i++) {
            out[i] = pool[search.bestSet[i]];
        }
        return out;
    }

    /** Depth-first enumeration of increasing index tuples. */
    private static final class Search {
        private final double[] log;
        private final double[][] pair;
        private final int[] current;
        private int[] bestSet;
        private double bestValue = Double.NEGATIVE_INFINITY;

        Search(double[] log, double[][] pair, int k) {
            this.log = log;
            this.pair = pair;
            this.current = new int[k];
        }

        void extend(int depth, int from, double value) {
            if (depth == current.length) {
                if (value > bestValue) {
                    bestValue = value;
                    bestSet = current.clone();
                }
                return;
            }
            for (int a = from; a <= log.length - (current.length - depth); a++) {
                double v = value + log[a];
                for (int d = 0; d < depth; d++) {
                    v += pair[current[d]][a];
                }
                if (v == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                current[depth] = a;
                extend(depth + 1, a + 1, v);
            }
        }
    }
}
