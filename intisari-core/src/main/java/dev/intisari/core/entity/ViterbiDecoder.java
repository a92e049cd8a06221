package dev.intisari.core.entity;

/**
 * Exact first-order Viterbi over a tag-to-tag transition matrix ({@code (l + 1) * l} floats, row {@code l}
 * the sentence start). Built once per model: for each tag it keeps the tags that may precede it and the
 * transition scores from them side by side, so the inner loop reads two short arrays in order, and it keeps
 * only the previous position's scores (plus the back pointers). Ties go to the lowest preceding tag, as a
 * scan of every tag in order would give. Immutable and thread-safe.
 */
final class ViterbiDecoder {
    private final int l;
    /** Score of each tag at the sentence start. */
    private final float[] start;
    /** Per tag, the tags tried before it, ascending. */
    private final int[][] from;
    /** Per tag, the transition score from each of {@link #from}. */
    private final float[][] cost;

    /**
     * With {@code skipped} set, a move whose transition equals it is never tried (a forbidden move,
     * scored so low that it never wins: the path is the same); a tag with no other move tries them all.
     */
    private ViterbiDecoder(int l, float[] transitions, boolean skip, float skipped) {
        this.l = l;
        this.start = new float[l];
        System.arraycopy(transitions, l * l, start, 0, l);
        this.from = new int[l][];
        this.cost = new float[l][];
        for (int y = 0; y < l; y++) {
            int count = 0;
            for (int p = 0; p < l; p++) {
                if (!skip || transitions[p * l + y] != skipped) {
                    count++;
                }
            }
            boolean all = count == 0;
            from[y] = new int[all ? l : count];
            cost[y] = new float[from[y].length];
            int k = 0;
            for (int p = 0; p < l; p++) {
                if (all || !skip || transitions[p * l + y] != skipped) {
                    from[y][k] = p;
                    cost[y][k++] = transitions[p * l + y];
                }
            }
        }
    }

    /** A decoder trying every move. */
    static ViterbiDecoder allMoves(int l, float[] transitions) {
        return new ViterbiDecoder(l, transitions, false, 0);
    }

    /** A decoder that never tries a move scored exactly {@code forbidden}. */
    static ViterbiDecoder without(int l, float[] transitions, float forbidden) {
        return new ViterbiDecoder(l, transitions, true, forbidden);
    }

    /**
     * Exact first-order Viterbi whose move scores change from position to position: the move from tag
     * {@code p} at {@code i - 1} to tag {@code y} at {@code i} scores {@code transitions[p * l + y] +
     * edges[i * (l + 1) * l + p * l + y]} (position 0 reads the start row {@code l}). Moves whose base
     * transition is at or below {@code forbidden} are never tried (a tag with no other move tries them all);
     * ties go to the lowest preceding tag. For the per-data-set models with edge features.
     */
    static int[] decode(int l, float[] transitions, float[] edges, float[] emission, int n, float forbidden) {
        int block = (l + 1) * l;
        float[] previous = new float[l];
        float[] current = new float[l];
        int[] back = new int[n * l];
        for (int y = 0; y < l; y++) {
            previous[y] = transitions[l * l + y] + edges[l * l + y] + emission[y];
        }
        for (int i = 1; i < n; i++) {
            int at = i * l;
            int e = i * block;
            for (int y = 0; y < l; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int pass = 0; pass < 2 && best == Float.NEGATIVE_INFINITY; pass++) {
                    for (int p = 0; p < l; p++) {
                        float t = transitions[p * l + y];
                        if (pass == 0 && t <= forbidden) {
                            continue;
                        }
                        float s = previous[p] + t + edges[e + p * l + y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                current[y] = best + emission[at + y];
                back[at + y] = arg;
            }
            float[] swap = previous;
            previous = current;
            current = swap;
        }
        return path(previous, back, n, l);
    }

    /** The best tag sequence for {@code n} positions of emission scores ({@code n * l}, position-major). */
    int[] decode(float[] emission, int n) {
        float[] previous = new float[l];
        float[] current = new float[l];
        int[] back = new int[n * l];
        for (int y = 0; y < l; y++) {
            previous[y] = start[y] + emission[y];
        }
        for (int i = 1; i < n; i++) {
            int at = i * l;
            for (int y = 0; y < l; y++) {
                int[] f = from[y];
                float[] c = cost[y];
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int k = 0; k < f.length; k++) {
                    float s = previous[f[k]] + c[k];
                    if (s > best) {
                        best = s;
                        arg = f[k];
                    }
                }
                current[y] = best + emission[at + y];
                back[at + y] = arg;
            }
            float[] swap = previous;
            previous = current;
            current = swap;
        }
        return path(previous, back, n, l);
    }

    /** The path that ends in the best final score, read back through the back-pointers. */
    private static int[] path(float[] last, int[] back, int n, int l) {
        int tag = 0;
        for (int y = 1; y < l; y++) {
            if (last[y] > last[tag]) {
                tag = y;
            }
        }
        int[] path = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            path[i] = tag;
            tag = back[i * l + tag];
        }
        return path;
    }
}
