package dev.intisari.app;

import dev.intisari.app.api.ApiServer;
import dev.intisari.app.api.ServerConfig;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code intisari serve [--data DIR] [--port N] [--host H] [--token T]}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a data directory over HTTP: the web page and the REST API (see docs/web.md, docs/api.md).")
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
        ApiServer server = start(store, pipeline, ServerConfig.defaults(host, port, token));
        if (server == null) {
            return 1;
        }
        System.err.printf("intisari: serving %s (%d articles, %d stories)%n", data, store.articleCount(),
                store.storyCount());
        System.out.println("intisari: web page at " + address(host, server.port()) + "  (REST API: "
                + address(host, server.port()) + "api/stories)");
        System.out.flush();
        untilStopped(server, store, null, new CountDownLatch(1));
        return 0;
    }

    /** Starts the server; on a port in use, says so and closes the store. */
    static ApiServer start(Store store, Pipeline pipeline, ServerConfig config) throws IOException {
        try {
            return new ApiServer(store, pipeline, config);
        } catch (RuntimeException e) {
            store.close();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    System.err.printf("intisari: cannot listen on %s:%d (%s); pass --port N (0 picks a free one)%n",
                            config.host(), config.port(), t.getMessage());
                    return null;
                }
            }
            throw e;
        }
    }

    static String address(String host, int port) {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port + "/";
    }

    /**
     * Serves until the process is stopped (Ctrl+C) or {@code stop} is counted down, then closes the server
     * and the store and runs {@code afterwards} (may be null).
     */
    static void untilStopped(ApiServer server, Store store, Runnable afterwards, CountDownLatch stop)
            throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Runnable shutdown = () -> {
            synchronized (closed) {
                if (closed.getCount() == 0) {
                    return;
                }
                server.close();
                try {
                    store.close();
                } catch (IOException e) {
                    System.err.println("intisari: closing the store: " + e.getMessage());
                }
                if (afterwards != null) {
                    afterwards.run();
                }
                closed.countDown();
            }
        };
        Thread hook = new Thread(shutdown, "intisari-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stop.await();
        shutdown.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }
}
