package dev.intisari.core.dedupe;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of near-duplicate detection over a stream: the signatures of the articles still in the window,
 * their LSH buckets and exact-content hashes. Owned by the caller (a batch fold, or a streaming job's keyed
 * state) and passed to every {@link MinHashDuplicateDetector#add} step, which updates it; it holds nothing
 * from outside its window, so its size is bounded by {@link DuplicateConfig#maxWindow()}. Serializable, so
 * that a streaming job can checkpoint it.
 */
public final class DuplicateState implements Serializable {
    private static final long serialVersionUID = 2L;
    final DuplicateConfig config;
    final ArrayDeque<Entry> window = new ArrayDeque<>();
    final LongObjectMap<List<Entry>> buckets = new LongObjectMap<>();
    final Map<Long, Entry> byContent = new HashMap<>();
    Instant latest;

    DuplicateState(DuplicateConfig config) {
        this.config = config;
    }

    /** Articles currently in the window. */
    public int size() {
        return window.size();
    }

    void put(Entry e) {
        window.addLast(e);
        for (long key : e.bandKeys) {
            buckets.computeIfAbsent(key, () -> new ArrayList<>(2)).add(e);
        }
        byContent.putIfAbsent(e.content, e);
        advance(e.when);
    }

    /** Moves time forward to {@code when} and lets articles older than the window leave. */
    void advance(Instant when) {
        if (when != null && (latest == null || when.isAfter(latest))) {
            latest = when;
        }
        evict();
    }

    private void evict() {
        Instant horizon = latest == null ? null : latest.minus(config.window());
        while (!window.isEmpty()) {
            Entry oldest = window.peekFirst();
            boolean tooOld = horizon != null && oldest.when != null && oldest.when.isBefore(horizon);
            if (!tooOld && window.size() <= config.maxWindow()) {
                return;
            }
            window.removeFirst();
            for (long key : oldest.bandKeys) {
                List<Entry> bucket = buckets.get(key);
                if (bucket != null) {
                    bucket.remove(oldest);
                    if (bucket.isEmpty()) {
                        buckets.remove(key);
                    }
                }
            }
            byContent.remove(oldest.content, oldest);
        }
    }

    /** One article in the window. {@code first} is the earliest member of its copy group. */
    static final class Entry implements Serializable {
        private static final long serialVersionUID = 1L;
        final String id;
        final Instant when;
        final int[] signature;
        final long[] bandKeys;
        final long content;
        final Entry first;

        Entry(String id, Instant when, int[] signature, long[] bandKeys, long content, Entry first) {
            this.id = id;
            this.when = when;
            this.signature = signature;
            this.bandKeys = bandKeys;
            this.content = content;
            this.first = first == null ? this : first;
        }
    }
}
