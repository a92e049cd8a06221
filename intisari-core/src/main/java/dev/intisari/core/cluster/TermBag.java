package dev.intisari.core.cluster;

/**
 * The distinct terms of one article with their frequencies and {@link TermCounts} keys, counted in a small
 * open-addressing table of primitive arrays (no map nodes, each term hashed once).
 */
final class TermBag {
    private final long space;
    private long[] slotKeys;
    private int[] slotIndex;
    /** Distinct terms in order of first occurrence, with their keys and counts. */
    String[] terms;
    long[] keys;
    int[] counts;
    int size;

    TermBag(int expected, long space) {
        this.space = space;
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        slotKeys = new long[capacity];
        slotIndex = new int[capacity];
        int distinct = Math.max(4, expected);
        terms = new String[distinct];
        keys = new long[distinct];
        counts = new int[distinct];
    }

    /** Counts {@code term} {@code times} more times. */
    void add(String term, int times) {
        long key = TermCounts.key(term, space);
        int mask = slotKeys.length - 1;
        int i = (int) key & mask;
        while (slotKeys[i] != 0) {
            if (slotKeys[i] == key) {
                counts[slotIndex[i]] += times;
                return;
            }
            i = (i + 1) & mask;
        }
        if (size == terms.length) {
            terms = java.util.Arrays.copyOf(terms, size * 2);
            keys = java.util.Arrays.copyOf(keys, size * 2);
            counts = java.util.Arrays.copyOf(counts, size * 2);
        }
        slotKeys[i] = key;
        slotIndex[i] = size;
        terms[size] = term;
        keys[size] = key;
        counts[size] = times;
        size++;
        if (2 * size > slotKeys.length) {
            rehash();
        }
    }

    private void rehash() {
        slotKeys = new long[slotKeys.length * 2];
        slotIndex = new int[slotKeys.length];
        int mask = slotKeys.length - 1;
        for (int j = 0; j < size; j++) {
            int i = (int) keys[j] & mask;
            while (slotKeys[i] != 0) {
                i = (i + 1) & mask;
            }
            slotKeys[i] = keys[j];
            slotIndex[i] = j;
        }
    }
}
