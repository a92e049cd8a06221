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
}
