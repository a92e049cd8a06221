package dev.intisari.core.cluster;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The stories one term points to in the inverted index of {@link ClusterState}: a plain array, so that reading
 * it costs in proportion to its size (a hash set's iterator walks its whole table, which keeps the size of the
 * largest the set ever was). Order is of no consequence: the clusterer's candidate ranking breaks ties by
 * story age. A story is in it at most once ({@link ClusterState#index} adds only terms it is not yet under).
 */
final class StoryPosting implements Serializable {
    private static final long serialVersionUID = 2L;
    private StoryCentroid[] stories = new StoryCentroid[4];
    /** Each story's number in its state's {@link StorySlots}, read by the scoring walk instead of the story. */
    private int[] slots = new int[4];
    private int size;

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

    /** Adds {@code story}, which has its number ({@link StorySlots#assign}). */
    void add(StoryCentroid story) {
        if (size == stories.length) {
            stories = Arrays.copyOf(stories, size * 2);
            slots = Arrays.copyOf(slots, size * 2);
        }
        slots[size] = story.slot;
        stories[size++] = story;
    }

    /** Removes {@code story} (the last one takes its place); false when it was not there. */
    boolean remove(StoryCentroid story) {
        for (int i = 0; i < size; i++) {
            if (stories[i] == story) {
                stories[i] = stories[--size];
                slots[i] = slots[size];
                stories[size] = null;
                if (size > 8 && size < stories.length / 4) {
                    stories = Arrays.copyOf(stories, stories.length / 2);
                    slots = Arrays.copyOf(slots, slots.length / 2);
                }
                return true;
            }
        }
        return false;
    }
}
