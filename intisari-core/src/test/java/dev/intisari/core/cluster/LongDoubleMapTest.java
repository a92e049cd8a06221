package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

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
     * A touch reads each key's home slot (a key alone in its table is found there; an absent key's home slot is empty)
     * and changes nothing: look-ups after touches give what they gave before.
     */
    @Test
    void aTouchReadsTheHomeSlotsAndChangesNothing() {
        LongDoubleMap one = new LongDoubleMap(4);
        one.add(17, 0.5);
        long length = 2L * one.capacity();
        assertEquals(length + 17, one.touch(new long[] {17}, 1));
        assertEquals(length, one.touch(new long[] {18, 17}, 1));
        assertEquals(length + 17 + 17, one.touch(new long[] {17, 17}, 2));
        Random random = new Random(3);
        LongDoubleMap map = new LongDoubleMap(8);
        java.util.Map<Long, Double> plain = new java.util.HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            long key = 1 + random.nextInt(700);
            double weight = random.nextDouble();
            map.add(key, weight);
            plain.merge(key, weight, Double::sum);
            map.touch(new long[] {key, key + 1, 1 + random.nextInt(700)}, 3);
            long probe = 1 + random.nextInt(800);
            Double expected = plain.get(probe);
            assertEquals(expected == null ? Double.NaN : expected, map.get(probe));
        }
    }
}
