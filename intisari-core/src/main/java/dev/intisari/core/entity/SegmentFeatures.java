package dev.intisari.core.entity;

/**
 * Features of a whole candidate name (a segment of one to {@link #MAX_LENGTH} words) for semi-Markov decoding
 * ({@link SemiMarkovDecoder}): the phrase itself, its length, its first and last word, the words just before
 * and after it (alone, with the length, joined to the name's edge words), the capitalisation kinds of its words
 * in order, and the 256-classes of its edges and of its neighbours. What a word-by-word tagger sees only through
 * one word at a time ("a name of four words that opens with "piala" and closes with a year", "a phrase seen whole
 * as a dish") is one feature here. Each is a hashed row of {@code 2^bits}, one weight per entity type.
 * Per-data-set models only ({@link TrainerConfig#segmentBits}).
 */
final class SegmentFeatures {
    /** The longest name the decoder considers. */
    static final int MAX_LENGTH = 8;
    /** Rows per segment. */
    static final int ROWS = 13;
    private static final long BOUNDARY = TokenHash.lower("<s>");
    private static final long BOUNDARY_END = TokenHash.lower("</s>");

    private SegmentFeatures() {
    }

    /**
     * The rows of every segment of the sentence: segment (start {@code i}, length {@code k}) uses
     * {@code ROWS} entries from {@code (i * MAX_LENGTH + k - 1) * ROWS}; segments past the sentence end are left 0
     * (never read).
     */
    static int[] rows(NerFeatures features, NerFeatures.Words w, int n, int bits) {
        int shift = 64 - bits;
        int[] rows = new int[n * MAX_LENGTH * ROWS];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            classes[i] = features.edgeClass(w, i);
        }
        for (int i = 0; i < n; i++) {
            long before = i > 0 ? w.lower[i - 1] : BOUNDARY;
            int kindBefore = i > 0 ? w.kind[i - 1] : 0;
            int classBefore = i > 0 ? classes[i - 1] : 1024;
            long phrase = TokenHash.SEED;
            long kinds = TokenHash.SEED;
            for (int k = 1; k <= MAX_LENGTH && i + k <= n; k++) {
                int j = i + k - 1;
                phrase = TokenHash.combine(phrase, w.lower[j]);
                kinds = TokenHash.combine(kinds, w.kind[j]);
                long after = j + 1 < n ? w.lower[j + 1] : BOUNDARY_END;
                int kindAfter = j + 1 < n ? w.kind[j + 1] : 0;
                int classAfter = j + 1 < n ? classes[j + 1] : 1024;
                int c = (i * MAX_LENGTH + k - 1) * ROWS;
                rows[c++] = row(shift, 200, phrase);
                rows[c++] = row(shift, 201, k);
                rows[c++] = row(shift, 202, w.lower[i]);
                rows[c++] = row(shift, 203, w.lower[j]);
                rows[c++] = row(shift, 204, before);
                rows[c++] = row(shift, 205, after);
                rows[c++] = row(shift, 206, TokenHash.combine(before, k));
                rows[c++] = row(shift, 207, TokenHash.combine(w.lower[j], after));
                rows[c++] = row(shift, 208, TokenHash.combine(before, w.lower[i]));
                rows[c++] = row(shift, 209, TokenHash.combine(kinds, kindBefore * 8L + kindAfter));
                rows[c++] = row(shift, 210, (classes[i] * 2048L + classes[j]) * 8 + Math.min(k, 4));
                rows[c++] = row(shift, 211, classBefore * 2048L + classAfter);
                rows[c++] = row(shift, 212, TokenHash.combine(w.lower[i], k));
            }
        }
        return rows;
    }

    /** Per segment and type, the summed weights of its rows ({@link SemiMarkovDecoder#decode}'s {@code segments}). */
    static float[] scores(int[] rows, int n, int types, float[] weights) {
        float[] out = new float[n * MAX_LENGTH * types];
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= MAX_LENGTH && i + k <= n; k++) {
                int s = i * MAX_LENGTH + k - 1;
                for (int f = 0; f < ROWS; f++) {
                    int r = rows[s * ROWS + f] * types;
                    for (int t = 0; t < types; t++) {
                        out[s * types + t] += weights[r + t];
                    }
                }
            }
        }
        return out;
    }

    /**
     * The perceptron step on whole segments: each name of the gold path that the decoding lacks (same start,
     * length and type) has its segment rows rewarded for its type, each name of the decoding that the gold path
     * lacks penalised. Each type's step is {@code stepOf} of its B- tag. Names longer than {@link #MAX_LENGTH} have no segment rows.
     */
    static void update(int types, float[] sw, float[] sAcc, int[] segRows, int[] gold, int[] pred, long step, float[] stepOf) {
        java.util.List<int[]> g = segments(gold);
        java.util.List<int[]> p = segments(pred);
        for (int[] s : g) {
            if (!contains(p, s)) {
                addSegment(types, sw, sAcc, segRows, s, stepOf[2 * s[2] + 1], step);
            }
        }
        for (int[] s : p) {
            if (!contains(g, s)) {
                addSegment(types, sw, sAcc, segRows, s, -stepOf[2 * s[2] + 1], step);
            }
        }
    }

    /** The names of a tag path as (start, length, type), type 0 for the first entity type. */
    static java.util.List<int[]> segments(int[] tags) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] % 2 == 1) {
                int end = i + 1;
                while (end < tags.length && tags[end] == tags[i] + 1) {
                    end++;
                }
                out.add(new int[] {i, end - i, (tags[i] - 1) / 2});
            }
        }
        return out;
    }

    private static boolean contains(java.util.List<int[]> segments, int[] s) {
        for (int[] o : segments) {
            if (java.util.Arrays.equals(o, s)) {
                return true;
            }
        }
        return false;
    }

    private static void addSegment(int types, float[] sw, float[] sAcc, int[] segRows, int[] s, float sign, long step) {
        if (s[1] > MAX_LENGTH) {
            return;
        }
        int at = (s[0] * MAX_LENGTH + s[1] - 1) * ROWS;
        for (int f = 0; f < ROWS; f++) {
            int r = segRows[at + f] * types + s[2];
            sw[r] += sign;
            sAcc[r] += sign * step;
        }
    }

    private static int row(int shift, int template, long value) {
        return (int) (TokenHash.combine(template, value) >>> shift);
    }
}
