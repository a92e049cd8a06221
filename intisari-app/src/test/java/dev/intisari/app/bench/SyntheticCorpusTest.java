package dev.intisari.app.bench;

import dev.intisari.core.clean.RuleLineCleaner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCorpusTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");

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

    /**
     * The body the cleaner keeps (title, dateline and boilerplate lines removed) has IndoSum's length: the
     * distinct dev articles have 262 words at the median and 498 at the 95th percentile, punctuation not
     * counted.
     */
    @Test
    void cleanedBodiesHaveTheWordCountsOfIndoSumArticles() {
        RuleLineCleaner cleaner = new RuleLineCleaner();
        List<Integer> words = generate(1000, 3).stream()
                .filter(a -> a.copyOf() == null)
                .map(a -> cleaner.clean(StoreBench.raw(a)).text())
                .map(text -> (int) WORD.matcher(text).results().count())
                .sorted().toList();
        int median = words.get(words.size() / 2);
        int p95 = words.get(words.size() * 95 / 100);
        assertTrue(median >= 262 * 0.9 && median <= 262 * 1.1, "median words " + median);
        assertTrue(p95 >= 498 * 0.85 && p95 <= 498 * 1.15, "95th percentile words " + p95);
    }

    @Test
    void fewerDaysMakeADenserStreamAndTheDefaultIsUnchanged() {
        List<SyntheticArticle> spread = generate(2000, 1);
        // 2,000 articles: the default spread is 30 days, the least
        assertEquals(30, new SyntheticCorpus.Settings(2000, 1).spread());
        List<SyntheticArticle> explicit = new ArrayList<>();
        new SyntheticCorpus(new SyntheticCorpus.Settings(2000, 1, 30)).generate(explicit::add);
        assertEquals(spread, explicit);
        List<SyntheticArticle> dense = new ArrayList<>();
        new SyntheticCorpus(new SyntheticCorpus.Settings(2000, 1, 5)).generate(dense::add);
        assertEquals(2000, dense.size());
        java.time.LocalDate fifthDay = java.time.LocalDate.of(2025, 1, 6);
        assertTrue(storyStarts(dense).stream().allMatch(d -> d.isBefore(fifthDay)), "a story starts after day 5");
        assertTrue(storyStarts(spread).stream().anyMatch(d -> !d.isBefore(fifthDay)), "30 days: no later start");
        assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus.Settings(10, 1, -1));
    }

    /** The day of each story's first article. */
    private static List<java.time.LocalDate> storyStarts(List<SyntheticArticle> corpus) {
        Map<String, java.time.LocalDate> first = new HashMap<>();
        for (SyntheticArticle a : corpus) {
            first.putIfAbsent(a.story(), a.published().toLocalDate());
        }
        return new ArrayList<>(first.values());
    }
}
