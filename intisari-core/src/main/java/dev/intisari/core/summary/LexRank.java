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
    /** Walks over up to this many sentences use the thread's own step matrix ({@link #steps}). */
    private static final int POOLED_SENTENCES = 64;
    private static final ThreadLocal<double[]> STEPS = ThreadLocal.withInitial(
            () -> new double[POOLED_SENTENCES * POOLED_SENTENCES]);

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
        double[] step = steps(n);
        for (int i = 0; i < n; i++) {
            double[] row = similarity[i];
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += row[j];
            }
            for (int j = 0, at = i * n; j < n; j++) {
                step[at + j] = (1 - DAMPING) * (sum == 0 ? 1.0 / n : row[j] / sum);
            }
        }
        double[] current = new double[n];
        java.util.Arrays.fill(current, 1.0 / n);
        double[] next = new double[n];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            java.util.Arrays.fill(next, DAMPING / n);
            for (int i = 0; i < n; i++) {
                double mass = current[i];
                for (int j = 0, at = i * n; j < n; j++) {
                    next[j] += mass * step[at + j];
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

    /**
     * Room for an {@code n}-by-{@code n} walk matrix, row after row: up to {@link #POOLED_SENTENCES} sentences (the
     * key-point stage walks at most 60) this thread's own array, kept from one call to the next (a new one per
     * article was a sixth of the key-point stage's allocation); only {@link #centrality} reads it, while it runs.
     */
    private static double[] steps(int n) {
        return n <= POOLED_SENTENCES ? STEPS.get() : new double[n * n];
    }
}
