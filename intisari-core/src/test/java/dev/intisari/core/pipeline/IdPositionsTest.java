package dev.intisari.core.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Positions as a map filled in list order gives them: the last of a repeated id, -1 for an id not listed. */
class IdPositionsTest {
    @Test
    void givesWhatAMapGives() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            // "Aa" and "BB" share a hash code; every seventh id repeats an earlier one
            ids.add(i % 7 == 6 ? ids.get(i / 2) : (i % 2 == 0 ? "Aa" : "BB") + "-" + i);
        }
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), i);
        }
        IdPositions positions = new IdPositions(ids);
        for (String id : ids) {
            assertEquals(map.get(id), positions.of(id), id);
        }
        assertEquals(-1, positions.of("Aa-1"));
        assertEquals(-1, positions.of(null));
        assertEquals(-1, positions.of(42));
        assertEquals(map.size(), positions.size());
        assertArrayEquals(map.values().stream().mapToInt(Integer::intValue).sorted().toArray(), positions.positions());
    }

    @Test
    void emptyAndSmall() {
        assertEquals(-1, new IdPositions(List.of()).of("a"));
        assertEquals(0, new IdPositions(List.of()).size());
        IdPositions one = new IdPositions(List.of("a"));
        assertEquals(0, one.of("a"));
        assertEquals(-1, one.of("b"));
    }
}
