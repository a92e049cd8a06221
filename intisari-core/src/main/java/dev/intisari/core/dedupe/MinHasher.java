package dev.intisari.core.dedupe;

import java.util.SplittableRandom;

/**
 * MinHash signatures from seeded hash functions {@code h_i(x) = (a_i x + b_i) >>> 33} over 64-bit shingle
 * hashes; the same seed gives the same signatures on every machine and in every run.
 */
final class MinHasher {
    private final long[] a;
    private final long[] b;

    MinHasher(int hashes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        a = new long[hashes];
        b = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            a[i] = random.nextLong() | 1L;
            b[i] = random.nextLong();
        }
    }

    int[] signature(long[] shingles) {
        int k = a.length;
        int[] sig = new int[k];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < k; i++) {
                int v = (int) ((a[i] * x + b[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
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
