package dev.intisari.app.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCorpusTest {
    private static List<SyntheticArticle> generate(int n, long seed) {
        List<SyntheticArticle> out = new ArrayList<>();
        new SyntheticCorpus(new SyntheticCorpus.Settings(n, seed)).generate(out::add);
        return out;
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        List<SyntheticArticle> a = generate(400, 7);
        assertEquals(a, generate(400, 7));
        assertNotEquals(a, generate(400, 8));
        assertEquals(400, a.size());
    }

    @Test
    void articlesComeInPublicationOrderWithStoriesAndCopies() {
        List<SyntheticArticle> corpus = generate(2000, 1);
        Map<String, SyntheticArticle> byId = new HashMap<>();
        Map<String, Integer> storySizes = new HashMap<>();
        SyntheticArticle previous = null;
        int copies = 0;
        for (SyntheticArticle a : corpus) {
            if (previous != null) {
                assertFalse(a.published().isBefore(previous.published()), "publication order");
            }
            if (a.copyOf() != null) {
                SyntheticArticle original = byId.get(a.copyOf());
                assertTrue(original != null, "a copy follows its original");
                assertEquals(original.story(), a.story());
                copies++;
            }
            byId.put(a.id(), a);
            storySizes.merge(a.story(), 1, Integer::sum);
            previous = a;
        }
        long singletons = storySizes.values().stream().filter(n -> n == 1).count();
        long bursts = storySizes.values().stream().filter(n -> n >= 5).count();
        assertTrue(singletons > storySizes.size() / 3, "most stories are single articles");
        assertTrue(bursts >= 10, "some stories are bursts: " + bursts);
        assertTrue(copies > 50, "syndicated copies: " + copies);
    }

    @Test
    void lengthsFollowIndoSumArticles() {
        List<Integer> words = generate(1000, 3).stream()
                .filter(a -> a.copyOf() == null)
                .map(a -> a.text().split("\\s+").length).sorted().toList();
        int median = words.get(words.size() / 2);
        assertTrue(median > 250 && median < 500, "median words " + median);
    }
}
