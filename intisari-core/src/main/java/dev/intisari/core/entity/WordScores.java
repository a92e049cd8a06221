package dev.intisari.core.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The emission scores of one sentence, with the word-level part precomputed for the common words.
 *
 * <p>Most of the tagger's features depend on one word only: its own (word, shape, affixes, clusters)
 * and those it gives its neighbours (the words one and two before and after, and their clusters). For every
 * word of the cluster vocabulary (lowercase, capitalised and, for short words, upper case) the sums of
 * the weights of these five groups (its own, as the word one and two before, one and two after) are
 * computed once when the model is built, so a common word costs one lookup instead of about 28
 * scattered reads of the weight table. The sums are integers, so the
 * scores are exactly those of reading every feature. Immutable and thread-safe.
 */
final class WordScores {
    /** Rows a neighbour gives (its word and its cluster at each level). */
    private static final int NEIGHBOUR_ROWS = 1 + Lexicon.CLUSTER_LEVELS;
    private static final int SELF = 0;
    private static final int AS_PREVIOUS = 1;
    private static final int AS_NEXT = 2;
    private static final int AS_SECOND_PREVIOUS = 3;
    private static final int AS_SECOND_NEXT = 4;
    private static final int GROUPS = 5;

    private final NerFeatures features;
    /** The weight table with each row padded to {@link #stride} entries, so a row never straddles cache lines. */
    private final short[] weights;
    private final int l;
    /** Entries per row of {@link #weights} and per group of {@link #sums}: the tags rounded up to a multiple of 8. */
    private final int stride;
    private final LongIntMap slots;
    private final int[] sums;
    private final int[] selfCounts;
    private final int[] start;
    private final int[] end;
    private final int[] start2;
    private final int[] end2;

    WordScores(NerFeatures features, short[] weights, int labels, List<String> vocabulary) {
        this.features = features;
        this.l = labels;
        this.stride = (labels + 7) & ~7;
        this.weights = padded(weights, labels, stride);
        LongIntMap map = new LongIntMap(vocabulary.size() * 3);
        int[] buffer = new int[NerFeatures.STRIDE];
        int[] sumsBuilt = new int[vocabulary.size() * 3 * GROUPS * stride];
        int[] counts = new int[vocabulary.size() * 3];
        int slot = 0;
        for (String lower : vocabulary) {
            for (String form : forms(lower)) {
                long key = TokenHash.exact(form);
                if (map.get(key, -1) >= 0) {
                    continue;
                }
                NerFeatures.Words w = features.describe(new CharSequence[] {form}, 1);
                int base = slot * GROUPS * stride;
                counts[slot] = features.selfRows(w, 0, buffer, 0);
                add(buffer, counts[slot], sumsBuilt, base + SELF * stride);
                add(buffer, features.leftRows(w, 0, buffer, 0), sumsBuilt, base + AS_PREVIOUS * stride);
                add(buffer, features.rightRows(w, 0, 1, buffer, 0), sumsBuilt, base + AS_NEXT * stride);
                buffer[0] = features.secondLeftRow(w, 0);
                add(buffer, 1, sumsBuilt, base + AS_SECOND_PREVIOUS * stride);
                buffer[0] = features.secondRightRow(w, 0, 1);
                add(buffer, 1, sumsBuilt, base + AS_SECOND_NEXT * stride);
                map.put(key, slot++);
            }
        }
        this.slots = map.compacted();
        this.sums = Arrays.copyOf(sumsBuilt, slot * GROUPS * stride);
        this.selfCounts = Arrays.copyOf(counts, slot);
        NerFeatures.Words none = features.describe(new CharSequence[0], 0);
        this.start = new int[stride];
        this.end = new int[stride];
        add(buffer, features.leftRows(none, -1, buffer, 0), start, 0);
        add(buffer, features.rightRows(none, 0, 0, buffer, 0), end, 0);
        this.start2 = new int[stride];
        this.end2 = new int[stride];
        buffer[0] = features.secondLeftRow(none, -1);
        add(buffer, 1, start2, 0);
        buffer[0] = features.secondRightRow(none, 0, 0);
        add(buffer, 1, end2, 0);
    }

