package dev.intisari.core.dedupe;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongObjectMapTest {
    @Test
    void agreesWithHashMapUnderRandomPutsRemovesAndTouches() {
        Random random = new Random(11);
        LongObjectMap<String> map = new LongObjectMap<>();
        Map<Long, String> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            // few distinct keys, clustered, 0 and negatives included: long probe runs and many removals
            long key = random.nextInt(3000) - 1000L;
            // reading home slots ahead of look-ups changes nothing (keys present and absent, a prefix of them)
            map.touch(new long[] {key, key + 1, -key, 5000 + step}, 1 + random.nextInt(4));
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
}
