package dev.intisari.app.web;

import dev.intisari.app.api.ApiServer;
import dev.intisari.app.api.ServerConfig;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.InputProblem;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;
import dev.intisari.store.TestPipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A store filled with JSON Lines articles (the store's test pipeline) and the server on a free port. */
final class WebFixture implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    final Store store;
    final ApiServer server;
    final String base;

    WebFixture(Path folder, String jsonLines) throws IOException {
        this.store = Store.open(folder);
        Pipeline pipeline = TestPipeline.create();
        List<InputProblem> problems = new ArrayList<>();
        new Ingest(store, pipeline).run(new FileCorpusReader(new ByteArrayInputStream(
                jsonLines.getBytes(StandardCharsets.UTF_8))), List.of("-"), problems::add, n -> { });
        if (store.articleCount() == 0) {
            throw new IllegalStateException("nothing ingested: " + problems);
        }
        this.server = new ApiServer(store, pipeline, new ServerConfig("127.0.0.1", 0, null, 1024 * 1024, 2048, 1000));
        this.base = "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first story's id (the latest). */
    String firstStory() throws IOException {
        return store.stories(new dev.intisari.store.StoryFilter(dev.intisari.store.StoryFilter.Sort.LARGEST, null,
                null, null, 0, 1)).get(0).id();
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
    }
}
