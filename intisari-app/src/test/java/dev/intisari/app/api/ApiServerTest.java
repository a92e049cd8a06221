package dev.intisari.app.api;

import dev.intisari.store.FictionalNews;
import dev.intisari.store.TestPipeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API over real HTTP on 127.0.0.1 and a free port. */
class ApiServerTest {
    private static final String TOKEN = "rahasia-uji-123";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path temp;

    private static Store store;
    private static ApiServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(temp.resolve("data"));
        server = new ApiServer(store, TestPipeline.create(),
                new ServerConfig("127.0.0.1", 0, TOKEN, 64 * 1024, 2 * 1024, 3));
        base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> r = post("/api/articles", FictionalNews.lines(FictionalNews.FLOOD_A, FictionalNews.FLOOD_B,
                FictionalNews.HARBOUR, FictionalNews.FESTIVAL), "Bearer " + TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(4, JSON.readTree(r.body()).path("added").asInt(), r.body());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (path.equals("/api/reports")) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static void error(int status, HttpResponse<String> r) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(status, body.path("error").path("status").asInt(), r.body());
        assertFalse(body.path("error").path("message").asText().isBlank());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void ingestNeedsTheTokenAndIsIdempotent() throws Exception {
        String line = FictionalNews.lines(FictionalNews.HARBOUR);
        error(401, post("/api/articles", line, null));
        error(401, post("/api/articles", line, "Basic abc"));
        error(403, post("/api/articles", line, "Bearer salah"));
        JsonNode again = ok(post("/api/articles", line, "Bearer " + TOKEN));
        assertEquals(0, again.path("added").asInt());
        assertEquals(1, again.path("unchanged").asInt());
        error(400, post("/api/articles", "bukan json", "Bearer " + TOKEN));
        error(400, post("/api/articles", "{\"id\":\"x\"}\n", "Bearer " + TOKEN));
        error(413, post("/api/articles", "{\"text\":\"" + "a".repeat(70_000) + "\"}\n", "Bearer " + TOKEN));
    }

    @Test
    void storiesArePaginatedWithACursor() throws Exception {
        Set<String> seen = new HashSet<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = ok(get("/api/stories?limit=1" + (next == null ? "" : "&cursor=" + next)));
            assertTrue(page.path("stories").size() <= 1);
            page.path("stories").forEach(s -> assertTrue(seen.add(s.path("id").asText()), "repeated " + s));
            next = page.path("next").isNull() ? null : page.path("next").asText();
            pages++;
        } while (next != null && pages < 20);
        assertEquals(store.storyCount(), seen.size());
        JsonNode largest = ok(get("/api/stories?sort=largest&limit=100"));
        assertEquals(seen.size(), largest.path("stories").size());
        JsonNode march = ok(get("/api/stories?from=2026-03-06&to=2026-03-31"));
        assertEquals(1, march.path("stories").size(), march.toString());
        JsonNode budi = ok(get("/api/stories?entity=" + enc("Budi Santosa")));
        assertFalse(budi.path("stories").isEmpty());
        error(400, get("/api/stories?limit=0"));
        error(400, get("/api/stories?limit=abc"));
        error(400, get("/api/stories?cursor=%21%21"));
        String latestCursor = ok(get("/api/stories?limit=1")).path("next").asText();
        ok(get("/api/stories?limit=1&cursor=" + latestCursor));
        error(400, get("/api/stories?sort=largest&limit=1&cursor=" + latestCursor));
        error(400, get("/api/stories?sort=oldest"));
        error(400, get("/api/stories?from=kemarin"));
    }

