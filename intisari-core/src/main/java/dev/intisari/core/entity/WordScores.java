package dev.intisari.core.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The emission scores of one sentence, with the word-level part precomputed for the common words.
 *
 * <p>Most of the tagger's features depend on one word only: its own (word, shape, affixes, clusters)
 * and those it gives its neighbours (the words one and two before and after, and their clusters, and the
 * word one before or after joined with the capitalisation kind of the word it stands next to). For every
 * word of the cluster vocabulary (lowercase, capitalised and, for short words, upper case) the sums of
 * the weights of these groups are computed once when the model is built: its own (ints), and as a
 * neighbour (16-bit: two away before and after, and one before and after for each of the six kinds of the
 * word it stands next to, the commonest kinds first, so that a word's usual neighbour sums share one
 * cache line). A common word then costs two lookups instead of about 30 scattered reads of the weight
 * table. The sums are integers (a word whose neighbour sums do not fit 16 bits keeps them as ints), so
 * the scores are exactly those of reading every feature. Immutable and thread-safe.
 */
final class WordScores {
    /** Rows a neighbour gives (its word and its cluster at each level). */
    private static final int NEIGHBOUR_ROWS = 1 + Lexicon.CLUSTER_LEVELS;
    private static final int AS_SECOND_PREVIOUS = 0;
    private static final int AS_SECOND_NEXT = 1;
    /** Groups of neighbour sums per word: the two above, then previous and next for each kind (and padding). */
    private static final int NEAR_GROUPS = 16;
    /** Position of each kind (1-6) among the neighbour groups: lowercase, capitalised, punctuation first. */
    private static final int[] KIND_RANK = {0, 2, 3, 4, 1, 0, 5};
    /**
     * Entries before the first sum, so that with the array's 16-byte header a word's sums start on a
     * 64-byte boundary (large arrays start on a region boundary); only speed depends on it.
     */
    private static final int SHORT_ALIGN = 24;
    private static final int INT_ALIGN = 12;
    /** Context rows room per word to start with ({@link #emissions}; grown when a word has more). */
    private static final int CONTEXT_ROWS = 12;

    private final NerFeatures features;
    /** The weight table with each row padded to {@link #stride} entries, so a row never straddles cache lines. */
    private final short[] weights;
    /** Bit r set when row r of {@link #weights} has a weight other than 0 (most hashed rows are all 0). */
    private final long[] live;
    private final int l;
    /** Entries per row of {@link #weights} and per group of sums: the tags rounded up to a multiple of 8. */
    private final int stride;
    private final LongIntMap slots;
    /** Per word, the sum of its own rows ({@link #stride} ints from {@code INT_ALIGN + slot * stride}). */
    private final int[] self;
    /** Per word, its {@link #NEAR_GROUPS} neighbour sums as 16-bit integers. */
    private final short[] near;
    /** Bit s set when word s's neighbour sums do not fit 16 bits and are in {@link #nearWide}. */
    private final long[] wideSlots;
    private final LongIntMap wideIndex;
    private final int[] nearWide;
    private final int[] selfCounts;
    /** Sums for the sentence start and end: as previous / next word per kind, and two away. */
    private final int[][] start;
    private final int[][] end;
    private final int[] start2;
    private final int[] end2;

