package dev.intisari.app.web;

import dev.intisari.app.api.ApiServer;
import dev.intisari.app.api.ServerConfig;
import dev.intisari.core.cluster.StoryClusterer;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.StableId;
import dev.intisari.model.StoryGroup;
import dev.intisari.store.FictionalNews;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;
import dev.intisari.store.TestPipeline;
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

/** The page of a story that was merged into another moves, permanently, to the surviving story. */
class StoryRedirectTest {
    @TempDir
    Path temp;

    @Test
    void anOldStoryIdRedirectsToTheStoryCarryingItsArticles() throws Exception {
        StoryClusterer byPrefix = (articles, duplicates) -> {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            articles.forEach(a -> groups.computeIfAbsent(a.id().replaceAll("-\\d+$", ""), k -> new ArrayList<>())
                    .add(a.id()));
            return groups.values().stream()
                    .map(ids -> new StoryGroup(StableId.of("s", ids.get(0)), ids, List.of())).toList();
        };
        Pipeline pipeline = TestPipeline.create(byPrefix);
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
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/stories/" + old)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(301, r.statusCode(), r.body());
                assertEquals("/stories/" + now, r.headers().firstValue("Location").orElse(null));
            }
        }
    }
}
