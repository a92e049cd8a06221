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
        return centrality(set.similarities(), set.size());
    }

    /**
     * Centrality of the first {@code n} sentences of a cosine matrix (zero diagonal), summing to 1; sentences
     * from {@code n} on get 0 (a caller bounds the quadratic walk this way on very long texts).
     */
    public static double[] centrality(double[][] similarity, int n) {
        double[] rank = new double[similarity.length];
        if (n == 0) {
            return rank;
        }
        double[][] step = new double[n][n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += similarity[i][j];
            }
            for (int j = 0; j < n; j++) {
                step[i][j] = (1 - DAMPING) * (sum == 0 ? 1.0 / n : similarity[i][j] / sum);
            }
        }
        double[] current = new double[n];
        java.util.Arrays.fill(current, 1.0 / n);
        double[] next = new double[n];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            java.util.Arrays.fill(next, DAMPING / n);
            for (int i = 0; i < n; i++) {
                double mass = current[i];
                double[] row = step[i];
                for (int j = 0; j < n; j++) {
                    next[j] += mass * row[j];
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - current[i]);
            }
            double[] swap = current;
            current = next;
            next = swap;
            if (change < EPSILON) {
                break;
            }
        }
        System.arraycopy(current, 0, rank, 0, n);
        return rank;
    }
}
