package dev.intisari.core.pipeline;

import dev.intisari.core.cluster.StoryFold;
import dev.intisari.model.Article;
import dev.intisari.model.StoryGroup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The story fold on its own thread takes every article handed over, in the order handed over. */
class FoldBehindTest {
    /** A story fold that writes down what it is given, on which thread, and fails at article {@code failAt}. */
    private static final class Recording implements StoryFold<String> {
        final List<String> taken = new ArrayList<>();
        final int failAt;
        Thread ranOn;

        Recording(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public String read(Article article) {
            return article.id();
        }

        @Override
        public void add(String reading, String copyOf) {
            ranOn = Thread.currentThread();
            if (taken.size() == failAt) {
                throw new IllegalStateException("fold failed at " + reading);
            }
            taken.add(reading + "<" + copyOf);
        }

        @Override
        public List<StoryGroup> groups() {
            return List.of();
        }
    }

    @Test
    void everyArticleInOrderWhateverTheChunking() {
        // none, part of a chunk, exactly one, one and a bit, many
        for (int n : new int[] {0, 5, FoldBehind.CHUNK, FoldBehind.CHUNK + 1, FoldBehind.CHUNK * FoldBehind.QUEUED * 3 + 7}) {
            Recording fold = new Recording(-1);
            FoldBehind<String> behind = new FoldBehind<>(fold);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String copyOf = i % 3 == 0 ? "berita-" + (i - 1) : null;
                behind.add("berita-" + i, copyOf);
                expected.add("berita-" + i + "<" + copyOf);
            }
            behind.finish();
            assertEquals(expected, fold.taken, "n = " + n);
            if (n > 0) {
                assertNotEquals(Thread.currentThread(), fold.ranOn);
            }
        }
    }

    @Test
    void aFailureOfTheFoldReachesTheCaller() {
        Recording fold = new Recording(FoldBehind.CHUNK + 3);
        FoldBehind<String> behind = new FoldBehind<>(fold);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            for (int i = 0; i < FoldBehind.CHUNK * (FoldBehind.QUEUED + 4); i++) {
                behind.add("berita-" + i, null);
            }
            behind.finish();
        });
        assertEquals("fold failed at berita-" + (FoldBehind.CHUNK + 3), e.getMessage());
        assertEquals(FoldBehind.CHUNK + 3, fold.taken.size());
    }
}
