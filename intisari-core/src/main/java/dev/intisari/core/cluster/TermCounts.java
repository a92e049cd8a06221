package dev.intisari.core.cluster;

/**
 * Document frequencies keyed by a 64-bit hash of the term, in one primitive array of (key, count) pairs (open
 * addressing, linear probing): one probe touches one cache line instead of a map node, its key string and the
 * string's bytes, and the whole table is one array a streaming job can snapshot. Two distinct terms share a key
 * with probability about n^2 / 2^65 (one in ten million for a million terms), which at worst merges two counts.
 */
final class TermCounts implements java.io.Serializable {
    private static final long serialVersionUID = 2L;
    private static final long EMPTY = 0;
    /** Slot i holds its key at 2i and its count at 2i + 1. */
    private long[] slots = new long[2 << 12];
    private int size;

    /** The 64-bit key of {@code term} in namespace {@code space} (words, entity names); never 0. */
    static long key(String term, long space) {
        long h = 0xCBF29CE484222325L ^ space;
        for (int i = 0; i < term.length(); i++) {
            h = (h ^ term.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    /** Adds one to the count of {@code key} and returns the new count. */
    int increment(long key) {
        if (2 * (size + 1) > slots.length / 2) {
            grow();
        }
        int mask = slots.length / 2 - 1;
        int i = (int) key & mask;
        while (true) {
            long k = slots[2 * i];
            if (k == key) {
                return (int) ++slots[2 * i + 1];
            }
            if (k == EMPTY) {
                slots[2 * i] = key;
                slots[2 * i + 1] = 1;
                size++;
                return 1;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Reads the home slot of each of the first {@code n} keys and returns a number made of what it read (of no
     * meaning): a caller about to count all of them has their cache misses under way together (at scale the table
     * holds millions of keys), where the counts one after the other wait for each.
     */
    long touch(long[] keys, int n) {
        long[] s = slots;
        int mask = s.length / 2 - 1;
        long read = 0;
        for (int j = 0; j < n; j++) {
            read += s[2 * ((int) keys[j] & mask)];
        }
        return read;
    }

    /** The count of {@code key}, 0 when never counted. */
    int get(long key) {
        int mask = slots.length / 2 - 1;
        int i = (int) key & mask;
        while (true) {
            long k = slots[2 * i];
            if (k == key) {
                return (int) slots[2 * i + 1];
            }
            if (k == EMPTY) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    /** Distinct keys counted. */
    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length / 2 - 1;
        for (int j = 0; j < old.length; j += 2) {
            long k = old[j];
            if (k != EMPTY) {
                int i = (int) k & mask;
                while (slots[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = k;
                slots[2 * i + 1] = old[j + 1];
            }
        }
    }
}
