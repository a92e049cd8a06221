package dev.intisari.app;

import dev.intisari.app.api.ApiServer;
import dev.intisari.app.api.ServerConfig;
import dev.intisari.app.opensearch.IndexNames;
import dev.intisari.app.opensearch.OpenSearchArchive;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.store.Ingest;
import dev.intisari.store.NewsArchive;
import dev.intisari.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code intisari serve [--data DIR] [--port N] [--host H] [--token T]}, or
 * {@code intisari serve --opensearch URL [--article-index I] [--story-index I] [--report-index I]}: the same
 * web page and REST API over the Flink job's OpenSearch indices (read-only but for error reports).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a data directory, or the Flink job's OpenSearch indices, over HTTP: the web page and"
                + " the REST API (see docs/web.md, docs/api.md, docs/scale-out.md).")
public final class ServeCommand implements Callable<Integer> {
    /** The answer of POST /api/articles in the OpenSearch mode. */
    public static final String INGEST_DISABLED = "ingest is disabled: this server reads the OpenSearch indices written by"
            + " the Flink job (serve --opensearch); send articles to the job's Kafka topic of raw articles";

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data directory (default: intisari-data)")
    Path data;

    @Option(names = "--opensearch", paramLabel = "URL",
            description = "serve the Flink job's OpenSearch indices at URL (http://host:9200, credentials as"
                    + " https://user:password@host:9200) instead of a data directory")
    String opensearch;

    @Option(names = "--article-index", paramLabel = "NAME", defaultValue = "intisari-articles",
            description = "with --opensearch: the job's article index (default: ${DEFAULT-VALUE})")
    String articleIndex;

    @Option(names = "--story-index", paramLabel = "NAME", defaultValue = "intisari-stories",
            description = "with --opensearch: the job's story index (default: ${DEFAULT-VALUE})")
    String storyIndex;

    @Option(names = "--report-index", paramLabel = "NAME", defaultValue = "intisari-reports",
            description = "with --opensearch: the index error reports are written to, created at the first"
                    + " report (default: ${DEFAULT-VALUE})")
    String reportIndex;

    @Option(names = "--port", defaultValue = "7070", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--token", paramLabel = "T",
            description = "bearer token that allows POST /api/articles; without it ingest over HTTP is off")
    String token;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (opensearch != null) {
            return serveIndices();
        }
        if (data == null) {
            data = Path.of("intisari-data");
        }
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

    private int serveIndices() throws IOException, InterruptedException {
        if (data != null || token != null) {
            System.err.println("intisari: --opensearch serves the job's indices: --data and --token do not apply"
                    + " (ingest is the Flink job's)");
            return 2;
        }
        OpenSearchArchive archive;
        try {
            archive = OpenSearchArchive.open(opensearch, new IndexNames(articleIndex, storyIndex, reportIndex));
        } catch (IllegalArgumentException e) {
            System.err.println("intisari: " + e.getMessage());
            return 2;
        } catch (dev.intisari.store.ArchiveUnavailableException e) {
            System.err.println("intisari: " + e.getMessage() + " (is OpenSearch running, and has the Flink job"
                    + " created its indices? name them with --article-index and --story-index)");
            return 1;
        }
        ServerConfig config = ServerConfig.defaults(host, port, null);
        ApiServer server = start(archive, () -> new ApiServer(archive, INGEST_DISABLED, config), config);
        if (server == null) {
            return 1;
        }
        System.err.printf("intisari: serving OpenSearch at %s (%s: %d articles, %s: %d stories; reports in %s)%n",
                archive.address(), articleIndex, archive.articleCount(), storyIndex, archive.storyCount(),
                reportIndex);
        System.out.println("intisari: web page at " + address(host, server.port()) + "  (REST API: "
                + address(host, server.port()) + "api/stories)");
        System.out.flush();
        untilStopped(server, archive, null, new CountDownLatch(1));
        return 0;
    }

    /** Starts the server; on a port in use, says so and closes the store. */
    static ApiServer start(Store store, Pipeline pipeline, ServerConfig config) throws IOException {
        return start(store, () -> new ApiServer(store, pipeline, config), config);
    }

    private static ApiServer start(NewsArchive store, java.util.function.Supplier<ApiServer> server,
                                   ServerConfig config) throws IOException {
        try {
            return server.get();
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
    static void untilStopped(ApiServer server, NewsArchive store, Runnable afterwards, CountDownLatch stop)
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
