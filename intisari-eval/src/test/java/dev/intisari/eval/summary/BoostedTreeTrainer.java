package dev.intisari.eval.summary;

import dev.intisari.core.summary.BoostedTreeSentenceModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits {@link BoostedTreeSentenceModel}: gradient boosting of complete regression trees for logistic loss
 * (Newton leaf values, L2-regularised), splits searched over 32 quantile bins per feature. Deterministic.
 */
final class BoostedTreeTrainer {
    private static final int BINS = 32;
    private static final double L2 = 1.0;
    private static final int MIN_ROWS = 40;

    private BoostedTreeTrainer() {
    }

    static BoostedTreeSentenceModel train(List<double[]> rows, List<Boolean> labels, int trees, int depth, double rate) {
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
        double positives = labels.stream().filter(b -> b).count();
        double p0 = positives / n;
        double base = Math.log(p0 / (1 - p0));
        List<int[]> features = new ArrayList<>();
        List<double[]> thresholds = new ArrayList<>();
        List<double[]> leaves = new ArrayList<>();
        double[] z = new double[n];
        Arrays.fill(z, base);
        double[] g = new double[n];
        double[] h = new double[n];
        int nodes = (1 << depth) - 1;
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-z[i]));
                g[i] = (labels.get(i) ? 1 : 0) - p;
                h[i] = Math.max(1e-6, p * (1 - p));
            }
            int[] node = new int[n];
            int[] feat = new int[nodes];
            double[] thr = new double[nodes];
            Arrays.fill(feat, -1);
            for (int d = 0; d < depth; d++) {
                int first = (1 << d) - 1;
                int count = 1 << d;
                double[][][] hg = new double[count][f][BINS];
                double[][][] hh = new double[count][f][BINS];
                int[][][] hc = new int[count][f][BINS];
                for (int i = 0; i < n; i++) {
                    int local = node[i] - first;
                    for (int k = 0; k < f; k++) {
                        int b = bin[k][i];
                        hg[local][k][b] += g[i];
                        hh[local][k][b] += h[i];
                        hc[local][k][b]++;
                    }
                }
                int[] splitBin = new int[count];
                for (int local = 0; local < count; local++) {
                    double G = 0;
                    double H = 0;
                    int C = 0;
                    for (int b = 0; b < BINS; b++) {
                        G += hg[local][0][b];
                        H += hh[local][0][b];
                        C += hc[local][0][b];
                    }
                    double bestGain = 1e-9;
                    for (int k = 0; k < f; k++) {
                        double gl = 0;
                        double hl = 0;
                        int cl = 0;
                        for (int b = 0; b < cuts[k].length; b++) {
                            gl += hg[local][k][b];
                            hl += hh[local][k][b];
                            cl += hc[local][k][b];
                            if (cl < MIN_ROWS || C - cl < MIN_ROWS) {
                                continue;
                            }
                            double gain = gl * gl / (hl + L2) + (G - gl) * (G - gl) / (H - hl + L2) - G * G / (H + L2);
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
                values[l] = rate * sg[l] / (sh[l] + L2);
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
}
