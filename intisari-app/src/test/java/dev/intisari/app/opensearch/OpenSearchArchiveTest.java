package dev.intisari.app.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.store.ArchiveUnavailableException;
import dev.intisari.store.EntityView;
import dev.intisari.store.ErrorReport;
import dev.intisari.store.StoryArticlePage;
import dev.intisari.store.StoryFilter;
import dev.intisari.store.StorySummary;
import dev.intisari.store.search.FacetCount;
import dev.intisari.store.search.SearchQuery;
import dev.intisari.store.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenSearch reader against canned answers (no OpenSearch): the bodies it sends (orders, keyset
 * positions, filters, highlights, facets) and how it reads the answers, including refusals and a server that
 * is down. The same reader against a real node, beside the embedded store: {@code ServeOpenSearchTest} in
 * intisari-flink.
 */
class OpenSearchArchiveTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private FakeOpenSearch fake;
    private OpenSearchArchive archive;

    @BeforeEach
    void open() throws IOException {
        fake = new FakeOpenSearch()
                .on("GET /intisari-articles/_count", 200, "{'count': 3}")
                .on("GET /intisari-stories/_count", 200, "{'count': 2}");
        archive = OpenSearchArchive.open(fake.url(), IndexNames.DEFAULTS);
    }

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void storyListsAreKeysetPagesInTheStoresOrders() throws Exception {
        fake.on("POST /intisari-stories/_search", 200, "{'hits': {'hits': [{'_source': {'id': 's-1', 'title':"
                + " 'Banjir Rendam Empat Kecamatan', 'start': '2025-03-13', 'end': '2025-03-14', 'outlets':"
                + " [{'outlet': 'Lintas24'}, {'outlet': 'Warta Kita'}]}, 'sort': [1741910400000, 3.0, 's-1']}]}}");
        StorySummary last = new StorySummary("s-0", null, null, "2025-03-15", 4, 0);
        List<StorySummary> page = archive.stories(new StoryFilter(StoryFilter.Sort.LATEST, "2025-03-01", null, null,
                0, 21, last));
        assertEquals(List.of(new StorySummary("s-1", "Banjir Rendam Empat Kecamatan", "2025-03-13", "2025-03-14", 3,
                2)), page);
        JsonNode body = JSON.readTree(fake.last("POST /intisari-stories/_search"));
        long end = IndexQueries.endKey("2025-03-15");
        assertEquals(1741996800000L, end, "2025-03-15T00:00Z");
        assertEquals(JSON.readTree("[" + end + ", 4, \"s-0\"]"), body.path("search_after"));
        assertEquals("desc", body.at("/sort/0/end/order").asText());
        assertEquals("_last", body.at("/sort/0/end/missing").asText());
        assertEquals("desc", body.at("/sort/1/_script/order").asText());
        assertEquals("asc", body.at("/sort/2/id").asText());
        assertEquals("2025-03-01", body.at("/query/bool/filter/0/range/end/gte").asText());
        assertEquals(21, body.path("size").asInt());

        fake.on("POST /intisari-stories/_search", 200, "{'hits': {'hits': [{'_source': {'id': 's-1', 'title': 'Banjir',"
                + " 'end': null, 'outlets': []}, 'sort': [3.0, -9223372036854775808, 's-1']}]}}");
        page = archive.stories(new StoryFilter(StoryFilter.Sort.LARGEST, null, null, null, 0, 5, last));
        assertEquals(List.of(new StorySummary("s-1", "Banjir", null, null, 3, 0)), page,
                "in this order the size is the first sort value");
        body = JSON.readTree(fake.last("POST /intisari-stories/_search"));
        assertEquals(JSON.readTree("[4, " + end + ", \"s-0\"]"), body.path("search_after"));
        assertEquals("desc", body.at("/sort/0/_script/order").asText());
        assertEquals(Long.MIN_VALUE, IndexQueries.endKey(null), "an undated story sorts last, descending");
    }

    @Test
    void storiesOfAnEntityAreTheirOwnAndThoseOfTheArticlesNamingIt() throws Exception {
        fake.on("POST /intisari-articles/_search", 200, "{'hits': {'total': {'value': 2}, 'hits': []},"
                + " 'aggregations': {'stories': {'buckets': [{'key': 's-7', 'doc_count': 2}]}}}")
                .on("POST /intisari-stories/_search", 200, "{'hits': {'hits': []}}");
        archive.stories(new StoryFilter(StoryFilter.Sort.LATEST, null, null, "wawan kurniawan", 0, 20));
        JsonNode articles = JSON.readTree(fake.last("POST /intisari-articles/_search"));
        assertEquals("wawan kurniawan", articles.at("/query/term/entities.name/value").asText());
        assertTrue(articles.at("/query/term/entities.name/case_insensitive").asBoolean());
        JsonNode either = JSON.readTree(fake.last("POST /intisari-stories/_search")).at("/query/bool/filter/0/bool");
        assertEquals("wawan kurniawan", either.at("/should/0/term/entities.name/value").asText());
        assertEquals("s-7", either.at("/should/1/terms/id/0").asText());
    }

    @Test
    void aStorysArticlesPageByPublicationTimeThenId() throws Exception {
        fake.on("POST /intisari-articles/_search", 200, "{'hits': {'hits': ["
                + "{'_source': {'id': 'a', 'title': 'Satu', 'outlet': 'Lintas24', 'published': '2025-03-13T08:00:00+07:00',"
                + " 'url': 'https://lintas24.example/a'}, 'sort': [1741827600000, 'a']},"
                + "{'_source': {'id': 'b', 'title': 'Dua', 'outlet': 'Warta Kita', 'published': '2025-03-13'},"
                + " 'sort': [1741798800000, 'b']},"
                + "{'_source': {'id': 'c', 'title': 'Tiga'}, 'sort': [9223372036854775807, 'c']}]}}");
        StoryArticlePage page = archive.articlesOf("s-1", null, null, 2);
        assertEquals(List.of("a", "b"), page.articles().stream().map(a -> a.id()).toList());
        assertEquals("2025-03-13", page.articles().get(1).published());
        assertEquals("1741798800000", page.nextKey());
        assertEquals("b", page.nextId());
        JsonNode first = JSON.readTree(fake.last("POST /intisari-articles/_search"));
        assertEquals(3, first.path("size").asInt(), "one more than the page, to know a next page exists");
        assertEquals("s-1", first.at("/query/bool/filter/0/term/story").asText());
        assertEquals("_last", first.at("/sort/0/published/missing").asText());

        archive.articlesOf("s-1", "9223372036854775807", "c", 2);
        JsonNode next = JSON.readTree(fake.last("POST /intisari-articles/_search"));
        assertEquals(JSON.readTree("[9223372036854775807, \"c\"]"), next.path("search_after"));
        assertThrows(IllegalArgumentException.class, () -> archive.articlesOf("s-1", "bukan-angka", "c", 2));
    }

    @Test
    void searchSendsTheQueryFiltersHighlightsAndFacetsAndReadsThemBack() throws Exception {
        fake.on("POST /intisari-articles/_search", 200, "{'hits': {'total': {'value': 12}, 'hits': ["
                + "{'_score': 3.5, '_source': {'id': 'a', 'title': 'Warga <Sukamaju> Mengungsi', 'outlet': 'Lintas24',"
                + " 'published': '2025-03-13T17:10:00+07:00'}, 'highlight': {'text': ['posko <mark>pengungsian</mark>',"
                + " 'warga <mark>mengungsi</mark>']}}]},"
                + " 'aggregations': {'outlet': {'buckets': [{'key': 'Lintas24', 'doc_count': 7}]},"
                + " 'entity': {'buckets': [{'key': 'Wawan Kurniawan', 'doc_count': 3}]},"
                + " 'day': {'buckets': [{'key_as_string': '2025-03-12', 'doc_count': 2},"
                + " {'key_as_string': '2025-03-13', 'doc_count': 9}, {'key_as_string': '2025-03-11', 'doc_count': 2}]}}}");
        SearchResult r = archive.search(new SearchQuery("mengungsi", "Lintas24", "Wawan Kurniawan", "2025-03-12",
                "2025-03-13", 20, 10));
        assertEquals(12, r.total());
        assertEquals("Warga &lt;Sukamaju&gt; Mengungsi", r.hits().get(0).title(), "a title without marks is escaped");
        assertEquals("posko <mark>pengungsian</mark> … warga <mark>mengungsi</mark>", r.hits().get(0).snippet());
        assertEquals(List.of(new FacetCount("2025-03-13", 9), new FacetCount("2025-03-11", 2),
                new FacetCount("2025-03-12", 2)), r.facets().get("day"), "days by count, then date");
        assertEquals(List.of(new FacetCount("Lintas24", 7)), r.facets().get("outlet"));

        JsonNode body = JSON.readTree(fake.last("POST /intisari-articles/_search"));
        JsonNode qs = body.at("/query/bool/must/0/query_string");
        assertEquals("mengungsi", qs.path("query").asText());
        assertEquals(JSON.readTree("[\"title^2\", \"text\"]"), qs.path("fields"));
        assertEquals("and", qs.path("default_operator").asText());
        JsonNode filter = body.at("/query/bool/filter");
        assertEquals("Lintas24", filter.at("/0/term/outlet").asText());
        assertTrue(filter.at("/1/term/entities.name/case_insensitive").asBoolean());
        assertEquals("2025-03-12||/d", filter.at("/2/range/published/gte").asText());
        assertEquals("2025-03-13||/d", filter.at("/2/range/published/lte").asText());
        assertEquals("Asia/Jakarta", filter.at("/2/range/published/time_zone").asText());
        assertEquals(20, body.path("from").asInt());
        assertEquals("html", body.at("/highlight/encoder").asText());
        assertEquals("<mark>", body.at("/highlight/pre_tags/0").asText());
        assertEquals("Asia/Jakarta", body.at("/aggs/day/date_histogram/time_zone").asText());
    }

    @Test
    void anUnreadableQueryIsSearchedAsPlainWords() throws Exception {
        fake.on("POST /intisari-articles/_search", 400, "{'error': {'type': 'search_phase_execution_exception',"
                + " 'reason': 'Failed to parse query [banjir (]'}}")
                .on("POST /intisari-articles/_search", 200, "{'hits': {'total': {'value': 0}, 'hits': []}}");
        assertEquals(0, archive.search(new SearchQuery("banjir (", null, null, null, null, 0, 10)).total());
        assertEquals("banjir \\(", JSON.readTree(fake.last("POST /intisari-articles/_search"))
                .at("/query/bool/must/0/query_string/query").asText());
    }

    @Test
    void documentsAreReadByEncodedIdAndAbsentOnesAreEmpty() throws Exception {
        fake.on("GET /intisari-articles/_doc/text%2Fkbn%2Fbanjir%201.txt", 200, "{'found': true, '_source':"
                + " {'type': 'article', 'id': 'text/kbn/banjir 1.txt', 'story': 's-1', 'entities': [{'id': 'e2',"
                + " 'name': 'Wawan Kurniawan'}]}}")
                .on("GET /intisari-articles/_doc/tidak-ada", 404, "{'found': false}")
                .on("GET /intisari-stories/_doc/s-lama", 404, "{'_index': 'intisari-stories', 'found': false}")
                .on("GET /intisari-stories-aliases/_doc/s-lama", 404, "{'found': false}");
        String id = "text/kbn/banjir 1.txt";
        assertEquals("text/kbn/banjir 1.txt", JSON.readTree(archive.article(id).orElseThrow()).path("id").asText());
        assertEquals(List.of("s-1"), archive.storiesOf(id));
        assertEquals(Optional.of("Wawan Kurniawan"), archive.entityName(id, "e2"));
        assertEquals(Optional.empty(), archive.entityName(id, "e9"));
        assertEquals(Optional.empty(), archive.article("tidak-ada"));
        assertEquals(Optional.empty(), archive.resolveStory("s-lama"), "neither a story nor a merged one");
        assertEquals(3, archive.articleCount());
    }

    @Test
    void aMergedStoryIdFollowsTheJobsMergeRecordsToTheStoryNowCarryingIt() throws Exception {
        fake.on("GET /intisari-stories/_doc/s-1", 404, "{'found': false}")
                .on("GET /intisari-stories-aliases/_doc/s-1", 200, "{'found': true, '_source': {'into': 's-2'}}")
                .on("GET /intisari-stories/_doc/s-2", 404, "{'found': false}")
                .on("GET /intisari-stories-aliases/_doc/s-2", 200, "{'found': true, '_source': {'into': 's-3'}}")
                .on("GET /intisari-stories/_doc/s-3", 200, "{'found': true, '_source': {'id': 's-3'}}")
                .on("GET /intisari-stories/_doc/s-putar", 404, "{'found': false}")
                .on("GET /intisari-stories-aliases/_doc/s-putar", 200, "{'found': true, '_source': {'into': 's-putar'}}");
        assertEquals(Optional.of("s-3"), archive.resolveStory("s-1"), "merged twice");
        assertEquals(Optional.of("s-3"), archive.resolveStory("s-3"));
        assertEquals(Optional.empty(), archive.resolveStory("s-putar"), "a record pointing at itself ends");
    }

    @Test
    void articlesAreReadManyAtOnceInTheOrderAsked() throws Exception {
        fake.on("POST /intisari-articles/_mget", 200, "{'docs': [{'_id': 'b', 'found': true, '_source': {'id': 'b',"
                + " 'title': 'Dua', 'outlet': 'Warta Kita'}}, {'_id': 'x', 'found': false},"
                + " {'_id': 'a', 'found': true, '_source': {'id': 'a', 'title': 'Satu'}}]}");
        assertEquals(List.of("b", "a"), List.copyOf(archive.articles(List.of("b", "x", "a")).keySet()));
        assertEquals(JSON.readTree("{\"ids\": [\"b\", \"x\", \"a\"]}"),
                JSON.readTree(fake.last("POST /intisari-articles/_mget")));
        assertEquals(List.of("b", "a"), archive.articleSummaries(List.of("b", "x", "a")).stream().map(a -> a.id()).toList());
        assertTrue(fake.requests().get(fake.requests().size() - 1).path()
                .endsWith("_mget?_source_includes=id,title,outlet,published,url"), "a list reads only its fields");
    }

    @Test
    void anEntityIsAggregatedFromTheArticlesThatNameIt() throws Exception {
        fake.on("POST /intisari-articles/_search", 200, "{'hits': {'total': {'value': 3}, 'hits': ["
                + "{'_source': {'entities': [{'name': 'Wawan Kurniawan', 'type': 'person'}, {'name': 'BPBD', 'type': 'organization'}]}},"
                + "{'_source': {'entities': [{'name': 'Wawan Kurniawan', 'type': 'person'}]}},"
                + "{'_source': {'entities': [{'name': 'Wawan Kurniawan', 'type': 'organization'}]}}]},"
                + " 'aggregations': {'stories': {'buckets': [{'key': 's-1', 'doc_count': 3}]}}}")
                .on("POST /intisari-articles/_search", 200, "{'hits': {'hits': ["
                + "{'_source': {'id': 'b', 'quotes': [{'id': 'q1', 'speaker': 'Wawan Kurniawan', 'text': 'Air mulai naik.',"
                + " 'direct': true}, {'id': 'q2', 'speaker': 'Sumarni', 'text': 'Belum ada.', 'direct': true}]}}]}}")
                .on("POST /intisari-stories/_search", 200, "{'hits': {'hits': [{'_source': {'id': 's-1', 'title': 'Banjir',"
                + " 'start': '2025-03-13', 'end': '2025-03-13', 'outlets': [{'outlet': 'Lintas24'}]}, 'sort': [1, 's-1', 4.0]}]}}");
        EntityView e = archive.entity("WAWAN kurniawan", 50).orElseThrow();
        assertEquals("Wawan Kurniawan", e.name());
        assertEquals("person", e.type());
        assertEquals(3, e.articles());
        assertEquals(List.of("q1"), e.quotes().stream().map(q -> q.id()).toList());
        assertEquals("b", e.quotes().get(0).article());
        assertEquals(4, e.stories().get(0).articles());
        JsonNode stories = JSON.readTree(fake.last("POST /intisari-stories/_search"));
        assertEquals("asc", stories.at("/sort/1/id").asText(), "newest first, then by id, as the store");
    }

    @Test
    void reportsGetTheNextFreeIdAndCountPerKeyPoint() throws Exception {
        fake.on("POST /intisari-reports/_search", 404, "{'error': {'type': 'index_not_found_exception',"
                + " 'index': 'intisari-reports'}}");
        assertEquals(Map.of(), archive.reportCounts("s-1"), "no report index yet: no reports");
        assertEquals(List.of(), archive.reports("s-1"));

        fake.on("HEAD /intisari-reports", 200, "")
                .on("POST /intisari-reports/_search", 200, "{'hits': {'hits': []}, 'aggregations': {'highest': {'value': 4.0},"
                        + " 'key_points': {'buckets': [{'key': 'kp-2', 'doc_count': 6}]}}}")
                .on("PUT /intisari-reports/_create/5", 409, "{'error': {'type': 'version_conflict_engine_exception'}}")
                .on("PUT /intisari-reports/_create/6", 201, "{'result': 'created'}");
        ErrorReport saved = archive.addReport(new ErrorReport(0, "s-1", "kp-2", "wrong-fact", "Angkanya 1.300.", null),
                "127.0.0.1");
        assertEquals(6, saved.id(), "5 was claimed meanwhile: the next one");
        assertEquals("kp-2", saved.keyPoint());
        assertTrue(fake.requests().stream().anyMatch(r -> r.path().equals("/intisari-reports/_create/6?refresh=wait_for")),
                "the write waits for the refresh, so the next read counts it");
        JsonNode doc = JSON.readTree(fake.last("PUT /intisari-reports/_create/6"));
        assertEquals("Angkanya 1.300.", doc.path("comment").asText());
        assertEquals(Map.of("kp-2", 6), archive.reportCounts("s-1"));
    }

    @Test
    void aServerThatIsDownOrAMissingIndexIsAClearErrorAtStart() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ArchiveUnavailableException down = assertThrows(ArchiveUnavailableException.class,
                () -> OpenSearchArchive.open("http://127.0.0.1:" + closed, IndexNames.DEFAULTS));
        assertTrue(down.getMessage().contains("http://127.0.0.1:" + closed + " cannot be reached"), down.getMessage());

        try (FakeOpenSearch empty = new FakeOpenSearch().on("GET /intisari-articles/_count", 404,
                "{'error': {'type': 'index_not_found_exception', 'index': 'intisari-articles'}, 'status': 404}")) {
            ArchiveUnavailableException missing = assertThrows(ArchiveUnavailableException.class,
                    () -> OpenSearchArchive.open(empty.url(), IndexNames.DEFAULTS));
            assertTrue(missing.getMessage().endsWith("has no index intisari-articles"), missing.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> OpenSearchArchive.open("localhost:9200", IndexNames.DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> new IndexNames("Artikel", "s", "r"));
    }

    /** intisari-app's test class path holds its run-time one: none of the scale-out libraries may be on it. */
    @Test
    void theProductCarriesNoOpenSearchFlinkOrKafkaLibrary() {
        for (String type : List.of("org.opensearch.client.RestClient", "org.opensearch.action.index.IndexRequest",
                "org.apache.flink.streaming.api.environment.StreamExecutionEnvironment",
                "org.apache.kafka.clients.producer.KafkaProducer")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(type), type);
        }
    }

    @Test
    void credentialsInTheAddressAreSentAsBasicAuthAndNotShown() throws Exception {
        String url = fake.url().replace("http://", "http://pembaca:rahasia%40@");
        OpenSearchArchive withUser = OpenSearchArchive.open(url, IndexNames.DEFAULTS);
        assertEquals(fake.url(), withUser.address());
        String sent = fake.requests().get(fake.requests().size() - 1).authorization();
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("pembaca:rahasia@".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), sent);
    }
}
