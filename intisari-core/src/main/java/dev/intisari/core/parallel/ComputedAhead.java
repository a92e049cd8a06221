package dev.intisari.core.parallel;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A list whose element {@code i} is {@code make.apply(i)}, made a block at a time on a pool, the next block
 * while the reader uses the current one. For a serial fold over a corpus (near-duplicates, story clustering)
 * whose per-article part (shingling, hashing, term analysis) reads nothing but its own article: that part
 * then runs on every core and the fold gets the same values in the same order. {@code make} must be safe to
 * call from several threads at once. Reading in order holds at most two blocks; reading out of order (the
 * fold never does) makes the element on the reading thread.
 */
public final class ComputedAhead<T> extends AbstractList<T> {
    /** Elements made at once: enough to keep two cores busy, few enough to hold little memory. */
    public static final int BLOCK = 256;
    private final IntFunction<T> make;
    private final int size;
    private final ForkJoinPool pool;
    private int blockStart;
    private List<T> block = List.of();
    private ForkJoinTask<List<T>> next;

    private ComputedAhead(IntFunction<T> make, int size, ForkJoinPool pool) {
        this.make = Objects.requireNonNull(make);
        this.size = size;
        this.pool = pool;
    }

    /** The view; without a pool ({@code null}) every element is made when read, as a plain lazy view. */
    public static <T> List<T> of(IntFunction<T> make, int size, ForkJoinPool pool) {
        return new ComputedAhead<>(make, size, pool);
    }

    @Override
    public T get(int i) {
        Objects.checkIndex(i, size);
        if (pool == null) {
            return make.apply(i);
        }
        if (i >= blockStart && i < blockStart + block.size()) {
            return block.get(i - blockStart);
        }
        if (i != blockStart + block.size()) {
            return make.apply(i);
        }
        block = next != null && blockStart + BLOCK == i ? next.join() : submit(i).join();
        blockStart = i;
        next = i + BLOCK < size ? submit(i + BLOCK) : null;
        return block.get(0);
    }

    private ForkJoinTask<List<T>> submit(int from) {
        int to = Math.min(size, from + BLOCK);
        return pool.submit(() -> IntStream.range(from, to).parallel().mapToObj(make).toList());
    }

    @Override
    public int size() {
        return size;
    }
}
