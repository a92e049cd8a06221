package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logistic model over {@link SentenceFeatures}: the probability that a sentence belongs in the article's
 * summary. Features are standardised with the training mean and deviation before weighting. The baseline
 * that {@link BoostedTreeSentenceModel} (the shipped model) is measured against in the IndoSum evaluation.
 */
public final class LinearSentenceModel implements SentenceModel {

    private final double bias;
    private final double[] mean;
    private final double[] deviation;
    private final double[] weight;

    public LinearSentenceModel(double bias, double[] mean, double[] deviation, double[] weight) {
        int f = SentenceFeatures.NAMES.size();
        if (mean.length != f || deviation.length != f || weight.length != f) {
            throw new IllegalArgumentException("expected " + f + " features");
        }
        this.bias = bias;
        this.mean = mean.clone();
        this.deviation = deviation.clone();
        this.weight = weight.clone();
    }

    /** Reads the tab-separated format {@link #format} writes; every feature must be named once. */
    public static LinearSentenceModel parse(List<String> lines) {
        int f = SentenceFeatures.NAMES.size();
        double[] mean = new double[f];
        double[] deviation = new double[f];
        double[] weight = new double[f];
        boolean[] seen = new boolean[f];
        double bias = Double.NaN;
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols[0].equals("bias")) {
                bias = Double.parseDouble(cols[1]);
                continue;
            }
            int k = SentenceFeatures.NAMES.indexOf(cols[0]);
            if (k < 0 || cols.length != 4) {
                throw new IllegalArgumentException("bad model line: " + line);
            }
            mean[k] = Double.parseDouble(cols[1]);
            deviation[k] = Double.parseDouble(cols[2]);
            weight[k] = Double.parseDouble(cols[3]);
            seen[k] = true;
        }
        for (int k = 0; k < f; k++) {
            if (!seen[k]) {
                throw new IllegalArgumentException("model lacks feature " + SentenceFeatures.NAMES.get(k));
            }
        }
        if (Double.isNaN(bias)) {
            throw new IllegalArgumentException("model lacks its bias");
        }
        return new LinearSentenceModel(bias, mean, deviation, weight);
    }

    /** The model as lines of {@code name, mean, deviation, weight}, after '#' header lines. */
    public String format(List<String> header) {
        List<String> lines = new ArrayList<>();
        header.forEach(h -> lines.add("# " + h));
        lines.add("bias\t" + String.format(Locale.ROOT, "%.6f", bias));
        for (int k = 0; k < weight.length; k++) {
            lines.add(String.format(Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f", SentenceFeatures.NAMES.get(k), mean[k],
                    deviation[k], weight[k]));
        }
        return String.join("\n", lines) + "\n";
    }

    /** The log-odds of each row. */
    public double[] logits(double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double z = bias;
            for (int k = 0; k < weight.length; k++) {
                z += weight[k] * (rows[i][k] - mean[k]) / deviation[k];
            }
            out[i] = z;
        }
        return out;
    }

    /** The probability of each row. */
    @Override
    public double[] probabilities(double[][] rows) {
        double[] z = logits(rows);
        for (int i = 0; i < z.length; i++) {
            z[i] = 1 / (1 + Math.exp(-z[i]));
        }
        return z;
    }
}
