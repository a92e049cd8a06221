package dev.intisari.core.quote;

import java.util.Arrays;

/**
 * The groups of a story's statements that hold each word ({@link SpeakerQuoteMerger}): per word id (the story's
 * words numbered from 0 as first met), the groups' positions in the order they were added. Not thread-safe: one
 * per index of a merge.
 */
final class GroupIndex {
    static final GroupIndex EMPTY = new GroupIndex();
    private static final int[] NONE = new int[0];
    private int[][] groups = new int[0][];
    private int[] sizes = new int[0];
    private boolean empty = true;

    /** Whether no group was added. */
    boolean isEmpty() {
        return empty;
    }

    /** The groups holding word {@code word}: the first {@link #size} entries. */
    int[] groups(int word) {
        return word < groups.length && groups[word] != null ? groups[word] : NONE;
    }

    /** How many groups hold word {@code word}. */
    int size(int word) {
        return word < sizes.length ? sizes[word] : 0;
    }

    /** Group {@code group} holds word {@code word}. */
    void add(int word, int group) {
        if (this == EMPTY) {
            throw new IllegalStateException("the empty index is shared");
        }
        empty = false;
        if (word >= groups.length) {
            int length = Math.max(word + 1, Math.max(16, groups.length * 2));
            groups = Arrays.copyOf(groups, length);
            sizes = Arrays.copyOf(sizes, length);
        }
        int[] list = groups[word];
        if (list == null || sizes[word] == list.length) {
            list = list == null ? new int[4] : Arrays.copyOf(list, list.length * 2);
            groups[word] = list;
        }
        list[sizes[word]++] = group;
    }
}
