package dev.intisari.app.api;

import dev.intisari.store.FictionalNews;
import dev.intisari.store.TestPipeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.cluster.StoryClusterer;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.StableId;
import dev.intisari.model.StoryGroup;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A story merged into another keeps answering under its old id. */
class StoryAliasApiTest {
    @TempDir
    Path temp;

    @Test
    void anOldStoryIdResolvesToTheSurvivingStory() throws Exception {
        // articles sharing an id prefix ("banjir-") form one story, named after the earliest
        StoryClusterer byPrefix = (articles, duplicates) -> {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            articles.forEach(a -> groups.computeIfAbsent(a.id().replaceAll("-\\d+$", ""), k -> new ArrayList<>())
                    .add(a.id()));
            return groups.values().stream()
                    .map(ids -> new StoryGroup(StableId.of("s", ids.get(0)), ids, List.of())).toList();
        };
        Pipeline pipeline = TestPipeline.create(byPrefix);
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        try (Store store = Store.open(temp.resolve("data"))) {
            Ingest ingest = new Ingest(store, pipeline);
            ingest.run(new FileCorpusReader(), List.of(FictionalNews.write(temp, "b.jsonl", FictionalNews.FLOOD_B)
                    .toString()), p -> { }, n -> { });
            String old = store.storiesOf("banjir-2").get(0);
            ingest.run(new FileCorpusReader(), List.of(FictionalNews.write(temp, "a.jsonl", FictionalNews.FLOOD_A)
                    .toString()), p -> { }, n -> { });
            String now = store.storiesOf("banjir-2").get(0);
            assertNotEquals(old, now);
            try (ApiServer server = new ApiServer(store, pipeline, ServerConfig.defaults("127.0.0.1", 0, null))) {
                String base = "http://127.0.0.1:" + server.port();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stories/" + old))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                JsonNode story = json.readTree(r.body());
                assertEquals(now, story.path("id").asText());
                assertEquals(old, story.path("resolved_from").asText());
                assertEquals(2, story.path("article_details").size());
                String kp = story.path("key_points").get(0).path("id").asText();
                HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"story\":\"" + old + "\",\"key_point\":\"" + kp
                                + "\",\"reason\":\"outdated\"}")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(201, report.statusCode(), report.body());
                assertEquals(now, json.readTree(report.body()).path("story").asText());
            }
        }
    }
}
