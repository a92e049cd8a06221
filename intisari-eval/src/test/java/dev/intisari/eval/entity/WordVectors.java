package dev.intisari.eval.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Dense word vectors by a truncated SVD of a positional PPMI matrix: each lowercased word seen at least
 * {@code minCount} times is a row of PPMI values against the {@link #CONTEXTS} commonest words at -2, -1, +1
 * and +2 (context counts smoothed by the power 0.75), and the matrix is reduced to its leading singular
 * directions by a randomized range finder (Halko, Martinsson and Tropp 2011: a Gaussian test matrix, two power
 * steps with re-orthonormalisation, then the exact SVD of the small projected matrix). A word's vector is its
 * row of U scaled by the square root of the singular values, normalised to unit length. Deterministic for a
 * given corpus and seed.
 *
 * <p>From the vectors: spherical k-means classes ({@link #classes}) and each leading dimension read as a sign
 * ({@link #signs}: +, - or 0 where the value is nearer zero than the mean of that dimension's values of the same
 * sign; the binarisation of Guo, Che, Wang and Liu 2014).
 */
final class WordVectors {
    /** Context words (per offset) the PPMI is measured against. */
    static final int CONTEXTS = 10_000;
    private static final int OVERSAMPLE = 16;
    private static final int POWER_STEPS = 2;

    private final List<String> words;
    private final float[][] vectors;

    private WordVectors(List<String> words, float[][] vectors) {
        this.words = words;
        this.vectors = vectors;
    }

    List<String> words() {
        return words;
    }

    /** The vectors of {@link #words}, in that order, each of unit length. */
    float[][] vectors() {
        return vectors;
    }

    static WordVectors build(List<List<String>> sentences, int minCount, int dims, long seed) {
        FrequentWords frequent = FrequentWords.of(sentences, minCount);
        List<String> vocab = frequent.words();
        Map<String, Integer> index = frequent.index();
        int v = vocab.size();
        int contexts = Math.min(CONTEXTS, v);
        int columns = 4 * contexts;
        PositionalCounts counts = PositionalCounts.of(sentences, index, v, contexts);
        List<Map<Integer, Integer>> co = counts.rows();
        long[] columnTotal = counts.columnTotal();
        double smoothedTotal = 0;
        for (long n : columnTotal) {
            smoothedTotal += Math.pow(n, 0.75);
        }
        int[][] cols = new int[v][];
        float[][] vals = new float[v][];
        for (int w = 0; w < v; w++) {
            long rowTotal = 0;
            for (int n : co.get(w).values()) {
                rowTotal += n;
            }
            int[] c = new int[co.get(w).size()];
            float[] x = new float[c.length];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : co.get(w).entrySet()) {
                double pmi = Math.log(e.getValue() / (double) rowTotal
                        / (Math.pow(columnTotal[e.getKey()], 0.75) / smoothedTotal));
                if (pmi > 0) {
                    c[k] = e.getKey();
                    x[k++] = (float) pmi;
                }
            }
            cols[w] = Arrays.copyOf(c, k);
            vals[w] = Arrays.copyOf(x, k);
            co.set(w, null);
        }
        return new WordVectors(vocab, truncatedSvd(cols, vals, columns, dims, seed));
    }

    /** The rows of U·sqrt(S) of the rank-{@code dims} SVD of the sparse matrix, each normalised. */
    private static float[][] truncatedSvd(int[][] cols, float[][] vals, int columns, int dims, long seed) {
        int v = cols.length;
        int l = dims + OVERSAMPLE;
        Random random = new Random(seed);
        double[][] omega = new double[columns][l];
        for (double[] row : omega) {
            for (int j = 0; j < l; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] y = times(cols, vals, omega, l);
        orthonormalise(y, l);
        for (int step = 0; step < POWER_STEPS; step++) {
            double[][] z = transposeTimes(cols, vals, y, columns, l);
            orthonormalise(z, l);
            y = times(cols, vals, z, l);
            orthonormalise(y, l);
        }
        // B = Q^T A (l x columns) is held as its transpose; B B^T = (Q^T A)(A^T Q), l x l.
        double[][] bt = transposeTimes(cols, vals, y, columns, l);
        double[][] gram = new double[l][l];
        for (double[] row : bt) {
            for (int a = 0; a < l; a++) {
                if (row[a] == 0) {
                    continue;
                }
                for (int b = a; b < l; b++) {
                    gram[a][b] += row[a] * row[b];
                }
            }
        }
        for (int a = 0; a < l; a++) {
            for (int b = 0; b < a; b++) {
                gram[a][b] = gram[b][a];
            }
        }
        double[] eigenvalues = new double[l];
        double[][] eigenvectors = jacobi(gram, eigenvalues);
        Integer[] order = new Integer[l];
        for (int j = 0; j < l; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(eigenvalues[b], eigenvalues[a]));
        float[][] out = new float[v][dims];
        for (int d = 0; d < dims; d++) {
            int e = order[d];
            // singular value s = sqrt(eigenvalue); U column = Q u; the weight is sqrt(s).
            double weight = Math.pow(Math.max(eigenvalues[e], 0), 0.25);
            for (int w = 0; w < v; w++) {
                double u = 0;
                for (int j = 0; j < l; j++) {
                    u += y[w][j] * eigenvectors[j][e];
                }
                out[w][d] = (float) (u * weight);
            }
        }
        for (int d = 0; d < dims; d++) {
            // a fixed sign per direction: the larger half of its mass positive
            double sum = 0;
            for (float[] row : out) {
                sum += row[d] * Math.abs(row[d]);
            }
            if (sum < 0) {
                for (float[] row : out) {
                    row[d] = -row[d];
                }
            }
        }
        for (float[] row : out) {
            WordClusters.normalise(row);
        }
        return out;
    }

    /** A·M for sparse A (rows {@code cols}/{@code vals}) and dense M of {@code l} columns. */
    private static double[][] times(int[][] cols, float[][] vals, double[][] m, int l) {
        double[][] out = new double[cols.length][l];
        IntStream.range(0, cols.length).parallel().forEach(w -> {
            double[] o = out[w];
            for (int k = 0; k < cols[w].length; k++) {
                double x = vals[w][k];
                double[] r = m[cols[w][k]];
                for (int j = 0; j < l; j++) {
                    o[j] += x * r[j];
                }
            }
        });
        return out;
    }

    /** A^T·M for sparse A and dense M (one row per row of A). */
    private static double[][] transposeTimes(int[][] cols, float[][] vals, double[][] m, int columns, int l) {
        double[][] out = new double[columns][l];
        for (int w = 0; w < cols.length; w++) {
            double[] r = m[w];
            for (int k = 0; k < cols[w].length; k++) {
                double x = vals[w][k];
                double[] o = out[cols[w][k]];
                for (int j = 0; j < l; j++) {
                    o[j] += x * r[j];
                }
            }
        }
        return out;
    }

    /** Modified Gram-Schmidt over the {@code l} columns of a tall matrix. */
    private static void orthonormalise(double[][] m, int l) {
        for (int j = 0; j < l; j++) {
            for (int p = 0; p < j; p++) {
                double dot = 0;
                for (double[] row : m) {
                    dot += row[j] * row[p];
                }
                for (double[] row : m) {
                    row[j] -= dot * row[p];
                }
            }
            double norm = 0;
            for (double[] row : m) {
                norm += row[j] * row[j];
            }
            double inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (double[] row : m) {
                row[j] *= inv;
            }
        }
    }

    /** Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations; columns of the result. */
    private static double[][] jacobi(double[][] a, double[] eigenvalues) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        double[][] vecs = new double[n][n];
        for (int i = 0; i < n; i++) {
            vecs[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += m[p][q] * m[p][q];
                }
            }
            if (off < 1e-20) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(m[p][q]) < 1e-30) {
                        continue;
                    }
                    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double mkp = m[k][p];
                        double mkq = m[k][q];
                        m[k][p] = c * mkp - s * mkq;
                        m[k][q] = s * mkp + c * mkq;
                    }
                    for (int k = 0; k < n; k++) {
                        double mpk = m[p][k];
                        double mqk = m[q][k];
                        m[p][k] = c * mpk - s * mqk;
                        m[q][k] = s * mpk + c * mqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vecs[k][p];
                        double vkq = vecs[k][q];
                        vecs[k][p] = c * vkp - s * vkq;
                        vecs[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            eigenvalues[i] = m[i][i];
        }
        return vecs;
    }

    /** Spherical k-means classes, centroids seeded with the k commonest words. */
    int[] classes(int k) {
        return WordClusters.kmeans(vectors, Math.min(k, vectors.length));
    }

    /**
     * Each word's first {@code count} dimensions as signs: '+' where the value is at least the mean of the
     * dimension's positive values, '-' where at most the mean of its negative values, '0' otherwise.
     */
    String[] signs(int count) {
        double[] up = new double[count];
        double[] down = new double[count];
        for (int d = 0; d < count; d++) {
            double sumUp = 0;
            double sumDown = 0;
            int nUp = 0;
            int nDown = 0;
            for (float[] row : vectors) {
                if (row[d] > 0) {
                    sumUp += row[d];
                    nUp++;
                } else if (row[d] < 0) {
                    sumDown += row[d];
                    nDown++;
                }
            }
            up[d] = nUp == 0 ? Double.MAX_VALUE : sumUp / nUp;
            down[d] = nDown == 0 ? -Double.MAX_VALUE : sumDown / nDown;
        }
        String[] out = new String[vectors.length];
        char[] s = new char[count];
        for (int w = 0; w < vectors.length; w++) {
            for (int d = 0; d < count; d++) {
                float x = vectors[w][d];
                s[d] = x >= up[d] ? '+' : x <= down[d] ? '-' : '0';
            }
            out[w] = new String(s);
        }
        return out;
    }

    /** The {@code k} words nearest to {@code word} by cosine (for reading the vectors), empty when unknown. */
    List<String> nearest(String word, int k) {
        int at = words.indexOf(word);
        if (at < 0) {
            return List.of();
        }
        Integer[] order = new Integer[vectors.length];
        float[] sim = new float[vectors.length];
        for (int w = 0; w < vectors.length; w++) {
            order[w] = w;
            for (int d = 0; d < vectors[w].length; d++) {
                sim[w] += vectors[w][d] * vectors[at][d];
            }
        }
        Arrays.sort(order, (a, b) -> Float.compare(sim[b], sim[a]));
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= k && i < order.length; i++) {
            out.add(words.get(order[i]));
        }
        return out;
    }


}