    private static List<String> forms(String lower) {
        String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        if (lower.length() <= 5) {
            return List.of(lower, capitalised, lower.toUpperCase(Locale.ROOT));
        }
        return List.of(lower, capitalised);
    }

    private static short[] padded(short[] weights, int labels, int stride) {
        int rows = weights.length / labels;
        short[] out = new short[rows * stride];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(weights, r * labels, out, r * stride, labels);
        }
        return out;
    }

    /** Adds the weight rows to {@code into[at .. at+stride)} (the padding entries stay 0). */
    private void add(int[] rows, int count, int[] into, int at) {
        for (int f = 0; f < count; f++) {
            int w = rows[f] * stride;
            for (int y = 0; y < stride; y++) {
                into[at + y] += weights[w + y];
            }
        }
    }

    private void addSums(int slot, int group, int[] into) {
        int at = (slot * GROUPS + group) * stride;
        for (int y = 0; y < stride; y++) {
            into[y] += sums[at + y];
        }
    }

    /** Words with precomputed sums. */
    int size() {
        return selfCounts.length;
    }

    /**
     * The emission score of each tag at each word ({@code n * labels}, quantised weights times scale);
     * {@code lowerHashes} are the words' lowercase hashes ({@link TokenHash#lower}) or null, {@code heads}
     * their gazetteer heads ({@link Lexicon#heads}) or null.
     */
    float[] emissions(CharSequence[] words, long[] lowerHashes, int[] heads, int n, float scale) {
        NerFeatures.Words w = features.describe(words, lowerHashes, heads, n, false);
        int[] slot = new int[n];
        for (int i = 0; i < n; i++) {
            slot[i] = slots.get(w.exact[i], -1);
            if (slot[i] < 0 || features.wide()) {
                w.clusters[i] = features.clusters(w.lower[i]);
            }
        }
        float[] emission = new float[n * l];
        int[] rows = new int[NerFeatures.STRIDE];
        int[] sum = new int[stride];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sum, 0);
            int used;
            if (slot[i] >= 0) {
                addSums(slot[i], SELF, sum);
                used = selfCounts[slot[i]];
            } else {
                used = features.selfRows(w, i, rows, 0);
                add(rows, used, sum, 0);
            }
            if (i == 0) {
                addTo(start, sum);
            } else if (slot[i - 1] >= 0) {
                addSums(slot[i - 1], AS_PREVIOUS, sum);
            } else {
                add(rows, features.leftRows(w, i - 1, rows, 0), sum, 0);
            }
            if (i + 1 == n) {
                addTo(end, sum);
            } else if (slot[i + 1] >= 0) {
                addSums(slot[i + 1], AS_NEXT, sum);
            } else {
                add(rows, features.rightRows(w, i + 1, n, rows, 0), sum, 0);
            }
            if (i < 2) {
                addTo(start2, sum);
            } else if (slot[i - 2] >= 0) {
                addSums(slot[i - 2], AS_SECOND_PREVIOUS, sum);
            } else {
                rows[0] = features.secondLeftRow(w, i - 2);
                add(rows, 1, sum, 0);
            }
            if (i + 2 >= n) {
                addTo(end2, sum);
            } else if (slot[i + 2] >= 0) {
                addSums(slot[i + 2], AS_SECOND_NEXT, sum);
            } else {
                rows[0] = features.secondRightRow(w, i + 2, n);
                add(rows, 1, sum, 0);
            }
            used += 2 * NEIGHBOUR_ROWS + 2;
            add(rows, features.contextRows(w, i, n, rows, 0, NerFeatures.STRIDE - used), sum, 0);
            for (int y = 0; y < l; y++) {
                emission[i * l + y] = sum[y] * scale;
            }
        }
        return emission;
    }

    private static void addTo(int[] from, int[] into) {
        for (int y = 0; y < from.length; y++) {
            into[y] += from[y];
        }
    }
}
