package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TermCountsTest {
    @Test
    void countsLikeAMapThroughGrowthAndTouches() {
        TermCounts counts = new TermCounts();
        Map<String, Integer> expected = new HashMap<>();
        String[] words = {"banjir", "bekasi", "tanggul", "jebol", "warga", "mengungsi"};
        for (int i = 0; i < 20_000; i++) {
            String term = words[i % words.length] + (i % 7_001);
            long[] ahead = {TermCounts.key(term, ClusterState.WORDS), TermCounts.key("belum" + i, ClusterState.WORDS)};
            counts.touch(ahead, 1 + i % 2); // reading home slots ahead of counting changes no count
            int n = counts.increment(TermCounts.key(term, ClusterState.WORDS));
            assertEquals(expected.merge(term, 1, Integer::sum), n);
        }
        expected.forEach((term, n) -> assertEquals(n, counts.get(TermCounts.key(term, ClusterState.WORDS))));
        assertEquals(expected.size(), counts.size());
        assertEquals(0, counts.get(TermCounts.key("tidak-pernah", ClusterState.WORDS)));
    }

    @Test
    void namespacesKeepWordsAndNamesApart() {
        assertNotEquals(TermCounts.key("jokowi", ClusterState.WORDS), TermCounts.key("jokowi", ClusterState.ENTITIES));
        assertEquals(TermCounts.key("jokowi", ClusterState.WORDS), TermCounts.key("jokowi", ClusterState.WORDS));
    }
}
