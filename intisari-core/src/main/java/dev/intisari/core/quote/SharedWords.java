package dev.intisari.core.quote;

import java.util.Arrays;

/**
 * Shared-word counts of one statement with the groups of a story ({@link SpeakerQuoteMerger}), kept in arrays
 * reused across the statements: groups are marked as candidates and counted, then read back in their order.
 * Not thread-safe: one per merge.
 */
final class SharedWords {
    private int[] counts = new int[64];
    private boolean[] marked = new boolean[64];
    private int[] touched = new int[64];
    private int size;

    /** One more shared word with {@code group}. */
    void count(int group) {
        mark(group);
        counts[group]++;
    }

    /** {@code group} is a candidate, whatever its count. */
    void mark(int group) {
        if (group >= counts.length) {
            int length = Math.max(group + 1, counts.length * 2);
            counts = Arrays.copyOf(counts, length);
            marked = Arrays.copyOf(marked, length);
        }
        if (!marked[group]) {
            marked[group] = true;
            if (size == touched.length) {
                touched = Arrays.copyOf(touched, size * 2);
            }
            touched[size++] = group;
        }
    }

    /** The groups marked since the last call, in their order; their counts stay until taken ({@link #take}). */
    int[] touched() {
        int[] out = Arrays.copyOf(touched, size);
        size = 0;
        Arrays.sort(out);
        return out;
    }

    /** The count of {@code group}, reset to zero with its mark. */
    int take(int group) {
        int n = counts[group];
        counts[group] = 0;
        marked[group] = false;
        return n;
    }

    /** Positions 0 to n - 1. */
    static int[] allOf(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    /** The positions of the {@code limit} highest counts (the earlier on ties), in ascending order. */
    static int[] mostShared(int[] counts, int limit) {
        if (counts.length <= limit) {
            return allOf(counts.length);
        }
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int[] atLeast = new int[max + 2];
        for (int c : counts) {
            atLeast[c]++;
        }
        for (int c = max - 1; c >= 0; c--) {
            atLeast[c] += atLeast[c + 1];
        }
        int cut = max;
        while (atLeast[cut] < limit) {
            cut--; // the lowest count still kept: every higher one is, and the earliest of this one fill up
        }
        int[] out = new int[limit];
        int room = limit - atLeast[cut + 1];
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > cut || counts[i] == cut && room-- > 0) {
                out[n++] = i;
            }
        }
        return out;
    }
}
