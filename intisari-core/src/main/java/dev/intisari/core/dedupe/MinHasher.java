package dev.intisari.core.dedupe;

/**
 * MinHash signatures by one-permutation hashing with rotation densification (Li, Owen and Zhang 2012;
 * Shrivastava and Li 2014): each shingle hash, re-mixed with the seed, is hashed once; its high bits choose
 * one of {@code k} bins and its low bits compete for that bin's minimum. An empty bin (a text with fewer
 * shingles than bins) borrows the value of the next non-empty bin to its right, changed by the distance, so
 * that two texts still agree in a bin with the probability of their Jaccard similarity. The cost is one hash
 * per shingle whatever {@code k} is; the same seed gives the same signatures on every machine and run.
 */
final class MinHasher {
    private static final int EMPTY = Integer.MAX_VALUE;
    private final int bins;
    /** bins - 1 when bins is a power of two (then x % bins == x & mask for x >= 0), else -1. */
    private final int mask;
    private final long seed;

    MinHasher(int bins, long seed) {
        this.bins = bins;
        this.mask = Integer.bitCount(bins) == 1 ? bins - 1 : -1;
        this.seed = WordShingler.mix(seed ^ 0x5DEECE66DL);
    }

    int[] signature(long[] shingles) {
        int[] sig = new int[bins];
        java.util.Arrays.fill(sig, EMPTY);
        for (long x : shingles) {
            long h = WordShingler.mix(x ^ seed);
            int bin = mask >= 0 ? (int) (h >>> 33) & mask : (int) ((h >>> 33) % bins);
            int v = (int) (h & 0x7FFFFFFEL);
            if (v < sig[bin]) {
                sig[bin] = v;
            }
        }
        densify(sig);
        return sig;
    }

    private static void densify(int[] sig) {
        int k = sig.length;
        int firstFull = -1;
        int empty = 0;
        for (int i = 0; i < k; i++) {
            if (sig[i] == EMPTY) {
                empty++;
            } else if (firstFull < 0) {
                firstFull = i;
            }
        }
        if (firstFull < 0 || empty == 0) {
            return;
        }
        int[] filled = sig.clone();
        // walk leftwards from the end, remembering the nearest non-empty bin to the right (circularly)
        int next = firstFull + k; // index of the nearest non-empty bin to the right, unwrapped
        for (int i = k - 1; i >= 0; i--) {
            if (sig[i] != EMPTY) {
                next = i;
            } else {
                int distance = next - i;
                filled[i] = sig[next % k] + distance * 0x9E3779B1;
            }
        }
        System.arraycopy(filled, 0, sig, 0, k);
    }

    /** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
    static double similarity(int[] x, int[] y) {
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                same++;
            }
        }
        return (double) same / x.length;
    }

    /** Keys of the LSH buckets of a signature, one per band. */
    static long[] bandKeys(int[] sig, int bands) {
        int rows = sig.length / bands;
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = band + 1L;
            for (int r = band * rows; r < (band + 1) * rows; r++) {
                h = WordShingler.mix(h * 0x100000001B3L + sig[r]);
            }
            keys[band] = h;
        }
        return keys;
    }
}
