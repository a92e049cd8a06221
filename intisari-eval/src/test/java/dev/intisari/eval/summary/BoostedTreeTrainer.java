package dev.intisari.eval.summary;

import dev.intisari.core.summary.BoostedTreeSentenceModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits {@link BoostedTreeSentenceModel}: gradient boosting of complete regression trees (Newton leaf values,
 * L2-regularised), splits searched over 32 quantile bins per feature. Deterministic. Two objectives: logistic
 * loss per sentence, or pairwise logistic loss within each article (every summary sentence against every other
 * sentence of its article, RankNet's gradient), which only asks the trees to order an article's sentences.
 */
final class BoostedTreeTrainer {
    private static final int BINS = 32;
    /** Seed of the row and column sampling (used only when a share is below 1), so training stays deterministic. */
    private static final long SEED = 20261123L;

    /**
     * A training run's settings.
     *
     * @param l2       leaf-value regularisation
     * @param minRows  fewest rows on either side of a split
     * @param pairwise pairwise loss within articles instead of logistic loss per sentence
     */
    record Params(int trees, int depth, double rate, double l2, int minRows, boolean pairwise, double subsample,
                  double colsample, String target) {
        static final double L2 = 1.0;
        static final int MIN_ROWS = 40;

        Params(int trees, int depth, double rate, double l2, int minRows, boolean pairwise) {
            this(trees, depth, rate, l2, minRows, pairwise, 1, 1, "gold");
        }

        /**
         * "150x4x0.1" (logistic, default L2 and min rows), with optional "xL2xMINROWS", then optional "xsF" (each
         * tree fits a seeded random share F of the rows: stochastic gradient boosting) and "xcF" (each tree may
         * split on a random share F of the columns), and a "p" suffix for the pairwise objective.
         */
        static Params parse(String shape) {
            boolean pairwise = shape.endsWith("p");
            String[] p = (pairwise ? shape.substring(0, shape.length() - 1) : shape).split("x");
            double subsample = 1;
            double colsample = 1;
            String target = "gold";
            List<String> numbers = new ArrayList<>();
            for (String cell : p) {
                if (cell.startsWith("s")) {
                    subsample = Double.parseDouble(cell.substring(1));
                } else if (cell.startsWith("t")) {
                    target = cell.substring(1);
                } else if (cell.startsWith("c")) {
                    colsample = Double.parseDouble(cell.substring(1));
                } else {
                    numbers.add(cell);
                }
            }
            return new Params(Integer.parseInt(numbers.get(0)), Integer.parseInt(numbers.get(1)),
                    Double.parseDouble(numbers.get(2)),
                    numbers.size() > 3 ? Double.parseDouble(numbers.get(3)) : L2,
                    numbers.size() > 4 ? Integer.parseInt(numbers.get(4)) : MIN_ROWS, pairwise, subsample, colsample,
                    target);
        }
    }

    private BoostedTreeTrainer() {
    }

    static BoostedTreeSentenceModel train(List<double[]> rows, List<Boolean> labels, int trees, int depth, double rate) {
        return train(rows, labels, null, new Params(trees, depth, rate, Params.L2, Params.MIN_ROWS, false));
    }

    /**
     * {@code groups[i]} numbers row i's article (rows of one article are contiguous); needed only for the
     * pairwise objective.
     */
    static BoostedTreeSentenceModel train(List<double[]> rows, List<Boolean> labels, int[] groups, Params params) {
        return train(rows, labels, groups, params, null);
    }

    /**
     * With {@code targets} not null, the logistic loss fits those soft targets in [0, 1] instead of the labels
     * (the labels still serve the pairwise objective).
     */
    static BoostedTreeSentenceModel train(List<double[]> rows, List<Boolean> labels, int[] groups, Params params,
                                          double[] targets) {
        int trees = params.trees();
        int depth = params.depth();
        double rate = params.rate();
        double l2 = params.l2();
        int minRows = params.minRows();
        int n = rows.size();
        int f = rows.get(0).length;
        double[][] cuts = new double[f][];
        byte[][] bin = new byte[f][n];
        for (int k = 0; k < f; k++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rows.get(i)[k];
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double[] c = new double[BINS - 1];
            for (int b = 1; b < BINS; b++) {
                c[b - 1] = sorted[(int) ((long) b * (n - 1) / BINS)];
            }
            cuts[k] = Arrays.stream(c).distinct().toArray();
            for (int i = 0; i < n; i++) {
                int pos = Arrays.binarySearch(cuts[k], v[i]);
                bin[k][i] = (byte) (pos >= 0 ? pos : -pos - 1);
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = targets != null ? targets[i] : labels.get(i) ? 1 : 0;
        }
        double positives = Arrays.stream(y).sum();
        double p0 = positives / n;
        double base = params.pairwise() ? 0 : Math.log(p0 / (1 - p0));
        List<int[]> features = new ArrayList<>();
        List<double[]> thresholds = new ArrayList<>();
        List<double[]> leaves = new ArrayList<>();
        double[] z = new double[n];
        Arrays.fill(z, base);
        double[] g = new double[n];
        double[] h = new double[n];
        int nodes = (1 << depth) - 1;
        java.util.SplittableRandom random = new java.util.SplittableRandom(SEED);
        boolean[] inBag = new boolean[n];
        Arrays.fill(inBag, true);
        boolean[] usable = new boolean[f];
        Arrays.fill(usable, true);
        for (int t = 0; t < trees; t++) {
            if (params.pairwise()) {
                pairwiseGradients(z, labels, groups, g, h);
            } else {
                for (int i = 0; i < n; i++) {
                    double p = 1 / (1 + Math.exp(-z[i]));
                    g[i] = y[i] - p;
                    h[i] = Math.max(1e-6, p * (1 - p));
                }
            }
            if (params.subsample() < 1) {
                for (int i = 0; i < n; i++) {
                    inBag[i] = random.nextDouble() < params.subsample();
                    if (!inBag[i]) {
                        g[i] = 0;
                        h[i] = 0;
                    }
                }
            }
            if (params.colsample() < 1) {
                for (int k = 0; k < f; k++) {
                    usable[k] = random.nextDouble() < params.colsample();
                }
            }
            int[] node = new int[n];
            int[] feat = new int[nodes];
            double[] thr = new double[nodes];
            Arrays.fill(feat, -1);
            for (int d = 0; d < depth; d++) {
                int first = (1 << d) - 1;
                int count = 1 << d;
                // histograms of (node, feature, bin), flat; filled feature by feature with the rows in order, so
                // every cell adds its rows in the same order as a row-by-row pass would
                double[] hg = new double[count * f * BINS];
                double[] hh = new double[count * f * BINS];
                int[] hc = new int[count * f * BINS];
                for (int k = 0; k < f; k++) {
                    byte[] column = bin[k];
                    for (int i = 0; i < n; i++) {
                        int cell = ((node[i] - first) * f + k) * BINS + column[i];
                        hg[cell] += g[i];
                        hh[cell] += h[i];
                        if (inBag[i]) {
                            hc[cell]++;
                        }
                    }
                }
                int[] splitBin = new int[count];
                for (int local = 0; local < count; local++) {
                    double G = 0;
                    double H = 0;
                    int C = 0;
                    for (int b = 0; b < BINS; b++) {
                        G += hg[local * f * BINS + b];
                        H += hh[local * f * BINS + b];
                        C += hc[local * f * BINS + b];
                    }
                    double bestGain = 1e-9;
                    for (int k = 0; k < f; k++) {
                        if (!usable[k]) {
                            continue;
                        }
                        double gl = 0;
                        double hl = 0;
                        int cl = 0;
                        for (int b = 0; b < cuts[k].length; b++) {
                            int cell = (local * f + k) * BINS + b;
                            gl += hg[cell];
                            hl += hh[cell];
                            cl += hc[cell];
                            if (cl < minRows || C - cl < minRows) {
                                continue;
                            }
                            double gain = gl * gl / (hl + l2) + (G - gl) * (G - gl) / (H - hl + l2) - G * G / (H + l2);
                            if (gain > bestGain) {
                                bestGain = gain;
                                feat[first + local] = k;
                                thr[first + local] = cuts[k][b];
                                splitBin[local] = b;
                            }
                        }
                    }
                }
                for (int i = 0; i < n; i++) {
                    int k = feat[node[i]];
                    int local = node[i] - first;
                    node[i] = 2 * node[i] + (k >= 0 && bin[k][i] > splitBin[local] ? 2 : 1);
                }
            }
            double[] sg = new double[1 << depth];
            double[] sh = new double[1 << depth];
            for (int i = 0; i < n; i++) {
                sg[node[i] - nodes] += g[i];
                sh[node[i] - nodes] += h[i];
            }
            double[] values = new double[1 << depth];
            for (int l = 0; l < values.length; l++) {
                values[l] = rate * sg[l] / (sh[l] + l2);
            }
            for (int i = 0; i < n; i++) {
                z[i] += values[node[i] - nodes];
            }
            features.add(feat);
            thresholds.add(thr);
            leaves.add(values);
        }
        return new BoostedTreeSentenceModel(base, depth, features.toArray(int[][]::new),
                thresholds.toArray(double[][]::new), leaves.toArray(double[][]::new));
    }

    /** RankNet's gradient and Hessian: every summary sentence against every other sentence of its article. */
    private static void pairwiseGradients(double[] z, List<Boolean> labels, int[] groups, double[] g, double[] h) {
        int n = z.length;
        java.util.Arrays.fill(g, 0);
        java.util.Arrays.fill(h, 1e-6);
        for (int start = 0, end; start < n; start = end) {
            end = start + 1;
            while (end < n && groups[end] == groups[start]) {
                end++;
            }
            for (int i = start; i < end; i++) {
                if (!labels.get(i)) {
                    continue;
                }
                for (int j = start; j < end; j++) {
                    if (labels.get(j)) {
                        continue;
                    }
                    double rho = 1 / (1 + Math.exp(z[i] - z[j]));
                    g[i] += rho;
                    g[j] -= rho;
                    h[i] += rho * (1 - rho);
                    h[j] += rho * (1 - rho);
                }
            }
        }
    }
}
