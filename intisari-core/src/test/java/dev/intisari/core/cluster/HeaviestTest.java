package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeaviestTest {
    @Test
    void keepsTheHeaviestInOrderAndBreaksTiesByPosition() {
        long[] keys = {40, 17, 3, 99, 8, 25};
        double[] weights = {0.9, 0.5, 0.5, 0.1, 0.5, 0.7};
        int kept = Heaviest.select(keys, weights, keys.length, 3);
        assertEquals(3, kept);
        assertEquals(40L, keys[0]);
        assertEquals(17L, keys[1]);
        assertEquals(25L, keys[2]);
        assertEquals(0.9, weights[0]);
        assertEquals(0.5, weights[1]);
        assertEquals(0.7, weights[2]);
    }

    @Test
    void fewerThanAskedKeepsAll() {
        long[] keys = {5, 6};
        double[] weights = {0.2, 0.4};
        assertEquals(2, Heaviest.select(keys, weights, 2, 5));
        assertEquals(0, Heaviest.select(new long[0], new double[0], 0, 5));
    }

    @Test
    void agreesWithAStableSortOnRandomWeightsWithTies() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(80);
            int k = 1 + random.nextInt(40);
            long[] keys = new long[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                keys[i] = i * 31L + 1;
                weights[i] = random.nextInt(6) / 5.0;
            }
            // expected: sort by weight descending, then key ascending, take k
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                    : Integer.compare(a, b));
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < Math.min(k, n); i++) {
                expected.add(keys[order[i]]);
            }
            long[] k2 = keys.clone();
            double[] w2 = weights.clone();
            int kept = Heaviest.select(k2, w2, n, k);
            assertEquals(Math.min(k, n), kept);
            assertEquals(expected, set(k2, kept));
        }
    }

    private static Set<Long> set(long[] keys, int n) {
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < n; i++) {
            out.add(keys[i]);
        }
        return out;
    }
}
