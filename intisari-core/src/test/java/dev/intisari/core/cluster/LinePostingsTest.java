package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinePostingsTest {

    private static int[] lines(LinePostings postings, int term) {
        return Arrays.copyOf(postings.lines(term), postings.size(term));
    }

    @Test
    void eachLineOncePerTermInOrderOfFirstPosting() {
        LinePostings postings = new LinePostings(10);
        // term 7 ("korupsi"): stories of lines 3, 3, 1, 3; term 2 ("vonis"): line 1
        postings.post(7, 3);
        postings.post(7, 3);
        postings.post(7, 1);
        postings.post(2, 1);
        postings.post(7, 3);
        assertArrayEquals(new int[] {3, 1}, lines(postings, 7));
        assertArrayEquals(new int[] {1}, lines(postings, 2));
        assertTrue(postings.readable(7));
        assertFalse(postings.readable(5), "a term never posted");
        assertFalse(postings.readable(5000), "a term past the arrays");
        assertEquals(0, postings.lines(5000).length);
    }

    @Test
    void aTermPostedByMoreStoriesThanTheCapIsNoLongerReadNorGrown() {
        LinePostings postings = new LinePostings(3);
        for (int line = 0; line < 3; line++) {
            postings.post(4, line);
        }
        assertTrue(postings.readable(4), "three stories: at the cap");
        postings.post(4, 0); // a fourth story, of a line already there, still counts as a story
        assertFalse(postings.readable(4));
        postings.post(4, 9);
        assertArrayEquals(new int[] {0, 1, 2}, lines(postings, 4));
    }

    /** The same candidates as postings of stories read through each story's line, on random postings. */
    @Test
    void agreesWithPostingsOfStories() {
        Random random = new Random(18);
        int cap = 40;
        LinePostings postings = new LinePostings(cap);
        Map<Integer, List<Integer>> storiesLines = new HashMap<>();
        for (int story = 0; story < 3000; story++) {
            int line = random.nextInt(400);
            for (int k = 0; k < 5; k++) {
                int term = random.nextInt(300);
                List<Integer> posted = storiesLines.computeIfAbsent(term, t -> new ArrayList<>());
                if (posted.size() <= cap) {
                    posted.add(line);
                }
                postings.post(term, line);
            }
        }
        for (int term = 0; term < 300; term++) {
            List<Integer> posted = storiesLines.getOrDefault(term, List.of());
            assertEquals(!posted.isEmpty() && posted.size() <= cap, postings.readable(term), "term " + term);
            Set<Integer> distinct = new LinkedHashSet<>(posted);
            assertArrayEquals(distinct.stream().mapToInt(Integer::intValue).toArray(), lines(postings, term));
        }
    }
}
