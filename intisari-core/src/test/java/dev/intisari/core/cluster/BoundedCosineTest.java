package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedCosineTest {

    /** A unit vector of {@code n} keys out of {@code 1..range}, without repeats, weights of very different sizes. */
    private static TermVector unit(Random random, int n, int range) {
        long[] keys = new long[n];
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            long key;
            boolean repeated;
            do {
                key = 1 + random.nextInt(range);
                repeated = false;
                for (int j = 0; j < i; j++) {
                    repeated |= keys[j] == key;
                }
            } while (repeated);
            keys[i] = key;
            weights[i] = Math.pow(random.nextDouble(), 3) + 1e-3;
            sum += weights[i] * weights[i];
        }
        double norm = Math.sqrt(sum);
        for (int i = 0; i < n; i++) {
            weights[i] /= norm;
        }
        return new TermVector(keys, weights, n);
    }

    /** A centroid as stories make them: a sum of some unit vectors over the same key range. */
    private static LongDoubleMap centroid(Random random, int range) {
        LongDoubleMap map = new LongDoubleMap(64);
        int articles = 1 + random.nextInt(6);
        for (int a = 0; a < articles; a++) {
            TermVector v = unit(random, 8 + random.nextInt(32), range);
            for (int i = 0; i < v.size; i++) {
                map.add(v.keys[i], v.weights[i]);
            }
        }
        return map;
    }

    /**
     * Either the very cosine {@link StoryCentroid#cosine} gives, to the last bit, or {@link BoundedCosine#BELOW} for a
     * cosine that is below the value asked for; over many vectors, centroids and values, both answers occur.
     */
    @Test
    void theCosineToTheLastBitOrBelowTheValueAskedFor() {
        Random random = new Random(26);
        int below = 0;
        int given = 0;
        for (int round = 0; round < 3_000; round++) {
            int range = 40 + random.nextInt(200);
            TermVector article = unit(random, 1 + random.nextInt(32), range);
            BoundedCosine bounded = new BoundedCosine(article);
            for (int c = 0; c < 8; c++) {
                LongDoubleMap centroid = centroid(random, range);
                double norm = centroid.norm();
                double exact = StoryCentroid.cosine(article, centroid, norm);
                double least = random.nextInt(4) == 0 ? exact + (random.nextDouble() - 0.5) * 1e-6
                        : random.nextDouble() * 0.6 - 0.1;
                double got = bounded.cosine(centroid, norm, least);
                if (got == BoundedCosine.BELOW) {
                    below++;
                    assertTrue(exact < least, () -> "gave up on " + exact + " asked for " + least);
                } else {
                    given++;
                    assertEquals(Double.doubleToRawLongBits(exact), Double.doubleToRawLongBits(got));
                }
            }
        }
        String counts = "below " + below + ", given " + given;
        assertTrue(below > 1_000 && given > 1_000, counts);
    }

    /** With nothing asked for, every cosine is given, an empty centroid's too (0). */
    @Test
    void nothingAskedForGivesEveryCosine() {
        Random random = new Random(7);
        TermVector article = unit(random, 20, 60);
        BoundedCosine bounded = new BoundedCosine(article);
        assertEquals(0.0, bounded.cosine(new LongDoubleMap(), 0, Double.NEGATIVE_INFINITY));
        LongDoubleMap centroid = centroid(random, 60);
        assertEquals(StoryCentroid.cosine(article, centroid, centroid.norm()),
                bounded.cosine(centroid, centroid.norm(), Double.NEGATIVE_INFINITY));
        assertEquals(BoundedCosine.BELOW, bounded.cosine(new LongDoubleMap(), 0, 0.1));
    }

    /** A centroid that shares no key with the article is below anything positive asked for. */
    @Test
    void aCentroidOfOtherKeysIsBelow() {
        long[] keys = new long[32];
        double[] weights = new double[32];
        for (int i = 0; i < 32; i++) {
            keys[i] = i + 1;
            weights[i] = Math.sqrt(1.0 / 32);
        }
        TermVector article = new TermVector(keys, weights, 32);
        LongDoubleMap centroid = new LongDoubleMap();
        for (long k = 1000; k < 1010; k++) {
            centroid.add(k, 1);
        }
        assertEquals(BoundedCosine.BELOW, new BoundedCosine(article).cosine(centroid, centroid.norm(), 0.2));
    }
}
