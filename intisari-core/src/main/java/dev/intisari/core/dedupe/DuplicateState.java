package dev.intisari.core.dedupe;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of near-duplicate detection over a stream: the signatures of the articles still in the window,
 * their LSH buckets and exact-content hashes. Owned by the caller (a batch fold, or a streaming job's keyed
 * state) and passed to every {@link MinHashDuplicateDetector#add} step, which updates it; it holds nothing
 * from outside its window, so its size is bounded by {@link DuplicateConfig#maxWindow()}. Serializable, so
 * that a streaming job can checkpoint it.
 */
public final class DuplicateState implements Serializable {
    private static final long serialVersionUID = 3L;
    final DuplicateConfig config;
    final ArrayDeque<Entry> window = new ArrayDeque<>();
    /**
     * The LSH buckets, each oldest first: an {@link Entry} while a bucket holds one article (most do: an article
     * that copies nothing shares few buckets), a {@code List<Entry>} from the second on. No list per bucket and
     * article: at scale the table holds millions of buckets, and a list and its array were two more objects to
     * make, to collect and to read past on every look-up.
     */
    final LongObjectMap<Object> buckets = new LongObjectMap<>();
    final LongObjectMap<Entry> byContent = new LongObjectMap<>();
    Instant latest;
    /** Look-ups so far: marks the entries a look-up has compared ({@link Entry#mark}). */
    long lookups;
    /** What {@link LongObjectMap#touch} read, kept so that the reads are made. */
    transient long touched;

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
            Object bucket = buckets.get(key);
            if (bucket == null) {
                buckets.put(key, e);
            } else if (bucket instanceof Entry one) {
                List<Entry> both = new ArrayList<>(2);
                both.add(one);
                both.add(e);
                buckets.put(key, both);
            } else {
                entries(bucket).add(e);
            }
        }
        if (byContent.get(e.content) == null) {
            byContent.put(e.content, e);
        }
        advance(e.when);
    }

    /** The articles in a bucket ({@link #buckets}' value): 0 for none. */
    static int size(Object bucket) {
        return bucket == null ? 0 : bucket instanceof Entry ? 1 : entries(bucket).size();
    }

    /** The {@code i}-th article, oldest first, of a bucket of {@link #size} above {@code i}. */
    static Entry at(Object bucket, int i) {
        return bucket instanceof Entry one ? one : entries(bucket).get(i);
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> entries(Object bucket) {
        return (List<Entry>) bucket;
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
            touched += buckets.touch(oldest.bandKeys);
            for (long key : oldest.bandKeys) {
                Object bucket = buckets.get(key);
                if (bucket == oldest) {
                    buckets.remove(key);
                } else if (bucket != null && !(bucket instanceof Entry)) {
                    List<Entry> list = entries(bucket);
                    list.remove(oldest);
                    if (list.isEmpty()) {
                        buckets.remove(key);
                    }
                }
            }
            if (byContent.get(oldest.content) == oldest) {
                byContent.remove(oldest.content);
            }
        }
    }

    /** One article in the window. {@code first} is the earliest member of its copy group. */
    static final class Entry implements Serializable {
        private static final long serialVersionUID = 2L;
        final String id;
        final Instant when;
        final int[] signature;
        final long[] bandKeys;
        final long content;
        final Entry first;
        /** The look-up ({@link #lookups}) that last compared this entry: each candidate is compared once. */
        long mark;

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
