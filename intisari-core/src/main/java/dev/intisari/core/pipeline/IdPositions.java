package dev.intisari.core.pipeline;

import java.util.List;

/**
 * Each id's position in a list of ids (the last, for an id listed twice, as a map filled in list order keeps): an open-addressing table of positions (4 to 8 bytes an id) over
 * the list itself, where a {@code HashMap<String, Integer>} holds a node and often an {@code Integer} per id
 * (about 50 bytes), for as long as a run's stories are explained. Immutable; safe to read from any thread.
 */
final class IdPositions {
    private static final int EMPTY = -1;
    private final List<String> ids;
    /** Positions into {@link #ids}, at their hash's slot or the next free one; {@link #EMPTY} elsewhere. */
    private final int[] slots;
    private final int distinct;

    /** Over {@code ids}, which must be random-access, and which this keeps (not a copy). */
    IdPositions(List<String> ids) {
        this.ids = ids;
        int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 - 1)) << 1;
        slots = new int[capacity];
        java.util.Arrays.fill(slots, EMPTY);
        int mask = capacity - 1;
        int count = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int at = spread(id.hashCode()) & mask;
            while (slots[at] != EMPTY && !ids.get(slots[at]).equals(id)) {
                at = (at + 1) & mask;
            }
            if (slots[at] == EMPTY) {
                count++;
            }
            slots[at] = i;
        }
        distinct = count;
    }

    /** The position of {@code id}, or -1 when it is not one of the ids. */
    int of(Object id) {
        if (!(id instanceof String s)) {
            return -1;
        }
        int mask = slots.length - 1;
        for (int at = spread(s.hashCode()) & mask; slots[at] != EMPTY; at = (at + 1) & mask) {
            if (ids.get(slots[at]).equals(s)) {
                return slots[at];
            }
        }
        return -1;
    }

    /** How many distinct ids. */
    int size() {
        return distinct;
    }

    /** Positions in the list: every id's once (the one {@link #of} gives), in list order. */
    int[] positions() {
        int[] out = new int[distinct];
        int k = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (of(ids.get(i)) == i) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** The id at {@code position}. */
    String id(int position) {
        return ids.get(position);
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
