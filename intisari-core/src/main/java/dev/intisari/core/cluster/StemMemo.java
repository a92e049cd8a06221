package dev.intisari.core.cluster;

/**
 * One thread's memo of {@link IndonesianTermScanner}: a word (lower-cased) to its term ("" for a stopword),
 * keyed by a 64-bit hash of the word's characters that the scanner computes while it reads the word. Open
 * addressing over a key array and a term array, so a look-up is a probe or two and no character comparison:
 * two words share a key with probability about n^2 / 2^65 (one in a billion for 200,000 words), which would give
 * the later word the earlier one's term. Bounded: past {@code maxWords} words nothing more is remembered.
 */
final class StemMemo {
    private static final long SEED = 0xCBF29CE484222325L;
    private final int maxWords;
    private long[] keys;
    private String[] stems;
    private int size;

    StemMemo(int maxWords) {
        this.maxWords = maxWords;
        keys = new long[1024];
        stems = new String[1024];
    }

    /** The key of the empty word; {@link #hash} folds in one more lower-cased char. */
    static long start() {
        return SEED;
    }

    static long hash(long h, char c) {
        return (h ^ c) * 0x100000001B3L;
    }

    /** The remembered term of the word with key {@code hash} (from {@link #hash}), or null. */
    String get(long hash) {
        long key = finish(hash);
        int mask = keys.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return stems[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    /** Remembers the term of the word with key {@code hash} unless the memo is full. */
    void put(long hash, String stem) {
        if (size >= maxWords) {
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = finish(hash);
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        stems[i] = stem;
        size++;
    }

    /** Mixes the FNV hash so its low bits spread; never 0 (the empty slot). */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private void grow() {
        long[] oldKeys = keys;
        String[] oldStems = stems;
        keys = new long[oldKeys.length * 2];
        stems = new String[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) oldKeys[j] & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                stems[i] = oldStems[j];
            }
        }
    }
}
