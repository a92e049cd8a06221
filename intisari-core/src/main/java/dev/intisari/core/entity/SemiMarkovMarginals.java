package dev.intisari.core.entity;

/**
 * Forward-backward over the semi-Markov lattice of {@link SemiMarkovDecoder} (a semi-CRF, Sarawagi and Cohen 2004):
 * the same paths, each one word tagged "O" or a name of one type and one to {@code maxLength} words scored by its
 * B-/I- tags, its moves and its whole-segment score, summed instead of maximised. Gives the posterior probability of
 * every tag, every move and every candidate name, for the log-loss gradient ({@link LogLossTraining}). Labels are in
 * {@link PerceptronTrainer#labels} order: "O", then B-/I- per type.
 */
final class SemiMarkovMarginals {
    private SemiMarkovMarginals() {
    }

    /**
     * Posterior marginals: of the tags ({@code n * l}), of the move into each position ({@code n * (l + 1) * l},
     * position 0 from the start row {@code l}), of each candidate name ({@code n * maxLength * types}, laid out as the
     * decoder's {@code segments}), and the log partition function.
     */
    record Marginals(double[] tags, double[] moves, double[] names, double logZ) {
    }

    static Marginals of(int l, float[] transitions, float[] edges, float[] emission, int n, float[] segments, int maxLength) {
        int types = (l - 1) / 2;
        int block = (l + 1) * l;
        double[] inner = new double[n * maxLength * types];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < types; y++) {
                int b = 2 * y + 1;
                double score = emission[i * l + b];
                for (int k = 1; k <= maxLength && i + k <= n; k++) {
                    int j = i + k - 1;
                    if (k > 1) {
                        score += move(transitions, edges, block, l, j, k == 2 ? b : b + 1, b + 1) + emission[j * l + b + 1];
                    }
                    int s = (i * maxLength + k - 1) * types + y;
                    inner[s] = score + segments[s];
                }
            }
        }
        double[] alpha = new double[n * l];
        double[] enter = new double[n * l];
        java.util.Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
        double[] terms = new double[l];
        for (int i = 0; i < n; i++) {
            for (int first = 0; first < l; first += first == 0 ? 1 : 2) {
                if (i == 0) {
                    enter[first] = move(transitions, edges, block, l, 0, l, first);
                } else {
                    for (int p = 0; p < l; p++) {
                        terms[p] = alpha[(i - 1) * l + p] + move(transitions, edges, block, l, i, p, first);
                    }
                    enter[i * l + first] = logSumExp(terms);
                }
            }
            alpha[i * l] = logAdd(alpha[i * l], enter[i * l] + emission[i * l]);
            for (int y = 0; y < types; y++) {
                for (int k = 1; k <= maxLength && i + k <= n; k++) {
                    int j = i + k - 1;
                    int end = k == 1 ? 2 * y + 1 : 2 * y + 2;
                    alpha[j * l + end] = logAdd(alpha[j * l + end],
                            enter[i * l + 2 * y + 1] + inner[(i * maxLength + k - 1) * types + y]);
                }
            }
        }
        double[] beta = new double[n * l];
        double[] exit = new double[n * l];
        java.util.Arrays.fill(exit, Double.NEGATIVE_INFINITY);
        for (int i = n - 1; i >= 0; i--) {
            for (int p = 0; i < n - 1 && p < l; p++) {
                double sum = Double.NEGATIVE_INFINITY;
                for (int first = 0; first < l; first += first == 0 ? 1 : 2) {
                    sum = logAdd(sum, move(transitions, edges, block, l, i + 1, p, first) + exit[(i + 1) * l + first]);
                }
                beta[i * l + p] = sum;
            }
            exit[i * l] = emission[i * l] + beta[i * l];
            for (int y = 0; y < types; y++) {
                for (int k = 1; k <= maxLength && i + k <= n; k++) {
                    int j = i + k - 1;
                    int end = k == 1 ? 2 * y + 1 : 2 * y + 2;
                    exit[i * l + 2 * y + 1] = logAdd(exit[i * l + 2 * y + 1],
                            inner[(i * maxLength + k - 1) * types + y] + beta[j * l + end]);
                }
            }
        }
        double logZ = Double.NEGATIVE_INFINITY;
        for (int first = 0; first < l; first += first == 0 ? 1 : 2) {
            logZ = logAdd(logZ, enter[first] + exit[first]);
        }
        double[] tags = new double[n * l];
        double[] moves = new double[n * block];
        double[] names = new double[n * maxLength * types];
        for (int i = 0; i < n; i++) {
            for (int first = 0; first < l; first += first == 0 ? 1 : 2) {
                for (int p = i == 0 ? l : 0; p <= (i == 0 ? l : l - 1); p++) {
                    double from = i == 0 ? 0 : alpha[(i - 1) * l + p];
                    moves[i * block + p * l + first] = Math.exp(from + move(transitions, edges, block, l, i, p, first)
                            + exit[i * l + first] - logZ);
                }
            }
            tags[i * l] = Math.exp(enter[i * l] + emission[i * l] + beta[i * l] - logZ);
            for (int y = 0; y < types; y++) {
                int b = 2 * y + 1;
                for (int k = 1; k <= maxLength && i + k <= n; k++) {
                    int j = i + k - 1;
                    int s = (i * maxLength + k - 1) * types + y;
                    double q = Math.exp(enter[i * l + b] + inner[s] + beta[j * l + (k == 1 ? b : b + 1)] - logZ);
                    names[s] = q;
                    tags[i * l + b] += q;
                    for (int m = i + 1; m <= j; m++) {
                        tags[m * l + b + 1] += q;
                        moves[m * block + (m == i + 1 ? b : b + 1) * l + b + 1] += q;
                    }
                }
            }
        }
        return new Marginals(tags, moves, names, logZ);
    }

    private static double move(float[] transitions, float[] edges, int block, int l, int i, int from, int to) {
        double t = transitions[from * l + to];
        return edges == null ? t : t + edges[i * block + from * l + to];
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    private static double logSumExp(double[] x) {
        double sum = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            sum = logAdd(sum, v);
        }
        return sum;
    }
}