    @Test
    void aStoryHasKeyPointsWithCitationsAndItsArticles() throws Exception {
        String id = store.storiesOf("banjir-1").get(0);
        JsonNode story = ok(get("/api/stories/" + id));
        assertEquals(id, story.path("id").asText());
        JsonNode kp = story.path("key_points").get(0);
        assertNotNull(kp);
        assertEquals("banjir-1", kp.path("citations").get(0).path("article").asText());
        assertEquals(0, kp.path("reports").asInt());
        assertEquals("banjir-1", story.path("article_details").get(0).path("id").asText());
        assertEquals("Kabar Sukamaju", story.path("article_details").get(0).path("outlet").asText());
        assertTrue(story.path("article_details_next").isNull(), "one page holds a small story");
        List<String> paged = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = ok(get("/api/stories/" + id + "?limit=1" + (next == null ? "" : "&cursor=" + next)));
            assertEquals(1, page.path("article_details").size());
            paged.add(page.path("article_details").get(0).path("id").asText());
            next = page.path("article_details_next").isNull() ? null : page.path("article_details_next").asText();
        } while (next != null && paged.size() < 20);
        List<String> whole = new ArrayList<>();
        story.path("article_details").forEach(a -> whole.add(a.path("id").asText()));
        assertEquals(whole, paged);
        String storiesCursor = ok(get("/api/stories?limit=1")).path("next").asText();
        error(400, get("/api/stories/" + id + "?cursor=" + storiesCursor));
        error(400, get("/api/stories/" + id + "?limit=101"));
        error(404, get("/api/stories/s-tidakada"));
        error(404, get("/api/tidak-ada"));
    }

    @Test
    void articlesAndRelatedArticles() throws Exception {
        JsonNode a = ok(get("/api/articles/banjir-1"));
        assertEquals("Kabar Sukamaju", a.path("outlet").asText());
        assertTrue(a.path("text").asText().startsWith("Banjir merendam"));
        assertEquals(store.storiesOf("banjir-1").get(0), a.path("stories").get(0).asText());
        JsonNode related = ok(get("/api/articles/banjir-1/related?limit=2"));
        assertEquals("banjir-2", related.path("related").get(0).path("id").asText());
        error(404, get("/api/articles/tidak-ada"));
        error(404, get("/api/articles/tidak-ada/related"));
    }

    @Test
    void searchHighlightsAndCountsFacets() throws Exception {
        JsonNode r = ok(get("/api/search?q=" + enc("mengungsi")));
        assertEquals(2, r.path("total").asInt());
        assertTrue(r.path("hits").get(0).path("snippet").asText().contains("<mark>"), r.toString());
        assertEquals(2, r.path("facets").path("outlet").size());
        assertEquals("2026-03-02", r.path("facets").path("date").get(0).path("value").asText());
        JsonNode byEntity = ok(get("/api/search?q=pelabuhan&entity=" + enc("siti rahmawati")));
        assertEquals(1, byEntity.path("total").asInt());
        JsonNode paged = ok(get("/api/search?q=sukamaju&limit=1"));
        assertEquals(1, paged.path("hits").size());
        assertFalse(paged.path("next").isNull());
        JsonNode second = ok(get("/api/search?q=sukamaju&limit=1&cursor=" + paged.path("next").asText()));
        assertFalse(second.path("hits").get(0).path("id").asText()
                .equals(paged.path("hits").get(0).path("id").asText()));
        JsonNode odd = ok(get("/api/search?q=" + enc("banjir AND (\"")));
        assertTrue(odd.path("total").asInt() >= 0);
        JsonNode script = ok(get("/api/search?q=" + enc("<script>alert(1)</script> banjir")));
        for (JsonNode hit : script.path("hits")) {
            assertFalse(hit.toString().contains("<script"), hit.toString());
        }
        error(400, get("/api/search"));
        error(400, get("/api/search?q=" + "a".repeat(600)));
    }

    @Test
    void markupInArticlesIsEscapedInSearchResults() throws Exception {
        String hostile = "{\"id\":\"xss-1\",\"outlet\":\"Situs Iseng\",\"published\":\"2026-02-01\","
                + "\"title\":\"<script>alert('judul')</script> Gerhana bulan\","
                + "\"text\":\"Gerhana bulan <img src=x onerror=alert(1)> terlihat jelas dari alun-alun.\"}\n";
        ok(post("/api/articles", hostile, "Bearer " + TOKEN));
        JsonNode r = ok(get("/api/search?q=gerhana"));
        assertEquals(1, r.path("total").asInt());
        JsonNode hit = r.path("hits").get(0);
        assertFalse(hit.path("title").asText().contains("<script"), hit.toString());
        assertFalse(hit.path("snippet").asText().contains("<img"), hit.toString());
        assertTrue(hit.path("snippet").asText().contains("&lt;img"), hit.toString());
    }

    @Test
    void entitiesWithTheirQuotesAndStories() throws Exception {
        JsonNode e = ok(get("/api/entities/" + enc("budi santosa")));
        assertEquals("Budi Santosa", e.path("name").asText());
        assertEquals("PERSON", e.path("type").asText());
        assertEquals(2, e.path("quotes").size());
        assertFalse(e.path("stories").isEmpty());
        JsonNode byId = ok(get("/api/entities/" + enc("pelabuhan-1:e1")));
        assertEquals("Siti Rahmawati", byId.path("name").asText());
        error(404, get("/api/entities/" + enc("Tidak Dikenal")));
    }

    @Test
    void reportsAreValidatedCountedListedAndRateLimited() throws Exception {
        String story = store.storiesOf("pelabuhan-1").get(0);
        JsonNode body = ok(get("/api/stories/" + story));
        String kp = body.path("key_points").get(0).path("id").asText();
        String report = "{\"story\":\"" + story + "\",\"key_point\":\"" + kp
                + "\",\"reason\":\"wrong-fact\",\"comment\":\"Kapasitasnya satu juta, bukan dua juta.\"}";
        HttpResponse<String> created = post("/api/reports", report, null);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(1, JSON.readTree(created.body()).path("count").asInt());
        JsonNode after = ok(get("/api/stories/" + story));
        assertEquals(1, after.path("key_points").get(0).path("reports").asInt());
        JsonNode listed = ok(get("/api/stories/" + story + "/reports"));
        assertEquals("Kapasitasnya satu juta, bukan dua juta.", listed.path("reports").get(0).path("comment").asText());
        assertEquals(1, listed.path("counts").path(kp).asInt());

        error(400, post("/api/reports", "bukan json", null));
        HttpResponse<String> asForm = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(report)).build(),
                HttpResponse.BodyHandlers.ofString());
        error(415, asForm);
        error(400, post("/api/reports", "[]", null));
        error(400, post("/api/reports", report.replace("wrong-fact", "bosan"), null));
        error(400, post("/api/reports", report.replace(kp, "kp-000000000000"), null));
        error(404, post("/api/reports", report.replace(story, "s-000000000000"), null));
        error(413, post("/api/reports", report.replace("Kapasitasnya", "x".repeat(3_000)), null));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(post("/api/reports", report, null).statusCode());
        }
        assertTrue(statuses.contains(429), statuses.toString());
        error(429, post("/api/reports", report, null));
    }
}