    WordScores(NerFeatures features, short[] weights, int labels, List<String> vocabulary) {
        this.features = features;
        this.l = labels;
        this.stride = (labels + 7) & ~7;
        this.weights = padded(weights, labels, stride);
        this.live = liveRows(weights, labels);
        int nearSize = NEAR_GROUPS * stride;
        LongIntMap map = new LongIntMap(vocabulary.size() * 3);
        int[] buffer = new int[NerFeatures.STRIDE];
        int capacity = vocabulary.size() * 3;
        int[] selfBuilt = new int[INT_ALIGN + capacity * stride];
        short[] nearBuilt = new short[SHORT_ALIGN + capacity * nearSize];
        int[] counts = new int[capacity];
        long[] wide = new long[(capacity + 63) >>> 6];
        LongIntMap wideAt = new LongIntMap(16);
        int[] wideBuilt = new int[0];
        int[] group = new int[nearSize];
        int slot = 0;
        for (String lower : vocabulary) {
            for (String form : forms(lower)) {
                long key = TokenHash.exact(form);
                if (map.get(key, -1) >= 0) {
                    continue;
                }
                NerFeatures.Words w = features.describe(new CharSequence[] {form}, 1);
                counts[slot] = features.selfRows(w, 0, buffer, 0);
                add(buffer, counts[slot], selfBuilt, INT_ALIGN + slot * stride);
                nearSums(w, 0, 1, buffer, group);
                if (fitsShort(group)) {
                    for (int k = 0; k < nearSize; k++) {
                        nearBuilt[SHORT_ALIGN + slot * nearSize + k] = (short) group[k];
                    }
                } else {
                    wide[slot >>> 6] |= 1L << slot;
                    wideAt.put(slot, wideBuilt.length / nearSize);
                    wideBuilt = Arrays.copyOf(wideBuilt, wideBuilt.length + nearSize);
                    System.arraycopy(group, 0, wideBuilt, wideBuilt.length - nearSize, nearSize);
                }
                map.put(key, slot++);
            }
        }
        this.slots = map.compacted();
        this.self = Arrays.copyOf(selfBuilt, INT_ALIGN + slot * stride);
        this.near = Arrays.copyOf(nearBuilt, SHORT_ALIGN + slot * nearSize);
        this.wideSlots = Arrays.copyOf(wide, (slot + 63) >>> 6);
        this.wideIndex = wideAt.compacted();
        this.nearWide = wideBuilt;
        this.selfCounts = Arrays.copyOf(counts, slot);
        NerFeatures.Words none = features.describe(new CharSequence[0], 0);
        this.start = new int[NerFeatures.KINDS + 1][stride];
        this.end = new int[NerFeatures.KINDS + 1][stride];
        for (int kind = 1; kind <= NerFeatures.KINDS; kind++) {
            add(buffer, features.leftRows(none, -1, buffer, 0), start[kind], 0);
            buffer[0] = features.neighbourKindRow(none, -1, 0, kind, true);
            add(buffer, 1, start[kind], 0);
            add(buffer, features.rightRows(none, 0, 0, buffer, 0), end[kind], 0);
            buffer[0] = features.neighbourKindRow(none, 0, 0, kind, false);
            add(buffer, 1, end[kind], 0);
        }
        this.start2 = new int[stride];
        this.end2 = new int[stride];
        buffer[0] = features.secondLeftRow(none, -1);
        add(buffer, 1, start2, 0);
        buffer[0] = features.secondRightRow(none, 0, 0);
        add(buffer, 1, end2, 0);
    }

    /** The neighbour sums of word {@code j} of {@code w} into {@code group} ({@link #NEAR_GROUPS} groups). */
    private void nearSums(NerFeatures.Words w, int j, int n, int[] rows, int[] group) {
        Arrays.fill(group, 0);
        rows[0] = features.secondLeftRow(w, j);
        add(rows, 1, group, AS_SECOND_PREVIOUS * stride);
        rows[0] = features.secondRightRow(w, j, n);
        add(rows, 1, group, AS_SECOND_NEXT * stride);
        for (int kind = 1; kind <= NerFeatures.KINDS; kind++) {
            int asPrevious = previousGroup(kind) * stride;
            add(rows, features.leftRows(w, j, rows, 0), group, asPrevious);
            rows[0] = features.neighbourKindRow(w, j, n, kind, true);
            add(rows, 1, group, asPrevious);
            int asNext = nextGroup(kind) * stride;
            add(rows, features.rightRows(w, j, n, rows, 0), group, asNext);
            rows[0] = features.neighbourKindRow(w, j, n, kind, false);
            add(rows, 1, group, asNext);
        }
    }

