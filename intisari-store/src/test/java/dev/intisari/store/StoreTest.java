package dev.intisari.store;

import dev.intisari.core.cluster.StoryClusterer;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.InputProblem;
import dev.intisari.model.StableId;
import dev.intisari.model.StoryGroup;
import dev.intisari.store.search.FacetCount;
import dev.intisari.store.search.SearchQuery;
import dev.intisari.store.search.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {
    private static Pipeline pipeline;

    @TempDir
    Path temp;

    @BeforeAll
    static void pipeline() {
        pipeline = TestPipeline.create();
    }

    private static Ingest.Outcome ingest(Store store, Path... files) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(f.toString());
        }
        return new Ingest(store, pipeline).run(new FileCorpusReader(), inputs, p -> { }, n -> { });
    }

    private Path corpus() throws IOException {
        return FictionalNews.write(temp, "berita.jsonl", FictionalNews.FLOOD_A, FictionalNews.FLOOD_B,
                FictionalNews.HARBOUR, FictionalNews.FESTIVAL);
    }

    @Test
    void ingestStoresArticlesStoriesAndIndex() throws IOException {
        try (Store store = Store.open(temp.resolve("data"))) {
            Ingest.Outcome outcome = ingest(store, corpus());
            assertEquals(4, outcome.added());
            assertFalse(outcome.failed(), outcome.problems().toString());
            assertEquals(4, store.articleCount());
            assertEquals(4, store.index().size());
            assertTrue(store.storyCount() >= 2 && store.storyCount() <= 4, "stories: " + store.storyCount());
            List<String> floodStories = store.storiesOf("banjir-1");
            assertEquals(1, floodStories.size());
            assertTrue(store.article("banjir-1").orElseThrow().contains("\"key_points\""));
            assertTrue(store.story(floodStories.get(0)).orElseThrow().contains("\"key_points\""));
            EntityView budi = store.entity("budi santosa", 10).orElseThrow();
            assertEquals("Budi Santosa", budi.name());
            assertEquals(2, budi.articles());
            assertEquals(2, budi.quotes().size());
            java.util.Set<String> expected = new java.util.TreeSet<>(floodStories);
            expected.addAll(store.storiesOf("banjir-2"));
            assertEquals(expected, new java.util.TreeSet<>(budi.stories().stream().map(StorySummary::id).toList()));
            assertTrue(store.entity("Tidak Ada", 10).isEmpty());
        }
    }

    @Test
    void searchUsesIndonesianStemmingHighlightsAndFacets() throws IOException {
        try (Store store = Store.open(temp.resolve("data"))) {
            ingest(store, corpus());
            // "mengungsi" and "pengungsian" share the stem "ungsi"
            SearchResult r = store.index().search(new SearchQuery("mengungsi", null, null, null, null, 0, 10));
            assertEquals(2, r.total());
            assertTrue(r.hits().get(0).snippet().contains("<mark>"), r.hits().get(0).snippet());
            assertEquals(2, r.facets().get("outlet").size());
            SearchResult filtered = store.index().search(
                    new SearchQuery("mengungsi", "Warta Pelita", null, null, null, 0, 10));
            assertEquals(1, filtered.total());
            assertEquals("banjir-2", filtered.hits().get(0).id());
            SearchResult dated = store.index().search(
                    new SearchQuery("pelabuhan OR festival", null, null, "2026-03-06", "2026-03-31", 0, 10));
            assertEquals(List.of("festival-1"), dated.hits().stream().map(h -> h.id()).toList());
            assertEquals("banjir-2", store.index().related("banjir-1", 3).get(0).id());
        }
    }

    @Test
    void reingestIsIdempotentAndAnUpdateReplaces() throws IOException {
        Path data = temp.resolve("data");
        Path file = corpus();
        try (Store store = Store.open(data)) {
            ingest(store, file);
            Ingest.Outcome again = ingest(store, file);
            assertEquals(0, again.added());
            assertEquals(0, again.updated());
            assertEquals(4, again.unchanged());
            assertEquals(4, store.articleCount());
            assertEquals(4, store.index().size());
        }
        String changed = FictionalNews.FESTIVAL.replace("ribuan pengunjung", "puluhan ribu wisatawan");
        Path update = FictionalNews.write(temp, "ralat.jsonl", changed);
        try (Store store = Store.open(data)) {
            Ingest.Outcome outcome = ingest(store, update);
            assertEquals(1, outcome.updated());
            assertEquals(4, store.articleCount());
            assertTrue(store.article("festival-1").orElseThrow().contains("wisatawan"));
            assertEquals(1, store.index().search(new SearchQuery("wisatawan", null, null, null, null, 0, 5)).total());
            assertEquals(0, store.index().search(new SearchQuery("pengunjung", null, null, null, null, 0, 5)).total());
        }
    }

    @Test
    void aCrashMidIngestIsCompletedByTheNextRun() throws IOException {
        Path data = temp.resolve("data");
        Path file = corpus();
        try (Store store = Store.open(data)) {
            Ingest crashing = new Ingest(store, pipeline, 2, name -> {
                if (name.equals("batch-stored")) {
                    throw new IllegalStateException("simulated crash");
                }
            });
            assertThrows(IllegalStateException.class,
                    () -> crashing.run(new FileCorpusReader(), List.of(file.toString()), p -> { }, n -> { }));
            assertEquals(2, store.articleCount());
            assertEquals(0, store.index().size());
            assertEquals(0, store.storyCount());
        }
        List<InputProblem> problems = new ArrayList<>();
        try (Store store = Store.open(data)) {
            Ingest.Outcome outcome = new Ingest(store, pipeline).run(new FileCorpusReader(), List.of(file.toString()),
                    problems::add, n -> { });
            assertEquals(2, outcome.added());
            assertEquals(2, outcome.unchanged());
            assertEquals(4, store.articleCount());
            assertEquals(4, store.index().size());
            assertTrue(store.storyCount() >= 2);
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    @Test
    void aCrashBeforeTheStoryUpdateIsCompletedByTheNextStart() throws IOException {
        Path file = corpus();
        Map<String, List<String>> clean;
        String cleanStory;
        try (Store store = Store.open(temp.resolve("clean"))) {
            ingest(store, file);
            clean = store.storyMembers();
            cleanStory = store.story(clean.keySet().iterator().next()).orElseThrow();
        }
        Path data = temp.resolve("data");
        try (Store store = Store.open(data)) {
            Ingest crashing = new Ingest(store, pipeline, 2, name -> {
                if (name.equals("regroup")) {
                    throw new IllegalStateException("simulated crash");
                }
            });
            assertThrows(IllegalStateException.class,
                    () -> crashing.run(new FileCorpusReader(), List.of(file.toString()), p -> { }, n -> { }));
            assertEquals(4, store.articleCount());
            assertEquals(0, store.storyCount());
        }
        try (Store store = Store.open(data)) {
            new Ingest(store, pipeline).recover();
            assertEquals(4, store.index().size());
            assertEquals(clean, store.storyMembers());
            assertEquals(cleanStory, store.story(clean.keySet().iterator().next()).orElseThrow());
        }
    }

    @Test
    void pagesAfterAStoryFollowTheOrderOfOffsets() throws IOException {
        try (Store store = Store.open(temp.resolve("data"))) {
            ingest(store, corpus());
            for (StoryFilter.Sort sort : StoryFilter.Sort.values()) {
                List<StorySummary> all = store.stories(new StoryFilter(sort, null, null, null, 0, 100));
                assertTrue(all.size() >= 2, all.toString());
                List<StorySummary> paged = new ArrayList<>();
                StorySummary last = null;
                for (int i = 0; i <= all.size(); i++) {
                    List<StorySummary> page = store.stories(new StoryFilter(sort, null, null, null, 0, 1, last));
                    if (page.isEmpty()) {
                        break;
                    }
                    last = page.get(0);
                    paged.add(last);
                }
                assertEquals(all, paged, sort.name());
            }
        }
    }

    @Test
    void aStorysArticlesComeInPagesInPublicationOrder() throws IOException {
        try (Store store = Store.open(temp.resolve("data"))) {
            ingest(store, corpus());
            String story = store.storiesOf("banjir-1").get(0);
            List<ArticleSummary> all = store.articlesOf(story);
            assertTrue(all.size() >= 2, all.toString());
            List<String> dates = all.stream().map(ArticleSummary::published).toList();
            assertEquals(dates.stream().sorted().toList(), dates, "publication order");
            List<ArticleSummary> paged = new ArrayList<>();
            StoryArticlePage page = store.articlesOf(story, null, null, 1);
            paged.addAll(page.articles());
            while (page.hasNext()) {
                assertEquals(1, page.articles().size());
                page = store.articlesOf(story, page.nextKey(), page.nextId(), 1);
                paged.addAll(page.articles());
            }
            assertEquals(all, paged);
            StoryArticlePage whole = store.articlesOf(story, null, null, all.size());
            assertEquals(all, whole.articles());
            assertFalse(whole.hasNext(), "a page holding the rest is the last");
            assertThrows(IllegalArgumentException.class, () -> store.articlesOf(story, "x", null, 1));
        }
    }

    @Test
    void aStorysArticlesAreOrderedByDateNotIdWithUndatedLastAndFollowAnUpdate() throws IOException {
        String later = FictionalNews.FLOOD_B.replace("\"banjir-2\"", "\"a-banjir\"")
                .replace("2026-03-02T11:30:00+07:00", "2026-03-02T15:00:00+07:00");
        String undated = FictionalNews.FLOOD_B.replace("\"banjir-2\"", "\"aa-banjir\"")
                .replace("\"published\":\"2026-03-02T11:30:00+07:00\",", "");
        try (Store store = Store.open(temp.resolve("data"))) {
            ingest(store, FictionalNews.write(temp, "a.jsonl", FictionalNews.FLOOD_A, FictionalNews.FLOOD_B, later, undated));
            String story = store.storiesOf("banjir-1").get(0);
            assertEquals(List.of("banjir-1", "banjir-2", "a-banjir", "aa-banjir"), ids(store, story));
            String earlier = later.replace("2026-03-02T15:00:00+07:00", "2026-03-02T06:00:00+07:00");
            ingest(store, FictionalNews.write(temp, "b.jsonl", earlier));
            story = store.storiesOf("banjir-1").get(0);
            assertEquals(List.of("a-banjir", "banjir-1", "banjir-2", "aa-banjir"), ids(store, story));
        }
    }

    /** The story's article ids read page by page, two at a time. */
    private static List<String> ids(Store store, String story) throws IOException {
        List<String> out = new ArrayList<>();
        StoryArticlePage page = store.articlesOf(story, null, null, 2);
        page.articles().forEach(a -> out.add(a.id()));
        while (page.hasNext()) {
            page = store.articlesOf(story, page.nextKey(), page.nextId(), 2);
            page.articles().forEach(a -> out.add(a.id()));
        }
        return out;
    }

    @Test
    void facetsCountAcrossSegments() throws IOException {
        try (Store store = Store.open(temp.resolve("data"))) {
            // one run per article: every run ends with a commit, so the index has several segments
            for (String article : new String[] {FictionalNews.FLOOD_A, FictionalNews.HARBOUR, FictionalNews.FESTIVAL,
                FictionalNews.FLOOD_B}) {
                ingest(store, FictionalNews.write(temp, "one.jsonl", article));
            }
            SearchResult r = store.index().search(new SearchQuery("Sukamaju", null, null, null, null, 0, 10));
            assertEquals(3, r.total());
            assertEquals(List.of(new FacetCount("Kabar Sukamaju", 2), new FacetCount("Warta Pelita", 1)),
                    r.facets().get("outlet"));
            assertEquals(List.of(new FacetCount("2026-03-02", 2), new FacetCount("2026-03-07", 1)),
                    r.facets().get("day"));
        }
    }

    @Test
    void aStoryWhoseIdChangesLeavesAnAlias() throws IOException {
        // a clusterer that puts articles sharing an id prefix ("banjir-") into one story named after its first
        StoryClusterer byPrefix = (articles, duplicates) -> {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            articles.forEach(a -> groups.computeIfAbsent(a.id().replaceAll("-\\d+$", ""), k -> new ArrayList<>())
                    .add(a.id()));
            return groups.values().stream()
                    .map(ids -> new StoryGroup(StableId.of("s", ids.get(0)), ids, List.of())).toList();
        };
        Pipeline grouping = TestPipeline.create(byPrefix);
        try (Store store = Store.open(temp.resolve("data"))) {
            Ingest ingest = new Ingest(store, grouping);
            ingest.run(new FileCorpusReader(), List.of(FictionalNews.write(temp, "b.jsonl", FictionalNews.FLOOD_B)
                    .toString()), p -> { }, n -> { });
            String before = store.storiesOf("banjir-2").get(0);
            ingest.run(new FileCorpusReader(), List.of(FictionalNews.write(temp, "a.jsonl", FictionalNews.FLOOD_A)
                    .toString()), p -> { }, n -> { });
            String after = store.storiesOf("banjir-2").get(0);
            assertEquals(after, store.storiesOf("banjir-1").get(0));
            assertFalse(before.equals(after));
            assertTrue(store.story(before).isEmpty());
            assertEquals(after, store.resolveStory(before).orElseThrow());
            assertEquals(after, store.resolveStory(after).orElseThrow());
            assertTrue(store.resolveStory("s-000000000000").isEmpty());
        }
    }

    @Test
    void aDirectoryInUseIsRefusedClearly() throws IOException {
        Path data = temp.resolve("data");
        try (Store store = Store.open(data)) {
            IOException e = assertThrows(IOException.class, () -> Store.open(data));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertEquals(0, store.articleCount());
        }
    }

    @Test
    void anIndexOfAnotherLayoutIsRebuiltFromTheDatabase() throws IOException {
        Path data = temp.resolve("data");
        try (Store store = Store.open(data)) {
            ingest(store, corpus());
        }
        try (var dir = org.apache.lucene.store.FSDirectory.open(data.resolve("index"));
             var writer = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("intisari.index", "0").entrySet());
            writer.commit();
        }
        try (Store store = Store.open(data)) {
            assertEquals(0, store.index().size());
            new Ingest(store, pipeline).recover();
            assertEquals(4, store.index().size());
            assertEquals(2, store.index().search(new SearchQuery("mengungsi", null, null, null, null, 0, 5)).total());
        }
    }

    @Test
    void migrationsRunOnceAndInOrder() throws IOException {
        Path data = temp.resolve("data");
        try (Store store = Store.open(data)) {
            assertEquals(Migrations.scripts().size(), store.schemaVersion());
        }
        try (Store store = Store.open(data)) {
            assertEquals(Migrations.scripts().size(), store.schemaVersion());
        }
        assertEquals(List.of("CREATE TABLE a (x INTEGER);", "INSERT INTO a VALUES (1);"),
                Migrations.statements("-- note\nCREATE TABLE a (x INTEGER); -- trailing\n\nINSERT INTO a VALUES (1);\n"));
    }

    @Test
    void reportsAreStoredAndCountedPerKeyPoint() throws IOException {
        try (Store store = Store.open(temp.resolve("data"))) {
            ingest(store, corpus());
            String story = store.storiesOf("banjir-1").get(0);
            String body = store.story(story).orElseThrow();
            String keyPoint = body.replaceAll("(?s).*?\"key_points\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
            assertTrue(store.storyHasKeyPoint(story, keyPoint), keyPoint);
            store.addReport(new ErrorReport(0, story, keyPoint, "wrong-fact", "angka salah", null), "127.0.0.1");
            store.addReport(new ErrorReport(0, story, keyPoint, "other", null, null), "127.0.0.1");
            assertEquals(2, store.reportCounts(story).get(keyPoint));
            assertEquals(2, store.reports(story).size());
            assertEquals("angka salah", store.reports(story).get(0).comment());
        }
    }
}
