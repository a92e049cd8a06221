package dev.intisari.core.cluster;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Small dense numbers for the stories in the postings of a {@link ClusterState}, so that a scoring step sums each
 * touched story's term overlap in plain arrays indexed by that number: a story's posting entry carries its number
 * ({@link StoryPosting#slot}), and the walk over the postings (up to thousands of stories per query term on topic
 * words) reads no story object, only the posting's arrays and this tally, which stay in cache where the stories
 * are scattered over the heap. Only the candidates ranked best are read as stories. A number is given when a
 * story is first indexed and taken back when it retires. The tally of a step is scratch (not checkpointed).
 */
final class StorySlots implements Serializable {
    private static final long serialVersionUID = 1L;
    private StoryCentroid[] stories = new StoryCentroid[256];
    /** Each slot's story's arrival ({@link StoryCentroid#sequence}): the tie-break of the ranking. */
    private long[] sequences = new long[256];
    private int[] free = new int[64];
    private int freeCount;
    /** Slots given out so far, free or not: the next new number. */
    private int used;
    private transient long[] marks;
    private transient double[] overlaps;
    private transient int[] touched;
    private transient int touchedCount;
    private transient long step;

    /** Gives {@code story} a number unless it has one. */
    void assign(StoryCentroid story) {
        if (story.slot >= 0) {
            return;
        }
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            slot = used++;
            if (slot == stories.length) {
                stories = Arrays.copyOf(stories, 2 * slot);
                sequences = Arrays.copyOf(sequences, 2 * slot);
            }
        }
        stories[slot] = story;
        sequences[slot] = story.sequence;
        story.slot = slot;
    }

    /** Takes back the number of a story that leaves the state. */
    void release(StoryCentroid story) {
        if (story.slot < 0) {
            return;
        }
        stories[story.slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, 2 * freeCount);
        }
        free[freeCount++] = story.slot;
        story.slot = -1;
    }

    /** Starts a scoring step's tally: no story touched. */
    void startStep() {
        if (marks == null || marks.length < stories.length) {
            marks = marks == null ? new long[stories.length] : Arrays.copyOf(marks, stories.length);
            overlaps = overlaps == null ? new double[stories.length] : Arrays.copyOf(overlaps, stories.length);
        }
        if (touched == null) {
            touched = new int[256];
        }
        step++;
        touchedCount = 0;
    }

    /** Adds {@code weight} to the overlap of the story in {@code slot}, in this step. */
    void add(int slot, double weight) {
        if (marks[slot] != step) {
            marks[slot] = step;
            overlaps[slot] = 0;
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, 2 * touchedCount);
            }
            touched[touchedCount++] = slot;
        }
        overlaps[slot] += weight;
    }

    /**
     * The {@code k} stories of this step with the most overlap, best first (ties: the older, by arrival), kept in a
     * small sorted array while the touched stories are read in the order they were first touched: most are worse
     * than the k-th and cost one comparison.
     */
    StoryCentroid[] mostOverlap(int k) {
        int[] best = new int[Math.min(k, touchedCount)];
        int n = 0;
        for (int i = 0; i < touchedCount; i++) {
            int c = touched[i];
            if (n == best.length && !before(c, best[n - 1])) {
                continue;
            }
            int at = n == best.length ? n - 1 : n++;
            while (at > 0 && before(c, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = c;
        }
        StoryCentroid[] ranked = new StoryCentroid[n];
        for (int i = 0; i < n; i++) {
            ranked[i] = stories[best[i]];
        }
        return ranked;
    }

    /** Whether slot {@code a} ranks before slot {@code b}: more overlap, then the older story (earlier arrival). */
    private boolean before(int a, int b) {
        return overlaps[a] > overlaps[b] || overlaps[a] == overlaps[b] && sequences[a] < sequences[b];
    }
}
