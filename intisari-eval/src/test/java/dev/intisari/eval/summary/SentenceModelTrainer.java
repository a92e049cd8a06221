package dev.intisari.eval.summary;

import dev.intisari.core.summary.LinearSentenceModel;
import dev.intisari.core.summary.SentenceFeatures;

import java.util.List;

/**
 * Fits {@link LinearSentenceModel}: L2-regularised logistic regression on standardised features, full-batch
 * gradient descent with Adam. Deterministic: the same rows give the same weights.
 */
final class SentenceModelTrainer {
    private static final int ROUNDS = 600;
    private static final double RATE = 0.05;
    private static final double L2 = 1e-3;

    private SentenceModelTrainer() {
    }

    static LinearSentenceModel train(List<double[]> rows, List<Boolean> labels) {
        return trainSoft(rows, labels.stream().map(b -> b ? 1.0 : 0.0).toList());
    }

    /** Pointwise logistic regression on targets in [0, 1]. */
    static LinearSentenceModel trainSoft(List<double[]> rows, List<Double> labels) {
        int f = SentenceFeatures.NAMES.size();
        int n = rows.size();
        double[] mean = new double[f];
        double[] dev = new double[f];
        for (double[] r : rows) {
            for (int k = 0; k < f; k++) {
                mean[k] += r[k] / n;
            }
        }
        for (double[] r : rows) {
            for (int k = 0; k < f; k++) {
                dev[k] += (r[k] - mean[k]) * (r[k] - mean[k]) / n;
            }
        }
        for (int k = 0; k < f; k++) {
            dev[k] = dev[k] < 1e-12 ? 1 : Math.sqrt(dev[k]);
        }
        double[][] x = new double[n][f];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < f; k++) {
                x[i][k] = (rows.get(i)[k] - mean[k]) / dev[k];
            }
        }
        double[] w = new double[f + 1];
        double[] m1 = new double[f + 1];
        double[] m2 = new double[f + 1];
        double[] grad = new double[f + 1];
        for (int round = 1; round <= ROUNDS; round++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double z = w[f];
                for (int k = 0; k < f; k++) {
                    z += w[k] * x[i][k];
                }
                double err = 1 / (1 + Math.exp(-z)) - labels.get(i);
                for (int k = 0; k < f; k++) {
                    grad[k] += err * x[i][k] / n;
                }
                grad[f] += err / n;
            }
            for (int k = 0; k < f; k++) {
                grad[k] += L2 * w[k];
            }
            for (int k = 0; k <= f; k++) {
                m1[k] = 0.9 * m1[k] + 0.1 * grad[k];
                m2[k] = 0.999 * m2[k] + 0.001 * grad[k] * grad[k];
                double hat1 = m1[k] / (1 - Math.pow(0.9, round));
                double hat2 = m2[k] / (1 - Math.pow(0.999, round));
                w[k] -= RATE * hat1 / (Math.sqrt(hat2) + 1e-8);
            }
        }
        return new LinearSentenceModel(w[f], mean, dev, java.util.Arrays.copyOf(w, f));
    }
}
