package dev.intisari.app;

import dev.intisari.app.api.ApiServer;
import dev.intisari.app.api.ServerConfig;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code intisari serve [--data DIR] [--port N] [--host H] [--token T]}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a data directory over HTTP: the REST API (see docs/api.md).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "intisari-data",
            description = "the data directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--port", defaultValue = "7070", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--token", paramLabel = "T",
            description = "bearer token that allows POST /api/articles; without it ingest over HTTP is off")
    String token;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Store store = Store.open(data);
        Pipeline pipeline = Pipeline.standard();
        new Ingest(store, pipeline).recover();
        ApiServer server = new ApiServer(store, pipeline, ServerConfig.defaults(host, port, token));
        System.err.printf("intisari: serving %s (%d articles, %d stories) at http://%s:%d/api/stories%n",
                data, store.articleCount(), store.storyCount(), host, server.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                store.close();
            } catch (IOException e) {
                System.err.println("intisari: closing the store: " + e.getMessage());
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