    private static int previousGroup(int kind) {
        return 2 + 2 * KIND_RANK[kind];
    }

    private static int nextGroup(int kind) {
        return 3 + 2 * KIND_RANK[kind];
    }

    private static boolean fitsShort(int[] values) {
        for (int v : values) {
            if (v != (short) v) {
                return false;
            }
        }
        return true;
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

    private static long[] liveRows(short[] weights, int labels) {
        int rows = weights.length / labels;
        long[] live = new long[(rows + 63) >>> 6];
        for (int r = 0; r < rows; r++) {
            for (int y = 0; y < labels; y++) {
                if (weights[r * labels + y] != 0) {
                    live[r >>> 6] |= 1L << r;
                    break;
                }
            }
        }
        return live;
    }

    /**
     * Adds the weight rows to {@code into[at .. at+stride)} (the padding entries stay 0). A row whose
     * weights are all 0 is skipped by its bit in {@link #live}, which stays in the cache, so a feature
     * never seen in training costs no read of the weight table.
     */
    private void add(int[] rows, int count, int[] into, int at) {
        add(rows, 0, count, into, at);
    }

    /** As above, for the rows {@code rows[from .. to)}. */
    private void add(int[] rows, int from, int to, int[] into, int at) {
        for (int f = from; f < to; f++) {
            int r = rows[f];
            if ((live[r >>> 6] & 1L << r) == 0) {
                continue;
            }
            int w = r * stride;
            if (stride == 8) {
                addEight(weights, w, into, at);
                continue;
            }
            for (int y = 0; y < stride; y++) {
                into[at + y] += weights[w + y];
            }
        }
    }

    /** As below, from ints. */
    private static void addEight(int[] from, int w, int[] into, int at) {
        into[at] += from[w];
        into[at + 1] += from[w + 1];
        into[at + 2] += from[w + 2];
        into[at + 3] += from[w + 3];
        into[at + 4] += from[w + 4];
        into[at + 5] += from[w + 5];
        into[at + 6] += from[w + 6];
        into[at + 7] += from[w + 7];
    }

    /** {@code into[at .. at+8) += from[w .. w+8)}, written out (the product model's 7 tags pad to 8). */
    private static void addEight(short[] from, int w, int[] into, int at) {
        into[at] += from[w];
        into[at + 1] += from[w + 1];
        into[at + 2] += from[w + 2];
        into[at + 3] += from[w + 3];
        into[at + 4] += from[w + 4];
        into[at + 5] += from[w + 5];
        into[at + 6] += from[w + 6];
        into[at + 7] += from[w + 7];
    }

    private void addSelf(int slot, int[] into, int to) {
        int at = INT_ALIGN + slot * stride;
        if (stride == 8) {
            addEight(self, at, into, to);
            return;
        }
        for (int y = 0; y < stride; y++) {
            into[to + y] += self[at + y];
        }
    }

    private void addNear(int slot, int group, int[] into, int to) {
        if ((wideSlots[slot >>> 6] & 1L << slot) != 0) {
            int at = (wideIndex.get(slot, -1) * NEAR_GROUPS + group) * stride;
            for (int y = 0; y < stride; y++) {
                into[to + y] += nearWide[at + y];
            }
            return;
        }
        int at = SHORT_ALIGN + (slot * NEAR_GROUPS + group) * stride;
        if (stride == 8) {
            addEight(near, at, into, to);
            return;
        }
        for (int y = 0; y < stride; y++) {
            into[to + y] += near[at + y];
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
     *
     * <p>The integer sums are built in passes over the sentence, one source at a time (the words' own
     * sums, then what the words one away give, then two away, then the context rows): the table reads of
     * one pass do not depend on each other, so the processor overlaps their cache misses, where one
     * token's reads at a time wait in turn. Integer addition in any order gives the same sums.
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
        int[] sums = new int[n * stride];
        int[] rows = new int[NerFeatures.STRIDE];
        int[] used = new int[n];
        for (int i = 0; i < n; i++) {
            if (slot[i] >= 0) {
                addSelf(slot[i], sums, i * stride);
                used[i] = selfCounts[slot[i]];
            } else {
                used[i] = features.selfRows(w, i, rows, 0);
                add(rows, used[i], sums, i * stride);
            }
        }
        for (int i = 0; i < n; i++) {
            addOneAway(w, slot, i, n, rows, sums);
        }
        for (int i = 0; i < n; i++) {
            addTwoAway(w, slot, i, n, rows, sums);
        }
        // the context rows of every word first, then their sums: the weight-row reads of the second pass do not
        // wait on one another behind each word's hashing, so more of their cache misses overlap
        int[] context = new int[n * CONTEXT_ROWS];
        int[] contextEnd = new int[n];
        int filled = 0;
        for (int i = 0; i < n; i++) {
            // the two neighbour-kind rows are in the sums above; the limit counts them as before
            int limit = NerFeatures.STRIDE - (used[i] + 2 * NEIGHBOUR_ROWS + 2 + 2);
            int count = features.contextRows(w, i, n, rows, 0, limit, false);
            if (filled + count > context.length) {
                context = Arrays.copyOf(context, Math.max(2 * context.length, filled + count));
            }
            System.arraycopy(rows, 0, context, filled, count);
            filled += count;
            contextEnd[i] = filled;
        }
        for (int i = 0, from = 0; i < n; i++) {
            add(context, from, contextEnd[i], sums, i * stride);
            from = contextEnd[i];
        }
        float[] emission = new float[n * l];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < l; y++) {
                emission[i * l + y] = sums[i * stride + y] * scale;
            }
        }
        return emission;
    }

