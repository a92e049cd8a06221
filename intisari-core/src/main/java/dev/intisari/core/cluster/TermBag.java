package dev.intisari.core.cluster;

import java.util.Arrays;

/**
 * The distinct terms of one article with their frequencies and {@link TermCounts} keys, counted in a small
 * open-addressing table of primitive arrays: a term is found by its {@code String} hash (cached in the string,
 * and the analyzer gives the same string instance for a repeated word), and its 64-bit key is computed once
 * per distinct term.
 */
final class TermBag {
    private final long space;
    private int[] slotIndex;
    /** Distinct terms in order of first occurrence, with their keys and counts. */
    String[] terms;
    long[] keys;
    int[] counts;
    int size;

    TermBag(int expected, long space) {
        this.space = space;
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        slotIndex = new int[capacity];
        Arrays.fill(slotIndex, -1);
        int distinct = Math.max(4, expected);
        terms = new String[distinct];
        keys = new long[distinct];
        counts = new int[distinct];
    }

    /** Counts {@code term} {@code times} more times. */
    void add(String term, int times) {
        int mask = slotIndex.length - 1;
        int h = term.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        for (int j = slotIndex[i]; j >= 0; j = slotIndex[i]) {
            String t = terms[j];
            if (t == term || t.equals(term)) {
                counts[j] += times;
                return;
            }
            i = (i + 1) & mask;
        }
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        slotIndex[i] = size;
        terms[size] = term;
        keys[size] = TermCounts.key(term, space);
        counts[size] = times;
        size++;
        if (2 * size > slotIndex.length) {
            rehash();
        }
    }

    private void rehash() {
        slotIndex = new int[slotIndex.length * 2];
        Arrays.fill(slotIndex, -1);
        int mask = slotIndex.length - 1;
        for (int j = 0; j < size; j++) {
            int h = terms[j].hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (slotIndex[i] >= 0) {
                i = (i + 1) & mask;
            }
            slotIndex[i] = j;
        }
    }
}
