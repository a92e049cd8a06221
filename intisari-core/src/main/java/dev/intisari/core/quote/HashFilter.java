package dev.intisari.core.quote;

/**
 * A set of int hashes that may answer "perhaps" for a hash it does not hold, never "no" for one it holds: one bit
 * per hash's low bits. A scan over an article's words for a word of a given hash skips the whole pass when the
 * filter says no word has that hash, and gives the same answer as the pass.
 */
final class HashFilter {
    private static final int BITS = 4096;
    private final long[] bits = new long[BITS / 64];

    void add(int hash) {
        int b = hash & (BITS - 1);
        bits[b >>> 6] |= 1L << b;
    }

    /** False only when no hash added has these low bits. */
    boolean mayHold(int hash) {
        int b = hash & (BITS - 1);
        return (bits[b >>> 6] & 1L << b) != 0;
    }
}
