package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class StoryPostingTest {
    /**
     * Stories re-indexed under changing terms (a few of a small vocabulary, so that postings are long and shared)
     * and retired: every posting holds the stories in the order of the search-and-swap removal it replaced (the
     * scoring walk's order, hence its candidates, stays the same), and every story's places point at itself.
     */
    @Test
    void removalByPlaceKeepsTheOrderOfRemovalBySearch() {
        Random random = new Random(11);
        ClusterState state = new ClusterState(ClusterConfig.news());
        Map<Long, List<StoryCentroid>> expected = new HashMap<>();
        List<StoryCentroid> live = new ArrayList<>();
        long sequence = 0;
        for (int step = 0; step < 2_000; step++) {
            int action = random.nextInt(10);
            if (action < 3 || live.isEmpty()) {
                StoryCentroid s = new StoryCentroid("s" + sequence, sequence++, null);
                live.add(s);
                reindex(state, expected, s, terms(random));
            } else if (action < 8) {
                reindex(state, expected, live.get(random.nextInt(live.size())), terms(random));
            } else {
                StoryCentroid s = live.remove(random.nextInt(live.size()));
                for (long t : s.indexed) {
                    searchAndSwap(expected, t, s);
                }
                state.unindex(s);
                state.slots.release(s);
            }
            check(state, expected, live, step);
        }
    }

    /** A story's indexed terms: distinct, from a vocabulary of 40. */
    private static long[] terms(Random random) {
        return random.longs(1 + random.nextInt(24), 1, 41).distinct().toArray();
    }

    private static void reindex(ClusterState state, Map<Long, List<StoryCentroid>> expected, StoryCentroid s,
                                long[] terms) {
        for (long t : s.indexed) {
            if (java.util.Arrays.stream(terms).noneMatch(x -> x == t)) {
                searchAndSwap(expected, t, s);
            }
        }
        for (long t : terms) {
            if (java.util.Arrays.stream(s.indexed).noneMatch(x -> x == t)) {
                expected.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
            }
        }
        state.index(s, terms);
    }

    /** The removal before places: find the story, move the last one into its place. */
    private static void searchAndSwap(Map<Long, List<StoryCentroid>> expected, long term, StoryCentroid s) {
        List<StoryCentroid> posting = expected.get(term);
        int i = posting.indexOf(s);
        posting.set(i, posting.get(posting.size() - 1));
        posting.remove(posting.size() - 1);
        if (posting.isEmpty()) {
            expected.remove(term);
        }
    }

    private static void check(ClusterState state, Map<Long, List<StoryCentroid>> expected, List<StoryCentroid> live,
                              int step) {
        for (long t = 1; t <= 40; t++) {
            StoryPosting posting = state.postings.get(t);
            List<StoryCentroid> want = expected.get(t);
            if (want == null) {
                assertNull(posting, "step " + step + ", term " + t);
                continue;
            }
            assertEquals(want.size(), posting.size(), "step " + step + ", term " + t);
            for (int i = 0; i < want.size(); i++) {
                assertSame(want.get(i), posting.get(i), "step " + step + ", term " + t + ", place " + i);
                assertEquals(want.get(i).slot, posting.slot(i));
            }
        }
        for (StoryCentroid s : live) {
            for (int i = 0; i < s.indexed.length; i++) {
                assertSame(s, state.postings.get(s.indexed[i]).get(s.places[i]), "step " + step + ", " + s.id);
            }
        }
    }
}
