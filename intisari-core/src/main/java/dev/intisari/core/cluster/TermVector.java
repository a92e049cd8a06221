package dev.intisari.core.cluster;

import java.io.Serializable;

/**
 * An article's unit term (or entity) vector: parallel arrays of {@link TermCounts} keys and weights, the
 * heaviest first-come in no particular order, without duplicates. Immutable once made.
 */
final class TermVector implements Serializable {
    private static final long serialVersionUID = 1L;
    static final TermVector EMPTY = new TermVector(new long[0], new double[0], 0);
    final long[] keys;
    final double[] weights;
    final int size;

    TermVector(long[] keys, double[] weights, int size) {
        this.keys = keys;
        this.weights = weights;
        this.size = size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The dot product with a centroid (0 for keys it lacks). */
    double dot(LongDoubleMap centroid) {
        double dot = 0;
        for (int i = 0; i < size; i++) {
            double w = centroid.get(keys[i]);
            if (w == w) {
                dot += weights[i] * w;
            }
        }
        return dot;
    }

    /** The sum of the weights of the keys also in {@code centroid}. */
    double sharedWeight(LongDoubleMap centroid) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            double w = centroid.get(keys[i]);
            if (w == w) {
                sum += weights[i];
            }
        }
        return sum;
    }

    /** Whether at least {@code n} keys are also in {@code centroid} (stops counting at {@code n}). */
    boolean sharesAtLeast(LongDoubleMap centroid, int n) {
        int found = 0;
        for (int i = 0; i < size && found < n; i++) {
            if (centroid.containsKey(keys[i])) {
                found++;
            }
        }
        return found >= n;
    }

    /** The dot product with another (small) vector. */
    double dot(TermVector other) {
        double dot = 0;
        for (int i = 0; i < size; i++) {
            long k = keys[i];
            for (int j = 0; j < other.size; j++) {
                if (other.keys[j] == k) {
                    dot += weights[i] * other.weights[j];
                    break;
                }
            }
        }
        return dot;
    }
}
