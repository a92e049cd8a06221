package dev.intisari.core.cluster;

/**
 * Document frequencies keyed by a 64-bit hash of the term, in two primitive arrays (open addressing, linear
 * probing): one probe touches one or two cache lines instead of a map node, its key string and the string's
 * bytes, and the whole table is two arrays a streaming job can snapshot. Two distinct terms share a key with
 * probability about n^2 / 2^65 (one in ten million for a million terms), which at worst merges two counts.
 */
final class TermCounts implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long EMPTY = 0;
    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;

    /** The 64-bit key of {@code term} in namespace {@code space} (words, entity names). */
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
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return ++counts[i];
            }
            if (k == EMPTY) {
                keys[i] = key;
                counts[i] = 1;
                size++;
                return 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The count of {@code key}, 0 when never counted. */
    int get(long key) {
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return counts[i];
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
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != EMPTY) {
                int i = (int) k & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                counts[i] = oldCounts[j];
            }
        }
    }
}
