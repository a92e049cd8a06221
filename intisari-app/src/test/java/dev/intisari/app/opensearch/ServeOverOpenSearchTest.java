package dev.intisari.app.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.app.ServeCommand;
import dev.intisari.app.api.ApiServer;
import dev.intisari.app.api.ServerConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server over the OpenSearch reader when OpenSearch fails: the API answers 503 with a JSON error and the
 * pages a 503 page, never a stack trace; ingest answers 405 saying why; {@code serve --opensearch} against a
 * missing index stops at start with one clear line.
 */
class ServeOverOpenSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFailingOrVanishedOpenSearchIs503AndIngestIs405() throws Exception {
        FakeOpenSearch fake = new FakeOpenSearch()
                .on("GET /intisari-articles/_count", 200, "{'count': 3}")
                .on("GET /intisari-stories/_count", 200, "{'count': 2}")
                .on("POST /intisari-stories/_search", 503, "{'error': {'type': 'cluster_block_exception',"
                        + " 'reason': 'blocked by: [SERVICE_UNAVAILABLE/1/state not recovered]'}, 'status': 503}");
        OpenSearchArchive archive = OpenSearchArchive.open(fake.url(), IndexNames.DEFAULTS);
        try (ApiServer server = new ApiServer(archive, ServeCommand.INGEST_DISABLED,
                ServerConfig.defaults("127.0.0.1", 0, null))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> stories = get(base + "/api/stories");
            assertUnavailable(stories);

            HttpResponse<String> ingest = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Authorization", "Bearer x").POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"a\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, ingest.statusCode());
            assertTrue(JSON.readTree(ingest.body()).at("/error/message").asText().startsWith("ingest is disabled"),
                    ingest.body());

            fake.close();
            assertUnavailable(get(base + "/api/stories/s-1"));
            assertUnavailable(get(base + "/api/search?q=banjir"));
            HttpResponse<String> page = get(base + "/");
            assertEquals(503, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("Sumber berita tidak tersedia"), page.body());
            assertFalse(page.body().contains("Exception"), page.body());
        } finally {
            fake.close();
        }
    }

    @Test
    void serveStopsAtStartWithOneClearLineWhenAnIndexIsMissing() throws Exception {
        try (FakeOpenSearch fake = new FakeOpenSearch()
                .on("GET /intisari-articles/_count", 200, "{'count': 3}")
                .on("GET /berita-cerita/_count", 404, "{'error': {'type': 'index_not_found_exception',"
                        + " 'index': 'berita-cerita'}, 'status': 404}")) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream before = System.err;
            int code;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                code = new CommandLine(new ServeCommand()).execute("--opensearch", fake.url(), "--story-index",
                        "berita-cerita", "--port", "0");
            } finally {
                System.setErr(before);
            }
            String said = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, code, said);
            assertTrue(said.startsWith("intisari: OpenSearch at " + fake.url() + " has no index berita-cerita"), said);
            assertEquals(1, said.strip().lines().count(), said);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnavailable(HttpResponse<String> answer) throws Exception {
        assertEquals(503, answer.statusCode(), answer.body());
        JsonNode error = JSON.readTree(answer.body()).path("error");
        assertEquals(503, error.path("status").asInt());
        assertEquals("the news archive is unavailable; try again later", error.path("message").asText());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("at dev."), answer.body());
        assertEquals("30", answer.headers().firstValue("Retry-After").orElse(""));
    }
}
