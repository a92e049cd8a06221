package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongDoubleMapTest {

    @Test
    void squareGrowthOfANewKeyIsItsSquare() {
        LongDoubleMap map = new LongDoubleMap(4);
        assertEquals(0.25, map.addSquareGrowth(17, 0.5));
        assertEquals(0.5, map.get(17));
    }

    @Test
    void squareGrowthOfAKnownKeyIsTheDifferenceOfSquares() {
        LongDoubleMap map = new LongDoubleMap(4);
        map.add(17, 0.5);
        assertEquals(1.5 * 1.5 - 0.5 * 0.5, map.addSquareGrowth(17, 1.0));
        assertEquals(1.5, map.get(17));
    }

    /** The same sums, bit for bit, as a look-up before {@link LongDoubleMap#add}, through rehashes and repeats. */
    @Test
    void sameAsALookUpThenAnAdd() {
        Random random = new Random(11);
        LongDoubleMap oneProbe = new LongDoubleMap(8);
        LongDoubleMap twoProbes = new LongDoubleMap(8);
        double squaresOne = 0;
        double squaresTwo = 0;
        for (int i = 0; i < 20_000; i++) {
            long key = 1 + random.nextInt(3_000);
            double weight = random.nextDouble() * 3 - 1;
            squaresOne += oneProbe.addSquareGrowth(key, weight);
            double before = twoProbes.get(key);
            double after = twoProbes.add(key, weight);
            squaresTwo += after * after - (before == before ? before * before : 0);
            assertEquals(Double.doubleToRawLongBits(squaresTwo), Double.doubleToRawLongBits(squaresOne), "step " + i);
        }
        assertEquals(twoProbes.size(), oneProbe.size());
        for (long key = 1; key <= 3_000; key++) {
            assertEquals(Double.doubleToRawLongBits(twoProbes.get(key)), Double.doubleToRawLongBits(oneProbe.get(key)));
        }
    }

    /**
     * A look-up reads the tags first: keys that share a tag and a home slot with present keys are told apart, and the
     * tags follow the keys through growth, pruning and clearing (each look-up against a plain map).
     */
    @Test
    void lookUpsThroughTheTagsFindWhatAMapFinds() {
        Random random = new Random(23);
        // the same top byte (so the same tag) and few low bits: many keys share a tag and collide in their slots
        long[] pool = new long[600];
        for (int i = 0; i < pool.length; i++) {
            long high = random.nextInt(3) == 0 ? 0 : 0x5A00_0000_0000_0000L;
            pool[i] = high | ((long) random.nextInt(1 << 20) << 32) | random.nextInt(64) | 1L << 40;
        }
        LongDoubleMap map = new LongDoubleMap(4);
        Map<Long, Double> plain = new HashMap<>();
        for (int step = 0; step < 30_000; step++) {
            long key = pool[random.nextInt(pool.length)];
            if (step % 7_000 == 6_999) {
                map.clear();
                plain.clear();
            } else if (step % 1_000 == 999 && map.prune(40)) {
                plain.clear();
                for (int i = 0; i < map.capacity(); i++) {
                    if (map.keyAt(i) != 0) {
                        plain.put(map.keyAt(i), map.valueAt(i));
                    }
                }
                assertEquals(40, plain.size());
            } else if (random.nextBoolean()) {
                double w = 0.5 + random.nextInt(4);
                plain.merge(key, w, Double::sum);
                map.add(key, w);
            }
            long probe = pool[random.nextInt(pool.length)];
            Double expected = plain.get(probe);
            assertEquals(expected == null ? Double.NaN : expected, map.get(probe), "step " + step);
            assertEquals(expected != null, map.containsKey(probe), "step " + step);
        }
    }
}
