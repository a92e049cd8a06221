package dev.intisari.core.summary;

import java.util.Arrays;

/**
 * The TF-IDF weighting of one article's sentences for {@link SentenceSet}: the sorted distinct term ids of all its
 * sentences, each sentence's terms as ranks among them, and the sentences' unit-length vectors, whose IDF counts the
 * article's own sentences. Every array is indexed by rank, not id, so that ids of a story's vocabulary (far larger
 * than one article's) cost what the article's own would.
 */
final class TermWeights {
    /** The sorted distinct term ids of all sentences. */
    private final int[] present;
    /** {@code local[i][k]}: the rank of sentence {@code i}'s {@code k}-th term id in {@link #present}. */
    private final int[][] local;
    private final double[][] weights;

    /**
     * The weighting of sentences with sorted distinct term ids {@code terms} and their counts ({@code occurrences}:
     * the sum of the lengths).
     */
    TermWeights(int[][] terms, int[][] counts, int occurrences) {
        present = present(terms, occurrences);
        local = local(terms, present);
        weights = weights(terms, counts, local, present.length);
    }

    /**
     * TF-IDF vectors of the sentences, unit length. Every array here is indexed by a term's rank among the
     * article's own terms: the caller's ids may come from a story's vocabulary, far larger than one article's;
     * ranks keep the ids' order, so every sum adds its terms in the same order as it would by id.
     */
    private static double[][] weights(int[][] terms, int[][] counts, int[][] local, int distinct) {
        int n = terms.length;
        int[] df = new int[distinct];
        for (int[] t : local) {
            for (int id : t) {
                df[id]++;
            }
        }
        double[] idf = new double[distinct];
        for (int id = 0; id < distinct; id++) {
            idf[id] = Math.log(1.0 + (double) n / df[id]);
        }
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] w = new double[terms[i].length];
            double norm = 0;
            for (int k = 0; k < w.length; k++) {
                w[k] = (counts[i][k] == 1 ? 1 : 1 + Math.log(counts[i][k])) * idf[local[i][k]];
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < w.length && norm > 0; k++) {
                w[k] /= norm;
            }
            weights[i] = w;
        }
        return weights;
    }

    /** The sorted distinct ids of {@code terms} ({@code occurrences}: the sum of their lengths). */
    private static int[] present(int[][] terms, int occurrences) {
        int maxId = -1;
        for (int[] t : terms) {
            maxId = t.length == 0 ? maxId : Math.max(maxId, t[t.length - 1]);
        }
        if (maxId < 4L * occurrences) {
            // ids of an article's own vocabulary: marked in an array as long as the id range
            boolean[] seen = new boolean[maxId + 1];
            int distinct = 0;
            for (int[] t : terms) {
                for (int id : t) {
                    distinct += seen[id] ? 0 : 1;
                    seen[id] = true;
                }
            }
            int[] out = new int[distinct];
            for (int id = 0, k = 0; k < distinct; id++) {
                if (seen[id]) {
                    out[k++] = id;
                }
            }
            return out;
        }
        // ids spread over a story's vocabulary: sorted, so the cost follows the article, not the story
        int[] all = new int[occurrences];
        int k = 0;
        for (int[] t : terms) {
            System.arraycopy(t, 0, all, k, t.length);
            k += t.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (distinct == 0 || all[distinct - 1] != all[i]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /** Every term of {@code terms} as its rank in {@code present} (the sorted distinct ids of all of them). */
    private static int[][] local(int[][] terms, int[] present) {
        int maxId = present.length == 0 ? -1 : present[present.length - 1];
        int[] rankOf = maxId < 4L * present.length ? new int[maxId + 1] : null;
        for (int r = 0; rankOf != null && r < present.length; r++) {
            rankOf[present[r]] = r;
        }
        int[][] out = new int[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            int[] t = terms[i];
            int[] ranks = new int[t.length];
            for (int k = 0; k < t.length; k++) {
                ranks[k] = rankOf != null ? rankOf[t[k]] : Arrays.binarySearch(present, t[k]);
            }
            out[i] = ranks;
        }
        return out;
    }

    /** Cosine of the TF-IDF vectors of sentences {@code i} and {@code j}. */
    double cosine(int i, int j) {
        // ranks keep the ids' order: the same pairs met in the same order as by id
        int[] a = local[i];
        int[] b = local[j];
        double[] wa = weights[i];
        double[] wb = weights[j];
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                dot += wa[x++] * wb[y++];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot;
    }

    /**
     * Cosines of every pair of sentences, symmetric, with a zero diagonal, written into {@code m} (as many rows as
     * sentences, each at least that long: every cell of the first {@code n} columns is written, the diagonal too).
     * Sentence {@code i}'s weights are spread into a dense vector once and every later sentence reads its own terms
     * from it: the same sums as {@link #cosine}, term by term in id order (absent terms add zero), without a merge
     * per pair.
     */
    double[][] similarities(double[][] m) {
        int n = local.length;
        double[] dense = new double[present.length];
        for (int i = 0; i < n; i++) {
            int[] a = local[i];
            double[] wa = weights[i];
            for (int x = 0; x < a.length; x++) {
                dense[a[x]] = wa[x];
            }
            for (int j = i + 1; j < n; j++) {
                int[] b = local[j];
                double[] wb = weights[j];
                double dot = 0;
                for (int y = 0; y < b.length; y++) {
                    dot += dense[b[y]] * wb[y];
                }
                m[i][j] = dot;
                m[j][i] = dot;
            }
            m[i][i] = 0;
            for (int t : a) {
                dense[t] = 0;
            }
        }
        return m;
    }

    /** Cosine of sentence {@code i} with the sum of all sentence vectors (the article's centroid). */
    double[] centroidSimilarity() {
        double[] centroid = new double[present.length];
        for (int i = 0; i < local.length; i++) {
            for (int k = 0; k < local[i].length; k++) {
                centroid[local[i][k]] += weights[i][k];
            }
        }
        // the squares in id order, as a pass over a whole id-indexed array would add them (absent ids add zero)
        double norm = 0;
        for (double c : centroid) {
            norm += c * c;
        }
        norm = Math.sqrt(norm);
        double[] out = new double[local.length];
        for (int i = 0; i < local.length && norm > 0; i++) {
            double dot = 0;
            for (int k = 0; k < local[i].length; k++) {
                dot += weights[i][k] * centroid[local[i][k]];
            }
            out[i] = dot / norm;
        }
        return out;
    }
}
