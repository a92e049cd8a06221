package dev.intisari.core.dedupe;

import java.time.Duration;

/**
 * Settings of {@link MinHashDuplicateDetector}.
 *
 * @param shingleWords words per shingle
 * @param hashes       MinHash bins per signature (one-permutation hashing); a multiple of {@code bands}
 * @param bands        LSH bands: two texts become candidates when all rows of one band agree. With 128 hashes
 *                     in 32 bands of 4 rows, a pair at Jaccard 0.5 is found with probability 0.9 and a pair
 *                     at 0.7 with probability above 0.999
 * @param threshold    lowest estimated Jaccard similarity of shingle sets that counts as a copy
 * @param seed         seed of the hashing; the same seed gives the same groups
 * @param window       how far back a copy is looked for (copies are re-published within days)
 * @param maxWindow    most articles kept in the window, whatever their dates
 */
public record DuplicateConfig(int shingleWords, int hashes, int bands, double threshold, long seed,
                              Duration window, int maxWindow) implements java.io.Serializable {
    public DuplicateConfig {
        if (hashes < 1 || bands < 1 || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes must be a positive multiple of bands");
        }
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        if (maxWindow < 1) {
            throw new IllegalArgumentException("maxWindow must be positive");
        }
    }

    public static DuplicateConfig defaults() {
        return new DuplicateConfig(3, 128, 32, 0.5, 0x1D15A51L, Duration.ofDays(30), 200_000);
    }

    int rows() {
        return hashes / bands;
    }
}
