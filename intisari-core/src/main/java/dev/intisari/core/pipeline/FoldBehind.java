package dev.intisari.core.pipeline;

import dev.intisari.core.cluster.StoryFold;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The story fold run on a thread of its own, a few articles behind the thread that runs the duplicate fold: that
 * thread hands over each article's story reading with the copy group it just found, in publication order, and the
 * story fold takes them in that order, so its stories are the ones the two folds one after the other give. Two
 * serial folds then cost the longer of the two in wall time instead of their sum. Handed over in chunks, so the
 * threads meet once per {@value #CHUNK} articles; at most {@value #QUEUED} chunks wait, so memory stays small.
 *
 * @param <C> what the story fold reads of one article
 */
final class FoldBehind<C> {
    static final int CHUNK = 64;
    static final int QUEUED = 16;

    /** Articles handed over together: readings and copy groups, {@code count} of them. */
    private record Chunk(Object[] readings, String[] copyOf, int count) {
    }

    private static final Chunk END = new Chunk(new Object[0], new String[0], 0);
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private volatile Throwable failed;
    private Object[] readings = new Object[CHUNK];
    private String[] copyOf = new String[CHUNK];
    private int filled;

    /** Starts the thread that feeds {@code fold}. */
    FoldBehind(StoryFold<C> fold) {
        thread = new Thread(() -> run(fold), "intisari-stories");
        thread.setDaemon(true);
        thread.start();
    }

    @SuppressWarnings("unchecked")
    private void run(StoryFold<C> fold) {
        try {
            for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                if (failed != null) {
                    continue; // drained so the other side never blocks; it stops at its next hand-over
                }
                try {
                    for (int i = 0; i < chunk.count(); i++) {
                        fold.add((C) chunk.readings()[i], chunk.copyOf()[i]);
                    }
                } catch (RuntimeException | Error e) {
                    failed = e;
                }
            }
        } catch (InterruptedException e) {
            // the other side gave up (it failed itself)
        }
    }

    /** The next article in publication order, with the first article of its copy group (null for none). */
    void add(C reading, String copy) {
        readings[filled] = reading;
        copyOf[filled] = copy;
        if (++filled == CHUNK) {
            handOver(new Chunk(readings, copyOf, filled));
            readings = new Object[CHUNK];
            copyOf = new String[CHUNK];
            filled = 0;
        }
    }

    /** Waits until the story fold has taken every article; rethrows what stopped it. */
    void finish() {
        if (filled > 0) {
            handOver(new Chunk(readings, copyOf, filled));
            filled = 0;
        }
        handOver(END);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }

    /** Stops the thread without waiting for the articles handed over (the caller failed). */
    void abandon() {
        thread.interrupt();
    }

    private void handOver(Chunk chunk) {
        rethrow();
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new IllegalStateException("interrupted while folding stories", e);
        }
    }

    private void rethrow() {
        if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        }
    }
}
