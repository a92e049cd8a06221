package dev.intisari.core.parallel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view made ahead on a pool holds what the plain lazy view holds, in order, whatever the way it is read. */
class ComputedAheadTest {
    private static final IntFunction<String> WORD = i -> "kata" + i * 7;

    @Test
    void readInOrderOnAPoolGivesTheSameElementsMadeOnThePool() {
        int size = 2 * ComputedAhead.BLOCK + 37;
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            List<String> ahead = ComputedAhead.of(i -> {
                threads.add(Thread.currentThread().getName());
                return WORD.apply(i);
            }, size, pool);
            List<String> read = new ArrayList<>(ahead);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                expected.add(WORD.apply(i));
            }
            assertEquals(expected, read);
            assertTrue(threads.stream().allMatch(t -> t.contains("ForkJoinPool-")), threads.toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void readOutOfOrderOrWithoutAPool() {
        int size = ComputedAhead.BLOCK + 3;
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            for (ForkJoinPool p : new ForkJoinPool[] {pool, null}) {
                List<String> ahead = ComputedAhead.of(WORD, size, p);
                for (int i : new int[] {5, 0, 1, size - 1, ComputedAhead.BLOCK, 2, size - 2}) {
                    assertEquals(WORD.apply(i), ahead.get(i), "element " + i);
                }
                assertEquals(size, ahead.size());
                assertThrows(IndexOutOfBoundsException.class, () -> ahead.get(size));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anEmptyViewIsEmpty() {
        assertTrue(ComputedAhead.of(WORD, 0, ForkJoinPool.commonPool()).isEmpty());
    }
}
