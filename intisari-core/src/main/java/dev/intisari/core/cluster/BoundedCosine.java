package dev.intisari.core.cluster;

/**
 * An article's unit term vector made ready for many cosines with story centroids, each of which may stop as soon as
 * it cannot reach a given value: the terms are probed heaviest first, and after each probe the cosine still to come is
 * bounded by Cauchy-Schwarz (the norm of the article's terms not yet probed, times the share of the centroid's norm
 * not yet met). A cosine that is finished is the very number {@link StoryCentroid#cosine} gives: the weights found are
 * summed afterwards in the vector's own order, as {@link TermVector#dot(LongDoubleMap)} sums them.
 */
final class BoundedCosine {
    /** Returned by {@link #cosine} for a centroid whose cosine is below the value asked for. */
    static final double BELOW = -1;
    /**
     * Slack on the dot product's scale, relative to the centroid's norm, against the rounding of the bound and of a
     * centroid's cached norm (both some 1e-15 relative): a cosine is given up only when its bound is this far below.
     */
    private static final double SLACK = 1e-7;
    private final TermVector unit;
    /** The vector's positions, heaviest first. */
    private final int[] order;
    /** {@code rest[k]}: the sum of the squared weights from the {@code k}-th heaviest on. */
    private final double[] rest;
    /** The weights found in the centroid being read, by the vector's positions (NaN: absent). */
    private final double[] found;

    BoundedCosine(TermVector unit) {
        this.unit = unit;
        int n = unit.size;
        order = new int[n];
        for (int i = 0; i < n; i++) {
            int at = i;
            while (at > 0 && unit.weights[order[at - 1]] < unit.weights[i]) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        rest = new double[n + 1];
        for (int k = n - 1; k >= 0; k--) {
            double w = unit.weights[order[k]];
            rest[k] = rest[k + 1] + w * w;
        }
        found = new double[n];
    }

    /**
     * The cosine of the vector with {@code centroid} of norm {@code norm}, as {@link StoryCentroid#cosine} gives it, or
     * {@link #BELOW} when it is certainly below {@code least}.
     */
    double cosine(LongDoubleMap centroid, double norm, double least) {
        int n = unit.size;
        if (norm == 0 || n == 0) {
            return 0 < least ? BELOW : 0;
        }
        // on the dot product's scale: the centroid's squared norm (a little more, for its cached norm's rounding)
        double need = least * norm - SLACK * norm;
        double squared = norm * norm * (1 + 1e-9);
        double partial = 0;
        double met = 0;
        for (int k = 0; k < n; k++) {
            double short_ = need - partial;
            if (short_ > 0 && rest[k] * Math.max(0, squared - met) < short_ * short_) {
                return BELOW;
            }
            int i = order[k];
            double w = centroid.get(unit.keys[i]);
            found[i] = w;
            if (w == w) {
                partial += unit.weights[i] * w;
                met += w * w;
            }
        }
        if (partial < need) {
            return BELOW;
        }
        double dot = 0;
        for (int i = 0; i < n; i++) {
            double w = found[i];
            if (w == w) {
                dot += unit.weights[i] * w;
            }
        }
        return dot / norm;
    }
}
