package dev.intisari.eval.summary;

import dev.intisari.core.summary.SentenceSet;

import java.util.List;

/**
 * Fits {@link LinearSetRanker}: for every training article, each set of three of its six best candidates is a
 * row, its target the ROUGE-1 F1 of the set's key points against the reference summary. Rows and targets are
 * centred within their article (only the order of one article's sets matters), standardised, and the weights
 * solve ridge-regularised least squares. Deterministic.
 */
final class SetRankerTrainer {
    /** Candidates per article (chosen by cross-validation on folds 1-4: 5, 6, 7 and 8 compared). */
    static final int CANDIDATES = 6;
    /** With {@code -Dintisari.summary.ranker.nolength=true} the length columns are zero (an ablation). */
    private static final boolean NO_LENGTH = Boolean.getBoolean("intisari.summary.ranker.nolength");
    private static final List<String> LENGTH = List.of("words", "words_sq", "words_rel", "log_sentences_words");

    /** Ridge penalty per row, on standardised columns. */
    static final double RIDGE = 1e-4;

    private SetRankerTrainer() {
    }

    /** One article's candidate sets: feature rows and their ROUGE-1. */
    record Example(double[][] x, double[] y) {
    }

    /**
     * The candidate sets of an article with {@code scores} from a sentence model that never saw it, or null when
     * it has fewer than three candidates; {@code points} are the key-point texts of its sentences.
     */
    static Example example(SentenceSet set, double[] scores, String[] points, String summary, int minWords) {
        LinearSetRanker shape = new LinearSetRanker(CANDIDATES, new double[LinearSetRanker.NAMES.size()]);
        int[] c = shape.candidates(set, scores, minWords);
        if (c.length < 3) {
            return null;
        }
        int sets = c.length * (c.length - 1) * (c.length - 2) / 6;
        double[][] x = new double[sets][LinearSetRanker.NAMES.size()];
        double[] y = new double[sets];
        double meanWords = LinearSetRanker.meanWords(set);
        List<String> reference = Rouge.words(summary);
        int row = 0;
        for (int a = 0; a < c.length; a++) {
            for (int b = a + 1; b < c.length; b++) {
                for (int d = b + 1; d < c.length; d++) {
                    double[] features = x[row];
                    LinearSetRanker.features(set, scores, meanWords, c[a], c[b], c[d], features);
                    if (NO_LENGTH) {
                        LENGTH.forEach(name -> features[LinearSetRanker.NAMES.indexOf(name)] = 0);
                    }
                    int[] chosen = {c[a], c[b], c[d]};
                    java.util.Arrays.sort(chosen);
                    StringBuilder text = new StringBuilder();
                    for (int i : chosen) {
                        text.append(points[i]).append('\n');
                    }
                    y[row++] = Rouge.n(Rouge.words(text.toString()), reference, 1).f1();
                }
            }
        }
        return new Example(x, y);
    }

    static LinearSetRanker train(List<Example> examples) {
        int f = LinearSetRanker.NAMES.size();
        int rows = 0;
        for (Example e : examples) {
            rows += e.y().length;
        }
        double[][] x = new double[rows][];
        double[] y = new double[rows];
        int r = 0;
        for (Example e : examples) {
            double[] mean = new double[f];
            double meanY = 0;
            for (int i = 0; i < e.y().length; i++) {
                for (int k = 0; k < f; k++) {
                    mean[k] += e.x()[i][k] / e.y().length;
                }
                meanY += e.y()[i] / e.y().length;
            }
            for (int i = 0; i < e.y().length; i++) {
                x[r] = new double[f];
                for (int k = 0; k < f; k++) {
                    x[r][k] = e.x()[i][k] - mean[k];
                }
                y[r++] = e.y()[i] - meanY;
            }
        }
        double[] sd = new double[f];
        for (int k = 0; k < f; k++) {
            double m = 0;
            for (double[] row : x) {
                m += row[k] / rows;
            }
            double v = 0;
            for (double[] row : x) {
                v += (row[k] - m) * (row[k] - m) / rows;
            }
            sd[k] = Math.sqrt(v) < 1e-9 ? 1 : Math.sqrt(v);
        }
        double[][] a = new double[f][f + 1];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < f; k++) {
                double xk = x[i][k] / sd[k];
                for (int l = 0; l < f; l++) {
                    a[k][l] += xk * x[i][l] / sd[l];
                }
                a[k][f] += xk * y[i];
            }
        }
        for (int k = 0; k < f; k++) {
            a[k][k] += RIDGE * rows;
        }
        double[] w = solve(a);
        for (int k = 0; k < f; k++) {
            w[k] /= sd[k];
        }
        return new LinearSetRanker(CANDIDATES, w);
    }

    /** Gaussian elimination with partial pivoting of the augmented system {@code a} (n rows, n + 1 columns). */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[pivot][col])) {
                    pivot = i;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int i = col + 1; i < n; i++) {
                double factor = a[i][col] / a[col][col];
                for (int j = col; j <= n; j++) {
                    a[i][j] -= factor * a[col][j];
                }
            }
        }
        double[] w = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = a[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= a[i][j] * w[j];
            }
            w[i] = s / a[i][i];
        }
        return w;
    }
}
