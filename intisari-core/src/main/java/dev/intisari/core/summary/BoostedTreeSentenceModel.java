package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gradient-boosted regression trees over {@link SentenceFeatures} for logistic loss: the log-odds that a
 * sentence belongs in the article's summary is a base value plus one leaf value from every tree. Trees are
 * complete binary trees of a fixed depth; an internal node sends a row right when its feature exceeds the
 * threshold (a node without a feature sends every row left). The shipped trees ({@code sentence-trees.tsv})
 * are trained on IndoSum's gold extractive labels; the file's header names the command that retrains them.
 */
public final class BoostedTreeSentenceModel implements SentenceModel {
    private static final String RESOURCE = "sentence-trees.tsv";

    private final double base;
    private final int depth;
    private final int[][] features;
    private final double[][] thresholds;
    private final double[][] leaves;
    /** The same trees laid out flat, tree after tree, for {@link #logit}: one array read per node ({@link #flatten}). */
    private final int[] flatFeatures;
    private final double[] flatThresholds;
    private final double[] flatLeaves;

    /** {@code features[t][node]} is -1 for a node that does not split. */
    public BoostedTreeSentenceModel(double base, int depth, int[][] features, double[][] thresholds,
                                    double[][] leaves) {
        int internal = (1 << depth) - 1;
        for (int t = 0; t < features.length; t++) {
            if (features[t].length != internal || thresholds[t].length != internal
                    || leaves[t].length != internal + 1) {
                throw new IllegalArgumentException("tree " + t + " is not complete at depth " + depth);
            }
            for (int node = 0; node < internal; node++) {
                if (features[t][node] >= 0 && (Double.isNaN(thresholds[t][node])
                        || thresholds[t][node] == Double.NEGATIVE_INFINITY)) {
                    throw new IllegalArgumentException("tree " + t + " has a threshold below every number");
                }
            }
        }
        this.base = base;
        this.depth = depth;
        this.features = features.clone();
        this.thresholds = thresholds.clone();
        this.leaves = leaves.clone();
        flatFeatures = new int[features.length * internal];
        flatThresholds = new double[features.length * internal];
        flatLeaves = new double[features.length * (internal + 1)];
        for (int t = 0; t < features.length; t++) {
            flatten(t, internal);
        }
    }

    /**
     * Tree {@code t} laid out for {@link #logit}'s sign test, every row reaching the same leaf as in the tree
     * itself. A node without a feature sends every row left, so its right subtree is replaced by a copy of its
     * left one and the node may test anything (feature 0 against 0): both ways lead to the same leaves. Every
     * threshold is then finite, and a zero one is +0.0 ({@code x > -0.0} is {@code x > +0.0}).
     */
    private void flatten(int t, int internal) {
        int[] original = new int[2 * internal + 1];
        for (int node = 0; node < internal; node++) {
            int old = original[node];
            // nothing exceeds +infinity: such a node sends every row left, as one without a feature
            boolean splits = features[t][old] >= 0 && thresholds[t][old] != Double.POSITIVE_INFINITY;
            original[2 * node + 1] = 2 * old + 1;
            original[2 * node + 2] = splits ? 2 * old + 2 : 2 * old + 1;
            flatFeatures[t * internal + node] = splits ? features[t][old] : 0;
            flatThresholds[t * internal + node] = splits ? thresholds[t][old] + 0.0 : 0.0;
        }
        for (int leaf = 0; leaf <= internal; leaf++) {
            flatLeaves[t * (internal + 1) + leaf] = leaves[t][original[internal + leaf] - internal];
        }
    }

    /** The shipped model, read once. */
    public static BoostedTreeSentenceModel standard() {
        return Holder.STANDARD;
    }

