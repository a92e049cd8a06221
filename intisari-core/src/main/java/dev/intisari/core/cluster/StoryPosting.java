package dev.intisari.core.cluster;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The stories one term points to in the inverted index of {@link ClusterState}: a plain array, so that reading
 * it costs in proportion to its size (a hash set's iterator walks its whole table, which keeps the size of the
 * largest the set ever was). Order is of no consequence: the clusterer's candidate ranking breaks ties by
 * story age. A story is in it at most once ({@link ClusterState#index} adds only terms it is not yet under).
 * Each story knows its place in the postings of its terms ({@link StoryCentroid#places}), so that taking it out
 * costs the same in a posting of thousands of stories as in one of two: the last story moves into the place
 * freed, and its own place is updated.
 */
final class StoryPosting implements Serializable {
    private static final long serialVersionUID = 3L;
    private final long term;
    private StoryCentroid[] stories = new StoryCentroid[4];
    /** Each story's number in its state's {@link StorySlots}, read by the scoring walk instead of the story. */
    private int[] slots = new int[4];
    private int size;

    /** The posting of {@code term}: a story moved inside it finds its place there by this term. */
    StoryPosting(long term) {
        this.term = term;
    }

    int size() {
        return size;
    }

    StoryCentroid get(int i) {
        return stories[i];
    }

    /** The {@link StorySlots} number of the {@code i}-th story. */
    int slot(int i) {
        return slots[i];
    }

    /** Adds {@code story}, which has its number ({@link StorySlots#assign}); returns its place. */
    int add(StoryCentroid story) {
        if (size == stories.length) {
            stories = Arrays.copyOf(stories, size * 2);
            slots = Arrays.copyOf(slots, size * 2);
        }
        slots[size] = story.slot;
        stories[size] = story;
        return size++;
    }

    /**
     * Removes the story at {@code place} (the last one takes its place and is told so through its place under this
     * posting's term).
     */
    void removeAt(int place) {
        int last = --size;
        if (place != last) {
            StoryCentroid moved = stories[last];
            stories[place] = moved;
            slots[place] = slots[last];
            moved.movedTo(term, place);
        }
        stories[last] = null;
        if (size > 8 && size < stories.length / 4) {
            stories = Arrays.copyOf(stories, stories.length / 2);
            slots = Arrays.copyOf(slots, slots.length / 2);
        }
    }
}
