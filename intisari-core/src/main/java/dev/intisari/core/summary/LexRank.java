package dev.intisari.core.summary;

/**
 * Continuous LexRank (Erkan and Radev, 2004): the stationary distribution of a random walk over the
 * sentences, each step following TF-IDF cosine similarity, with a small chance of jumping anywhere. A
 * sentence is central when sentences similar to it are central.
 */
public final class LexRank {
    private static final double DAMPING = 0.15;
    private static final int MAX_ROUNDS = 100;
    private static final double EPSILON = 1e-6;

    private LexRank() {
    }

    /** Centrality of every sentence of {@code set}, summing to 1 (empty for an empty set). */
    public static double[] centrality(SentenceSet set) {
        int n = set.size();
        double[] rank = new double[n];
        if (n == 0) {
            return rank;
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = set.cosine(i, j);
                m[i][j] = s;
                m[j][i] = s;
            }
        }
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowSum[i] += m[i][j];
            }
        }
        java.util.Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            java.util.Arrays.fill(next, DAMPING / n);
            for (int i = 0; i < n; i++) {
                if (rowSum[i] == 0) {
                    for (int j = 0; j < n; j++) {
                        next[j] += (1 - DAMPING) * rank[i] / n;
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        next[j] += (1 - DAMPING) * rank[i] * m[i][j] / rowSum[i];
                    }
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - rank[i]);
            }
            double[] swap = rank;
            rank = next;
            next = swap;
            if (change < EPSILON) {
                break;
            }
        }
        return rank;
    }
}
