package dev.intisari.core.entity;

/**
 * Exact semi-Markov decoding over BIO tags: a sentence is cut into segments, each either one word tagged "O" or
 * a name of one type spanning one to {@code maxLength} words. A name's score is what the first-order model gives
 * its tags (B- then I-, with their emissions and moves) plus a score of the whole segment
 * ({@link SegmentFeatures}: the phrase, its length, its first and last word, the words around it). With every
 * segment score 0 and names no longer than {@code maxLength}, the best path is the first-order Viterbi path
 * over the allowed moves. Labels are in {@link PerceptronTrainer#labels} order: "O", then B-/I- per type.
 * Per-data-set models only (the product decodes with {@link ViterbiDecoder}).
 */
final class SemiMarkovDecoder {
    private SemiMarkovDecoder() {
    }

    /**
     * The best tag ids of {@code n} words.
     *
     * @param transitions {@code (l + 1) * l} move scores, row {@code l} the sentence start
     * @param edges       per position {@code (l + 1) * l} extra move scores ({@link PerceptronTagger#edgeSums}), or null
     * @param emission    {@code n * l} tag scores, position-major
     * @param segments    {@code n * maxLength * types} scores of the name of each type that starts at a word and has
     *                    each length ({@code (start * maxLength + length - 1) * types + type})
     */
    static int[] decode(int l, float[] transitions, float[] edges, float[] emission, int n, float[] segments,
                        int maxLength) {
        int types = (l - 1) / 2;
        int block = (l + 1) * l;
        float[] best = new float[n * l];
        int[] startOf = new int[n * l];
        int[] before = new int[n * l];
        java.util.Arrays.fill(best, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < 1 + types; y++) {
                int tag = y == 0 ? 0 : 2 * y - 1;
                float enter = Float.NEGATIVE_INFINITY;
                int from = l;
                if (i == 0) {
                    enter = move(transitions, edges, block, l, 0, l, tag);
                } else {
                    for (int p = 0; p < l; p++) {
                        float s = best[(i - 1) * l + p];
                        if (s == Float.NEGATIVE_INFINITY) {
                            continue;
                        }
                        s += move(transitions, edges, block, l, i, p, tag);
                        if (s > enter) {
                            enter = s;
                            from = p;
                        }
                    }
                }
                float score = enter + emission[i * l + tag];
                if (y == 0) {
                    keep(best, startOf, before, i * l, score, i, from);
                    continue;
                }
                int inside = tag + 1;
                for (int length = 1; length <= maxLength && i + length <= n; length++) {
                    int j = i + length - 1;
                    if (length > 1) {
                        score += move(transitions, edges, block, l, j, length == 2 ? tag : inside, inside)
                                + emission[j * l + inside];
                    }
                    float total = score + segments[(i * maxLength + length - 1) * types + y - 1];
                    keep(best, startOf, before, j * l + (length == 1 ? tag : inside), total, i, from);
                }
            }
        }
        int[] path = new int[n];
        int tag = 0;
        for (int y = 1; y < l; y++) {
            if (best[(n - 1) * l + y] > best[(n - 1) * l + tag]) {
                tag = y;
            }
        }
        int j = n - 1;
        while (j >= 0) {
            int start = startOf[j * l + tag];
            int previous = before[j * l + tag];
            int first = tag == 0 ? 0 : (tag % 2 == 1 ? tag : tag - 1);
            for (int k = start; k <= j; k++) {
                path[k] = k == start ? first : first + 1;
            }
            j = start - 1;
            tag = previous;
        }
        return path;
    }

    private static float move(float[] transitions, float[] edges, int block, int l, int i, int from, int to) {
        float t = transitions[from * l + to];
        return edges == null ? t : t + edges[i * block + from * l + to];
    }

    private static void keep(float[] best, int[] startOf, int[] before, int at, float score, int start, int from) {
        if (score > best[at]) {
            best[at] = score;
            startOf[at] = start;
            before[at] = from;
        }
    }
}
