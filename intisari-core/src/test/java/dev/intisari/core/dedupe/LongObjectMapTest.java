package dev.intisari.core.dedupe;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongObjectMapTest {
    @Test
    void agreesWithHashMapUnderRandomPutsAndRemoves() {
        Random random = new Random(11);
        LongObjectMap<String> map = new LongObjectMap<>();
        Map<Long, String> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            // few distinct keys, clustered, 0 and negatives included: long probe runs and many removals
            long key = random.nextInt(3000) - 1000L;
            int op = random.nextInt(6);
            if (op < 2) {
                map.remove(key);
                expected.remove(key);
            } else if (op == 2) {
                String replaced = "w" + step;
                map.put(key, replaced);
                expected.put(key, replaced);
            } else {
                String made = "v" + key;
                assertEquals(expected.computeIfAbsent(key, k -> made), map.computeIfAbsent(key, () -> made));
            }
            if (step % 997 == 0) {
                for (long k = -1000; k < 2000; k++) {
                    assertEquals(expected.get(k), map.get(k), "key " + k);
                }
                assertEquals(expected.size(), map.size());
            }
        }
    }

    /**
     * Keys that share one tag ({@link LongObjectMap#tag}) are told apart by their keys, and a key's tag moves with it
     * when a removal shifts a probe run back or the table grows: each look-up against a plain map.
     */
    @Test
    void keysOfOneTagAreToldApartThroughRemovalsAndGrowth() {
        long[] sameTag = new long[400];
        byte tag = LongObjectMap.tag(1);
        int n = 0;
        for (long k = 1; n < sameTag.length; k++) {
            if (LongObjectMap.tag(k) == tag) {
                sameTag[n++] = k;
            }
        }
        Random random = new Random(3);
        LongObjectMap<Long> map = new LongObjectMap<>();
        Map<Long, Long> expected = new HashMap<>();
        for (int step = 0; step < 50_000; step++) {
            long key = sameTag[random.nextInt(sameTag.length)];
            if (random.nextInt(3) == 0) {
                map.remove(key);
                expected.remove(key);
            } else {
                map.put(key, key + step);
                expected.put(key, key + step);
            }
            long probe = sameTag[random.nextInt(sameTag.length)];
            assertEquals(expected.get(probe), map.get(probe), "step " + step);
        }
        assertEquals(expected.size(), map.size());
    }
}
