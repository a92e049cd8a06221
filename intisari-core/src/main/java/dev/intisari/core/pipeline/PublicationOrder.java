package dev.intisari.core.pipeline;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The publication times of a run's articles, kept as numbers (seconds, nanoseconds and offset in three arrays,
 * 16 bytes an article, where an {@link OffsetDateTime} and its date, time and date-time are four objects and
 * about 100 bytes), and the run's order from them: by instant, then by local date-time (the order of
 * {@link OffsetDateTime#compareTo}: of two equal instants the larger offset comes last), undated articles
 * last, ties by id. Appending is for one thread.
 */
final class PublicationOrder {
    /** Marks an undated article in {@link #nanos} (a real nanosecond is never negative). */
    private static final int UNDATED = -1;
    private long[] seconds = new long[1024];
    private int[] nanos = new int[1024];
    private int[] offsets = new int[1024];
    private int size;

    /** The next article's publication time, or null when it has none. */
    void add(OffsetDateTime published) {
        if (size == seconds.length) {
            int grown = size * 2;
            seconds = Arrays.copyOf(seconds, grown);
            nanos = Arrays.copyOf(nanos, grown);
            offsets = Arrays.copyOf(offsets, grown);
        }
        if (published == null) {
            nanos[size] = UNDATED;
        } else {
            seconds[size] = published.toEpochSecond();
            nanos[size] = published.getNano();
            offsets[size] = published.getOffset().getTotalSeconds();
        }
        size++;
    }

    int size() {
        return size;
    }

    /** The articles' positions in publication order; {@code ids} are the articles' ids, in the order added. */
    int[] order(List<String> ids) {
        if (ids.size() != size) {
            throw new IllegalArgumentException(ids.size() + " ids for " + size + " articles");
        }
        Comparator<Integer> byTime = (a, b) -> compare(a, b);
        return IntStream.range(0, size).boxed()
                .sorted(byTime.thenComparing(ids::get))
                .mapToInt(Integer::intValue).toArray();
    }

    private int compare(int a, int b) {
        boolean undatedA = nanos[a] == UNDATED;
        boolean undatedB = nanos[b] == UNDATED;
        if (undatedA || undatedB) {
            return Boolean.compare(undatedA, undatedB);
        }
        int c = Long.compare(seconds[a], seconds[b]);
        if (c == 0) {
            c = Integer.compare(nanos[a], nanos[b]);
        }
        return c != 0 ? c : Integer.compare(offsets[a], offsets[b]);
    }
}
