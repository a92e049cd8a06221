package dev.intisari.core.quote;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Candidate groups counted, read back in order, and the best of many kept. */
class SharedWordsTest {
    @Test
    void marksAndCountsComeBackInGroupOrderAndAreReset() {
        SharedWords tally = new SharedWords();
        tally.count(200);
        tally.mark(3);
        tally.count(3);
        tally.count(200);
        tally.mark(70);
        int[] touched = tally.touched();
        assertArrayEquals(new int[] {3, 70, 200}, touched);
        assertEquals(1, tally.take(3));
        assertEquals(0, tally.take(70), "marked, never counted");
        assertEquals(2, tally.take(200));
        tally.mark(70);
        assertArrayEquals(new int[] {70}, tally.touched(), "taken groups can be marked again");
        assertEquals(0, tally.take(70));
    }

    @Test
    void theHighestCountsAreKeptAndTheEarlierWinsOnTies() {
        int[] counts = {1, 3, 0, 2, 3, 2, 2, 1};
        assertArrayEquals(new int[] {1, 3, 4}, SharedWords.mostShared(counts, 3), "both 3s, then the first 2");
        assertArrayEquals(new int[] {1, 4}, SharedWords.mostShared(counts, 2));
        assertArrayEquals(new int[] {0, 1, 3, 4, 5, 6}, SharedWords.mostShared(counts, 6), "a 1 fills the last place");
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, SharedWords.mostShared(counts, 8));
        assertArrayEquals(new int[] {0, 1, 2}, SharedWords.mostShared(new int[] {0, 0, 0, 0}, 3));
    }
}