    @Override
    public double[] probabilities(double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = 1 / (1 + Math.exp(-logit(rows[i])));
        }
        return out;
    }

    /**
     * The log-odds of one row. Four trees are walked side by side (their walks are independent, so the
     * processor overlaps them), and their leaves are added in tree order: the same sum as one tree at a time.
     * A node's test "row value exceeds threshold" is the sign of {@code threshold - value}, taken without a
     * branch: for numbers that are not NaN the difference is negative exactly when the value is greater (it is
     * zero only for equal numbers, +0.0 then; thresholds are finite and never -0.0, see {@link #flatten}). A row
     * holding NaN, which exceeds nothing, walks the trees by comparison instead.
     */
    public double logit(double[] row) {
        for (double v : row) {
            if (v != v) {
                return logitComparing(row);
            }
        }
        double z = base;
        int internal = (1 << depth) - 1;
        int size = internal + 1;
        int t = 0;
        int nodes = 0;
        int leafs = 0;
        for (; t + 4 <= features.length; t += 4, nodes += 4 * internal, leafs += 4 * size) {
            int n0 = nodes;
            int n1 = n0 + internal;
            int n2 = n1 + internal;
            int n3 = n2 + internal;
            int a = 0;
            int b = 0;
            int c = 0;
            int d = 0;
            for (int level = 0; level < depth; level++) {
                a = 2 * a + 1 + exceeds(row[flatFeatures[n0 + a]], flatThresholds[n0 + a]);
                b = 2 * b + 1 + exceeds(row[flatFeatures[n1 + b]], flatThresholds[n1 + b]);
                c = 2 * c + 1 + exceeds(row[flatFeatures[n2 + c]], flatThresholds[n2 + c]);
                d = 2 * d + 1 + exceeds(row[flatFeatures[n3 + d]], flatThresholds[n3 + d]);
            }
            z += flatLeaves[leafs + a - internal];
            z += flatLeaves[leafs + size + b - internal];
            z += flatLeaves[leafs + 2 * size + c - internal];
            z += flatLeaves[leafs + 3 * size + d - internal];
        }
        for (; t < features.length; t++, nodes += internal, leafs += size) {
            int node = 0;
            for (int level = 0; level < depth; level++) {
                node = 2 * node + 1 + exceeds(row[flatFeatures[nodes + node]], flatThresholds[nodes + node]);
            }
            z += flatLeaves[leafs + node - internal];
        }
        return z;
    }

    /** 1 when {@code value > threshold}, else 0, for a value that is not NaN and a finite threshold not -0.0. */
    private static int exceeds(double value, double threshold) {
        return (int) (Double.doubleToRawLongBits(threshold - value) >>> 63);
    }

    /** {@link #logit} by comparisons on the trees as given, one tree at a time. */
    private double logitComparing(double[] row) {
        double z = base;
        for (int t = 0; t < features.length; t++) {
            int node = 0;
            for (int level = 0; level < depth; level++) {
                int f = features[t][node];
                node = 2 * node + (f >= 0 && row[f] > thresholds[t][node] ? 2 : 1);
            }
            z += leaves[t][node - features[t].length];
        }
        return z;
    }

    /**
     * Text form: '#' header lines, {@code base}, {@code depth}, then one line per tree: {@code tree}, its
     * internal nodes as {@code feature:threshold} ({@code -} for none) in breadth-first order, its leaves.
     * Thresholds are written exactly (shortest round-trip form): a row equal to a threshold must go left.
     */
    public String format(List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append("# ").append(h).append('\n'));
        out.append(String.format(Locale.ROOT, "base\t%.6f%ndepth\t%d%n", base, depth));
        for (int t = 0; t < features.length; t++) {
            out.append("tree");
            for (int node = 0; node < features[t].length; node++) {
                out.append('\t').append(features[t][node] < 0 ? "-"
                        : SentenceFeatures.NAMES.get(features[t][node]) + ":" + thresholds[t][node]);
            }
            for (double leaf : leaves[t]) {
                out.append('\t').append(String.format(Locale.ROOT, "%.6g", leaf));
            }
            out.append('\n');
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /** Reads what {@link #format} writes. */
    public static BoostedTreeSentenceModel parse(List<String> lines) {
        double base = Double.NaN;
        int depth = -1;
        List<int[]> features = new ArrayList<>();
        List<double[]> thresholds = new ArrayList<>();
        List<double[]> leaves = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            switch (cols[0]) {
                case "base" -> base = Double.parseDouble(cols[1]);
                case "depth" -> depth = Integer.parseInt(cols[1]);
                case "tree" -> {
                    if (depth < 0 || cols.length != 1 + (2 << depth) - 1) {
                        throw new IllegalArgumentException("bad tree line (depth " + depth + "): " + line);
                    }
                    int internal = (1 << depth) - 1;
                    int[] f = new int[internal];
                    double[] th = new double[internal];
                    double[] leaf = new double[internal + 1];
                    for (int node = 0; node < internal; node++) {
                        String c = cols[1 + node];
                        int colon = c.lastIndexOf(':');
                        f[node] = c.equals("-") ? -1 : SentenceFeatures.NAMES.indexOf(c.substring(0, colon));
                        if (!c.equals("-") && f[node] < 0) {
                            throw new IllegalArgumentException("unknown feature in " + c);
                        }
                        th[node] = c.equals("-") ? 0 : Double.parseDouble(c.substring(colon + 1));
                    }
                    for (int l = 0; l <= internal; l++) {
                        leaf[l] = Double.parseDouble(cols[1 + internal + l]);
                    }
                    features.add(f);
                    thresholds.add(th);
                    leaves.add(leaf);
                }
                default -> throw new IllegalArgumentException("bad model line: " + line);
            }
        }
        if (Double.isNaN(base) || depth < 0) {
            throw new IllegalArgumentException("model lacks its base or depth");
        }
        return new BoostedTreeSentenceModel(base, depth, features.toArray(int[][]::new),
                thresholds.toArray(double[][]::new), leaves.toArray(double[][]::new));
    }

    private static final class Holder {
        static final BoostedTreeSentenceModel STANDARD = parse(WordList.read(RESOURCE));
    }
}
