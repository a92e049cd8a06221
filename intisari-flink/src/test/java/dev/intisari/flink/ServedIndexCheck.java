package dev.intisari.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.app.ServeCommand;
import dev.intisari.app.api.ApiServer;
import dev.intisari.app.api.ServerConfig;
import dev.intisari.app.opensearch.IndexNames;
import dev.intisari.app.opensearch.OpenSearchArchive;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API of {@code serve --opensearch} over the job's indices against the REST API of {@code serve} over
 * the embedded store holding the same corpus: both servers run here, over real HTTP, and their answers are
 * compared — the story lists (and their keyset pages), every story with its key points and its articles in
 * publication order (paged), every article, searches with their facets, entities — then an error report is
 * filed, counted and read back through the OpenSearch server, and ingest is refused there.
 */
final class ServedIndexCheck implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * What the job adds to an article document (the store's article is the contract's alone); {@code source},
     * where the input came from, differs too (a file line here, a topic offset there).
     */
    private static final List<String> JOB_FIELDS = List.of("story", "duplicate_of", "similarity");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path folder;
    private final Store store;
    private final ApiServer overStore;
    private final ApiServer overIndex;

    ServedIndexCheck(List<String> lines, String opensearch, JobConfig job) throws Exception {
        folder = Files.createTempDirectory("intisari-served-store");
        Path corpus = folder.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        store = Store.open(folder.resolve("data"));
        Ingest.Outcome outcome = new Ingest(store, Stages.standard()).run(new FileCorpusReader(),
                List.of(corpus.toString()), p -> { }, n -> { });
        assertEquals(lines.size(), outcome.added(), "the store holds the corpus");
        overStore = new ApiServer(store, Stages.standard(), ServerConfig.defaults("127.0.0.1", 0, null));
        OpenSearchArchive archive = OpenSearchArchive.open(opensearch,
                new IndexNames(job.articleIndex(), job.storyIndex(), job.groupId() + "-reports"));
        overIndex = new ApiServer(archive, ServeCommand.INGEST_DISABLED, ServerConfig.defaults("127.0.0.1", 0, null));
    }

    void run() throws Exception {
        List<String> stories = sameStoryLists();
        for (String id : stories) {
            sameStory(id);
        }
        sameArticles();
        for (String q : List.of("banjir", "mengungsi", "harga beras", "\"operasi pasar\"", "banjir -sukamaju")) {
            sameSearch(q);
        }
        sameEntities();
        reportsAreStoredAndReadBack(stories.get(0));
        assertEquals(405, send("POST", overIndex, "/api/articles", "{\"id\": \"x\"}").statusCode());
        webPages(stories.get(0));
    }

    /**
     * A merged story's old id (a link, an error report) answers with the story that carries it now, as the
     * store's aliases do: the job records each merge in the story index's alias index.
     */
    void mergedStoriesLeadToTheirSurvivors(Map<String, String> mergedInto) throws Exception {
        for (String old : mergedInto.keySet()) {
            String survivor = old;
            for (int hop = 0; mergedInto.containsKey(survivor) && hop < mergedInto.size(); hop++) {
                survivor = mergedInto.get(survivor);
            }
            JsonNode story = get(overIndex, "/api/stories/" + encode(old) + "?limit=1");
            assertEquals(survivor, story.path("id").asText(), "merged story " + old);
        }
    }

    private List<String> sameStoryLists() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String sort : List.of("latest", "largest")) {
            JsonNode all = get(overStore, "/api/stories?limit=100&sort=" + sort).path("stories");
            assertTrue(all.size() > 3, "the demo corpus makes several stories");
            assertEquals(all, get(overIndex, "/api/stories?limit=100&sort=" + sort).path("stories"), "stories " + sort);
            assertEquals(all, pages(overIndex, "/api/stories?limit=3&sort=" + sort, "stories", "next", "cursor"),
                    "the stories " + sort + ", three a page by keyset cursor");
            if (ids.isEmpty()) {
                all.forEach(s -> ids.add(s.path("id").asText()));
            }
        }
        String entity = get(overStore, "/api/search?q=banjir").at("/facets/entity/0/value").asText();
        String byEntity = "/api/stories?limit=100&entity=" + encode(entity.toUpperCase(java.util.Locale.ROOT));
        assertEquals(get(overStore, byEntity), get(overIndex, byEntity), "stories of " + entity);
        String range = "/api/stories?limit=100&from=2025-03-14&to=2025-05-07";
        assertEquals(get(overStore, range), get(overIndex, range), "stories in a date range");
        return ids;
    }

    private void sameStory(String id) throws Exception {
        ObjectNode expected = (ObjectNode) get(overStore, "/api/stories/" + encode(id) + "?limit=100");
        ObjectNode actual = (ObjectNode) get(overIndex, "/api/stories/" + encode(id) + "?limit=100");
        assertEquals(expected.path("key_points"), actual.path("key_points"), "key points of " + id);
        assertEquals(expected.path("articles"), actual.path("articles"), "articles of " + id);
        assertEquals(expected.path("article_details"), actual.path("article_details"), "article order of " + id);
        assertEquals(expected.path("article_details"), pages(overIndex, "/api/stories/" + encode(id) + "?limit=2",
                "article_details", "article_details_next", "cursor"), "article order of " + id + ", two a page");
        expected.remove("article_details_next");
        actual.remove("article_details_next");
        assertEquals(expected, actual, "story " + id);
    }

    private void sameArticles() throws Exception {
        for (String id : store.storyMembers().values().stream().flatMap(List::stream).toList()) {
            ObjectNode expected = (ObjectNode) get(overStore, "/api/articles/" + encode(id));
            ObjectNode actual = (ObjectNode) get(overIndex, "/api/articles/" + encode(id));
            assertEquals(expected.path("stories"), actual.path("stories"), "stories of article " + id);
            assertTrue(actual.path("source").asText().startsWith("kafka:"), "the job's source: its topic and offset");
            JOB_FIELDS.forEach(actual::remove);
            expected.remove("source");
            actual.remove("source");
            assertEquals(expected, actual, "article " + id);
            JsonNode related = get(overIndex, "/api/articles/" + encode(id) + "/related?limit=5").path("related");
            related.forEach(r -> assertFalse(r.path("id").asText().equals(id), "an article is not related to itself"));
        }
    }

    private void sameSearch(String q) throws Exception {
        String path = "/api/search?limit=100&q=" + encode(q);
        JsonNode expected = get(overStore, path);
        JsonNode actual = get(overIndex, path);
        assertEquals(expected.path("total"), actual.path("total"), "matches of " + q);
        assertEquals(ids(expected.path("hits")), ids(actual.path("hits")), "hits of " + q);
        assertEquals(expected.path("facets"), actual.path("facets"), "facets of " + q);
        for (JsonNode hit : actual.path("hits")) {
            assertTrue(hit.path("title").asText().contains("<mark>") || hit.path("snippet").asText().contains("<mark>"),
                    q + ": the match is marked in " + hit);
        }
        if (expected.path("total").asInt() > 0) {
            String outlet = expected.at("/facets/outlet/0/value").asText();
            String filtered = path + "&outlet=" + encode(outlet);
            assertEquals(ids(get(overStore, filtered).path("hits")), ids(get(overIndex, filtered).path("hits")),
                    q + " in " + outlet);
        }
    }

    /** The entity page of every entity that is quoted (its quotes are compared too) and of twenty others. */
    private void sameEntities() throws Exception {
        Set<String> speakers = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        for (String id : store.storyMembers().values().stream().flatMap(List::stream).toList()) {
            JsonNode article = get(overStore, "/api/articles/" + encode(id));
            article.path("quotes").forEach(q -> speakers.add(q.path("speaker").asText()));
            article.path("entities").forEach(e -> names.add(e.path("name").asText()));
        }
        List<String> quoted = names.stream().filter(speakers::contains).toList();
        assertTrue(quoted.size() > 3, "the corpus quotes named people: " + quoted);
        List<String> checked = new ArrayList<>(quoted);
        names.stream().filter(n -> !speakers.contains(n)).limit(20).forEach(checked::add);
        for (String name : checked) {
            String path = "/api/entities/" + encode(name.toLowerCase(java.util.Locale.ROOT));
            JsonNode expected = get(overStore, path);
            assertEquals(expected, get(overIndex, path), "entity " + name);
            if (quoted.contains(name)) {
                assertTrue(expected.path("quotes").size() > 0, name + " is quoted");
            }
        }
    }

    private void reportsAreStoredAndReadBack(String story) throws Exception {
        String keyPoint = get(overIndex, "/api/stories/" + encode(story)).at("/key_points/0/id").asText();
        for (int n = 1; n <= 2; n++) {
            HttpResponse<String> filed = send("POST", overIndex, "/api/reports", JSON.createObjectNode()
                    .put("story", story).put("key_point", keyPoint).put("reason", "wrong-fact")
                    .put("comment", "Jumlah pengungsi " + n).toString());
            assertEquals(201, filed.statusCode(), filed.body());
            JsonNode saved = JSON.readTree(filed.body());
            assertEquals(n, saved.path("id").asInt(), "report ids count up");
            assertEquals(n, saved.path("count").asInt(), "the new report is counted at once");
        }
        JsonNode reports = get(overIndex, "/api/stories/" + encode(story) + "/reports");
        assertEquals(2, reports.path("reports").size());
        assertEquals("Jumlah pengungsi 1", reports.at("/reports/0/comment").asText());
        assertEquals(2, reports.at("/counts/" + keyPoint).asInt());
        assertEquals(2, get(overIndex, "/api/stories/" + encode(story)).at("/key_points/0/reports").asInt());
        HttpResponse<String> wrong = send("POST", overIndex, "/api/reports", JSON.createObjectNode()
                .put("story", story).put("key_point", "kp-tidak-ada").put("reason", "other").toString());
        assertEquals(400, wrong.statusCode(), "a key point of another story is refused");
    }

    private void webPages(String story) throws Exception {
        HttpResponse<String> home = send("GET", overIndex, "/", null);
        assertEquals(200, home.statusCode());
        String title = get(overStore, "/api/stories/" + encode(story)).path("title").asText();
        assertTrue(home.body().contains(escape(title)), "the home page lists " + title);
        HttpResponse<String> page = send("GET", overIndex, "/stories/" + encode(story), null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Intisari utama"), "the story page shows its key points");
        assertEquals(200, send("GET", overIndex, "/search?q=banjir", null).statusCode());
    }

    /** Every item of a paged list, following its cursor. */
    private ArrayNode pages(ApiServer server, String first, String items, String next, String param) throws Exception {
        ArrayNode out = JSON.createArrayNode();
        String path = first;
        for (int page = 0; page < 100; page++) {
            JsonNode body = get(server, path);
            body.path(items).forEach(out::add);
            if (!body.path(next).isTextual()) {
                return out;
            }
            path = first + "&" + param + "=" + encode(body.path(next).asText());
        }
        throw new AssertionError("more than 100 pages of " + first);
    }

    private static Set<String> ids(JsonNode hits) {
        Set<String> out = new TreeSet<>();
        for (Iterator<JsonNode> it = hits.elements(); it.hasNext(); ) {
            out.add(it.next().path("id").asText());
        }
        return out;
    }

    private JsonNode get(ApiServer server, String path) throws Exception {
        HttpResponse<String> r = send("GET", server, path, null);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(String method, ApiServer server, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Override
    public void close() throws Exception {
        overIndex.close();
        overStore.close();
        store.close();
    }
}