    /** What the words just before and after word {@code i} give it (its sentence's ends at the edges). */
    private void addOneAway(NerFeatures.Words w, int[] slot, int i, int n, int[] rows, int[] sums) {
        int at = i * stride;
        int kind = NerFeatures.kindOf(w, i);
        if (i == 0) {
            addTo(start[kind], sums, at);
        } else if (slot[i - 1] >= 0) {
            addNear(slot[i - 1], previousGroup(kind), sums, at);
        } else {
            add(rows, features.leftRows(w, i - 1, rows, 0), sums, at);
            rows[0] = features.neighbourKindRow(w, i - 1, n, kind, true);
            add(rows, 1, sums, at);
        }
        if (i + 1 == n) {
            addTo(end[kind], sums, at);
        } else if (slot[i + 1] >= 0) {
            addNear(slot[i + 1], nextGroup(kind), sums, at);
        } else {
            add(rows, features.rightRows(w, i + 1, n, rows, 0), sums, at);
            rows[0] = features.neighbourKindRow(w, i + 1, n, kind, false);
            add(rows, 1, sums, at);
        }
    }

    /** What the words two before and two after word {@code i} give it. */
    private void addTwoAway(NerFeatures.Words w, int[] slot, int i, int n, int[] rows, int[] sums) {
        int at = i * stride;
        if (i < 2) {
            addTo(start2, sums, at);
        } else if (slot[i - 2] >= 0) {
            addNear(slot[i - 2], AS_SECOND_PREVIOUS, sums, at);
        } else {
            rows[0] = features.secondLeftRow(w, i - 2);
            add(rows, 1, sums, at);
        }
        if (i + 2 >= n) {
            addTo(end2, sums, at);
        } else if (slot[i + 2] >= 0) {
            addNear(slot[i + 2], AS_SECOND_NEXT, sums, at);
        } else {
            rows[0] = features.secondRightRow(w, i + 2, n);
            add(rows, 1, sums, at);
        }
    }

    private void addTo(int[] from, int[] into, int at) {
        if (stride == 8) {
            addEight(from, 0, into, at);
            return;
        }
        for (int y = 0; y < stride; y++) {
            into[at + y] += from[y];
        }
    }
}
