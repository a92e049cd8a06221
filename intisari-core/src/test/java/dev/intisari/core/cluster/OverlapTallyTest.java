package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OverlapTallyTest {

    @Test
    void countsEachLineOncePerTermAndKeepsTheMostSharedEarliestFirst() {
        OverlapTally tally = new OverlapTally();
        tally.nextTerm();
        tally.count(5);
        tally.count(5); // a second story of line 5 under the same term counts nothing
        tally.count(2);
        tally.nextTerm();
        tally.count(5);
        tally.count(9);
        tally.nextTerm();
        tally.count(9);
        tally.count(1);
        // counts: 5 -> 2, 9 -> 2, 2 -> 1, 1 -> 1
        assertArrayEquals(new int[] {5, 9}, tally.top(2));
        assertArrayEquals(new int[] {1, 5, 9}, tally.top(3), "a tie at the threshold goes to the lower id");
        assertArrayEquals(new int[] {1, 2, 5, 9}, tally.top(30));
        tally.clear();
        assertEquals(0, tally.top(30).length);
        tally.nextTerm();
        tally.count(2);
        assertArrayEquals(new int[] {2}, tally.top(30), "counts start again from zero after clear");
    }

    @Test
    void agreesWithSortingEveryCountedLine() {
        Random random = new Random(7);
        OverlapTally tally = new OverlapTally();
        for (int round = 0; round < 300; round++) {
            tally.clear();
            Map<Integer, Integer> expected = new HashMap<>();
            int terms = 1 + random.nextInt(20);
            for (int t = 0; t < terms; t++) {
                tally.nextTerm();
                Set<Integer> seen = new HashSet<>();
                int postings = random.nextInt(60);
                for (int p = 0; p < postings; p++) {
                    int line = random.nextInt(3000);
                    tally.count(line);
                    if (seen.add(line)) {
                        expected.merge(line, 1, Integer::sum);
                    }
                }
            }
            int k = 1 + random.nextInt(40);
            int[] naive = expected.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(k).mapToInt(Map.Entry::getKey).sorted().toArray();
            assertArrayEquals(naive, tally.top(k), "round " + round);
        }
    }
}
