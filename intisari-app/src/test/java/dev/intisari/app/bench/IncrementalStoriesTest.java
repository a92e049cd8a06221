package dev.intisari.app.bench;

import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.Article;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;
import dev.intisari.store.StoryUpdate;
import dev.intisari.store.TestPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stories updated incrementally equal the stories of one ingest of everything: membership, aliases and the
 * explained story itself, on a synthetic stream with bursts, long stories and syndicated copies.
 */
class IncrementalStoriesTest {
    private static final int ARTICLES = 120;
    private static Pipeline pipeline;
    private static List<RawArticle> raws;
    private static List<Article> analysed;
    private static Map<String, String> whole;

    @TempDir
    Path temp;

    @BeforeAll
    static void analyse() {
        pipeline = TestPipeline.create();
        raws = new ArrayList<>();
        new SyntheticCorpus(new SyntheticCorpus.Settings(ARTICLES, 11)).generate(a -> raws.add(raw(a, a.text())));
        analysed = raws.parallelStream().map(pipeline::analyze).toList();
    }

    private Map<String, String> whole() throws IOException {
        if (whole == null) {
            whole = ingestInParts("whole", List.of(range(0, ARTICLES)), false);
        }
        return whole;
    }

    private static RawArticle raw(SyntheticArticle a, String text) {
        return new RawArticle(a.id(), "synthetic", a.url(), a.outlet(), a.title(),
                Published.of(a.published(), "jsonl"), "id", text, null);
    }

    /** Story id to its sorted articles and its contract JSON. */
    private static Map<String, String> stories(Store store) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, List<String>> s : store.storyMembers().entrySet()) {
            out.put(s.getKey(), s.getValue() + " " + store.story(s.getKey()).orElseThrow());
        }
        return out;
    }

    private Map<String, String> ingestInParts(String name, List<List<Integer>> parts, boolean reopen)
            throws IOException {
        Path data = temp.resolve(name);
        Store store = Store.open(data);
        try {
            Ingest ingest = new Ingest(store, pipeline);
            for (List<Integer> part : parts) {
                if (reopen) {
                    store.close();
                    store = Store.open(data);
                    ingest = new Ingest(store, pipeline);
                }
                ingest.write(part.stream().map(raws::get).toList(), part.stream().map(analysed::get).toList());
                ingest.updateStories();
                lastUpdate = ingest.lastUpdate();
            }
            return stories(store);
        } finally {
            store.close();
        }
    }

    private StoryUpdate lastUpdate;

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void twoHalvesInPublicationOrderGiveTheStoriesOfOneIngest() throws IOException {
        Map<String, String> whole = whole();
        Map<String, String> halves = ingestInParts("halves", List.of(range(0, ARTICLES / 2),
                range(ARTICLES / 2, ARTICLES)), true);
        assertFalse(lastUpdate.rebuilt(), "the second half follows the first: " + lastUpdate.why());
        assertTrue(lastUpdate.storiesChanged() < whole.size(), "only the stories the second half touched");
        assertTrue(whole.size() > 10, "stories: " + whole.size());
        assertEquals(whole, halves);
    }

    @Test
    void manySmallIngestsGiveTheSameStories() throws IOException {
        Map<String, String> whole = whole();
        List<List<Integer>> parts = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i += 31) {
            parts.add(range(i, Math.min(ARTICLES, i + 31)));
        }
        assertEquals(whole, ingestInParts("parts", parts, false));
    }

    @Test
    void aLateArticleRebuildsAndStillGivesTheStoriesOfOneIngest() throws IOException {
        Map<String, String> whole = whole();
        List<Integer> first = range(0, ARTICLES / 2);
        int late = ARTICLES / 4;
        first.remove(Integer.valueOf(late));
        List<Integer> second = range(ARTICLES / 2, ARTICLES);
        second.add(late);
        Map<String, String> split = ingestInParts("late", List.of(first, second), true);
        assertTrue(lastUpdate.rebuilt());
        assertEquals(whole, split);
    }

    @Test
    void anUpdatedArticleReplacesItsEarlierVersionInItsStories() throws IOException {
        int changed = ARTICLES / 3;
        RawArticle before = raws.get(changed);
        RawArticle after = new RawArticle(before.id(), before.source(), before.url(), before.outlet(),
                before.title() + " (ralat)", before.published(), before.language(),
                before.text().replaceFirst("\\.", ". Ralat: angka korban telah diperbarui."), null);
        Article afterAnalysed = pipeline.analyze(after);
        Path data = temp.resolve("updated");
        Map<String, String> updated;
        try (Store store = Store.open(data)) {
            Ingest ingest = new Ingest(store, pipeline);
            ingest.write(raws, analysed);
            ingest.updateStories();
            ingest.write(List.of(after), List.of(afterAnalysed));
            ingest.updateStories();
            assertTrue(ingest.lastUpdate().rebuilt(), ingest.lastUpdate().why());
            updated = stories(store);
            assertEquals(1, store.storiesOf(before.id()).size());
        }
        List<RawArticle> finalRaws = new ArrayList<>(raws);
        List<Article> finalAnalysed = new ArrayList<>(analysed);
        finalRaws.set(changed, after);
        finalAnalysed.set(changed, afterAnalysed);
        try (Store store = Store.open(temp.resolve("final"))) {
            Ingest ingest = new Ingest(store, pipeline);
            ingest.write(finalRaws, finalAnalysed);
            ingest.updateStories();
            assertEquals(stories(store), updated);
        }
    }
}
