package dev.intisari.eval.summary;

import java.util.Arrays;

/**
 * Columns of a second-stage (stacked) sentence model: the first stage's probability of the sentence, of its two
 * neighbours on either side (−1 beyond the article), its rank among the article's sentences, and its gap to the
 * article's best — the neighbours' likelihoods tell the second stage whether a sentence sits in a summary block.
 */
final class StackedColumns {
    static final int WIDTH = 7;

    private StackedColumns() {
    }

    /** {@code rows} with the stacked columns from {@code p} (the first stage's probabilities) appended. */
    static double[][] append(double[][] rows, double[] p) {
        int n = rows.length;
        double best = 0;
        for (double v : p) {
            best = Math.max(best, v);
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            int base = rows[i].length;
            double[] r = Arrays.copyOf(rows[i], base + WIDTH);
            int rank = 0;
            for (int j = 0; j < n; j++) {
                rank += p[j] > p[i] || (p[j] == p[i] && j < i) ? 1 : 0;
            }
            r[base] = p[i];
            r[base + 1] = i > 0 ? p[i - 1] : -1;
            r[base + 2] = i < n - 1 ? p[i + 1] : -1;
            r[base + 3] = i > 1 ? p[i - 2] : -1;
            r[base + 4] = i < n - 2 ? p[i + 2] : -1;
            r[base + 5] = 1.0 / (rank + 1);
            r[base + 6] = best - p[i];
            out[i] = r;
        }
        return out;
    }
}
