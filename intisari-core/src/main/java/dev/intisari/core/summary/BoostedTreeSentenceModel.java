package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** The same trees laid out flat, tree after tree, for {@link #logit}: one array read per node. */
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
            for (int node = 0; node < internal; node++) {
                boolean splits = features[t][node] >= 0;
                // a node without a feature reads column 0 against +infinity: no value exceeds it, so left
                flatFeatures[t * internal + node] = splits ? features[t][node] : 0;
                flatThresholds[t * internal + node] = splits ? thresholds[t][node] : Double.POSITIVE_INFINITY;
            }
            System.arraycopy(leaves[t], 0, flatLeaves, t * (internal + 1), internal + 1);
        }
    }

    /** The shipped model, read once. */
    public static BoostedTreeSentenceModel standard() {
        return Holder.STANDARD;
    }

    @Override
    public double[] probabilities(double[][] rows) {
        double[] out = logits(rows);
        for (int i = 0; i < rows.length; i++) {
            out[i] = 1 / (1 + Math.exp(-out[i]));
        }
        return out;
    }

    /**
     * {@link #logit} of every row. The trees are walked four at a time over the rows, two rows side by side: eight
     * independent walks for the processor to overlap, over one group's nodes while every row passes them. Each row's
     * leaves are added in tree order, as {@link #logit} adds them, so every sum is the same to the last bit.
     */
    private double[] logits(double[][] rows) {
        int m = rows.length;
        double[] z = new double[m];
        Arrays.fill(z, base);
        int internal = (1 << depth) - 1;
        int size = internal + 1;
        int t = 0;
        int nodes = 0;
        int leafs = 0;
        for (; t + 4 <= features.length; t += 4, nodes += 4 * internal, leafs += 4 * size) {
            int r = 0;
            for (; r + 2 <= m; r += 2) {
                fourTreesTwoRows(rows[r], rows[r + 1], nodes, leafs, z, r);
            }
            if (r < m) {
                z[r] = fourTrees(rows[r], nodes, leafs, z[r]);
            }
        }
        for (; t < features.length; t++, nodes += internal, leafs += size) {
            for (int r = 0; r < m; r++) {
                z[r] += flatLeaves[leafs + leaf(rows[r], nodes) - internal];
            }
        }
        return z;
    }

    /** Adds to {@code z[r]} and {@code z[r + 1]} the leaves of the four trees from {@code nodes}, in tree order. */
    private void fourTreesTwoRows(double[] x, double[] y, int nodes, int leafs, double[] z, int r) {
        int internal = (1 << depth) - 1;
        int size = internal + 1;
        int n0 = nodes;
        int n1 = n0 + internal;
        int n2 = n1 + internal;
        int n3 = n2 + internal;
        int a = 0;
        int b = 0;
        int c = 0;
        int d = 0;
        int e = 0;
        int f = 0;
        int g = 0;
        int h = 0;
        for (int level = 0; level < depth; level++) {
            a = 2 * a + (x[flatFeatures[n0 + a]] > flatThresholds[n0 + a] ? 2 : 1);
            b = 2 * b + (x[flatFeatures[n1 + b]] > flatThresholds[n1 + b] ? 2 : 1);
            c = 2 * c + (x[flatFeatures[n2 + c]] > flatThresholds[n2 + c] ? 2 : 1);
            d = 2 * d + (x[flatFeatures[n3 + d]] > flatThresholds[n3 + d] ? 2 : 1);
            e = 2 * e + (y[flatFeatures[n0 + e]] > flatThresholds[n0 + e] ? 2 : 1);
            f = 2 * f + (y[flatFeatures[n1 + f]] > flatThresholds[n1 + f] ? 2 : 1);
            g = 2 * g + (y[flatFeatures[n2 + g]] > flatThresholds[n2 + g] ? 2 : 1);
            h = 2 * h + (y[flatFeatures[n3 + h]] > flatThresholds[n3 + h] ? 2 : 1);
        }
        z[r] = plusLeaves(z[r], leafs - internal, size, a, b, c, d);
        z[r + 1] = plusLeaves(z[r + 1], leafs - internal, size, e, f, g, h);
    }

    /**
     * {@code z} plus the leaves reached in four consecutive trees ({@code a} … {@code d}: each tree's node index past
     * its internal nodes, {@code base} = the first tree's leaves less the internal count), added in tree order.
     */
    private double plusLeaves(double z, int base, int size, int a, int b, int c, int d) {
        return z + flatLeaves[base + a] + flatLeaves[base + size + b] + flatLeaves[base + 2 * size + c]
                + flatLeaves[base + 3 * size + d];
    }

    /** {@code z} plus the leaves of the four trees from {@code nodes} for {@code row}, added in tree order. */
    private double fourTrees(double[] row, int nodes, int leafs, double z) {
        int internal = (1 << depth) - 1;
        int size = internal + 1;
        int n0 = nodes;
        int n1 = n0 + internal;
        int n2 = n1 + internal;
        int n3 = n2 + internal;
        int a = 0;
        int b = 0;
        int c = 0;
        int d = 0;
        for (int level = 0; level < depth; level++) {
            a = 2 * a + (row[flatFeatures[n0 + a]] > flatThresholds[n0 + a] ? 2 : 1);
            b = 2 * b + (row[flatFeatures[n1 + b]] > flatThresholds[n1 + b] ? 2 : 1);
            c = 2 * c + (row[flatFeatures[n2 + c]] > flatThresholds[n2 + c] ? 2 : 1);
            d = 2 * d + (row[flatFeatures[n3 + d]] > flatThresholds[n3 + d] ? 2 : 1);
        }
        return plusLeaves(z, leafs - internal, size, a, b, c, d);
    }

    /** The leaf (numbered from {@code internal}, as a node) that {@code row} reaches in the tree from {@code nodes}. */
    private int leaf(double[] row, int nodes) {
        int node = 0;
        for (int level = 0; level < depth; level++) {
            node = 2 * node + (row[flatFeatures[nodes + node]] > flatThresholds[nodes + node] ? 2 : 1);
        }
        return node;
    }

    /**
     * The log-odds of one row. Four trees are walked side by side (their walks are independent, so the
     * processor overlaps them), and their leaves are added in tree order: the same sum as one tree at a time.
     */
    public double logit(double[] row) {
        double z = base;
        int internal = (1 << depth) - 1;
        int size = internal + 1;
        int t = 0;
        int nodes = 0;
        int leafs = 0;
        for (; t + 4 <= features.length; t += 4, nodes += 4 * internal, leafs += 4 * size) {
            z = fourTrees(row, nodes, leafs, z);
        }
        for (; t < features.length; t++, nodes += internal, leafs += size) {
            z += flatLeaves[leafs + leaf(row, nodes) - internal];
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
