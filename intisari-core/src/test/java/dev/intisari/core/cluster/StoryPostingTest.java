package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryPostingTest {
    private static StoryCentroid story(int i) {
        return new StoryCentroid("s" + i, i, null);
    }

    @Test
    void addsAndRemovesStoriesWhateverTheOrder() {
        StoryPosting posting = new StoryPosting();
        StoryCentroid[] stories = new StoryCentroid[100];
        for (int i = 0; i < stories.length; i++) {
            stories[i] = story(i);
            posting.add(stories[i]);
        }
        for (int i = 0; i < stories.length; i += 3) {
            assertTrue(posting.remove(stories[i]));
        }
        assertFalse(posting.remove(stories[0]), "already gone");
        assertFalse(posting.remove(story(500)), "never there");
        Set<StoryCentroid> left = new HashSet<>();
        for (int i = 0; i < posting.size(); i++) {
            left.add(posting.get(i));
        }
        assertEquals(66, posting.size());
        assertEquals(66, left.size());
        for (int i = 0; i < stories.length; i++) {
            assertEquals(i % 3 != 0, left.contains(stories[i]), "story " + i);
        }
        for (StoryCentroid s : left) {
            assertTrue(posting.remove(s));
        }
        assertEquals(0, posting.size());
    }
}
