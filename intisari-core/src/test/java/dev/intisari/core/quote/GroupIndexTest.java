package dev.intisari.core.quote;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupIndexTest {

    private static int[] groups(GroupIndex index, int word) {
        return Arrays.copyOf(index.groups(word), index.size(word));
    }

    @Test
    void groupsOfEachWordInTheOrderAdded() {
        // words of a made-up story: 0 "tolak", 1 "revisi", 2 "undang"; groups 0-2 of its statements
        GroupIndex index = new GroupIndex();
        assertTrue(index.isEmpty());
        index.add(1, 0);
        index.add(2, 0);
        index.add(1, 2);
        for (int g = 3; g < 40; g++) {
            index.add(2, g);
        }
        assertFalse(index.isEmpty());
        assertArrayEquals(new int[] {0, 2}, groups(index, 1));
        assertEquals(38, index.size(2));
        assertEquals(39, index.groups(2)[37]);
        assertEquals(0, index.size(0), "a word no group holds");
        assertEquals(0, index.size(500), "a word past the arrays");
        assertEquals(0, index.groups(500).length);
    }

    @Test
    void theSharedEmptyIndexStaysEmpty() {
        assertTrue(GroupIndex.EMPTY.isEmpty());
        assertThrows(IllegalStateException.class, () -> GroupIndex.EMPTY.add(0, 0));
    }
}
