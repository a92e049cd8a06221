package dev.intisari.app;

import dev.intisari.app.api.ApiServer;
import dev.intisari.app.api.ServerConfig;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code intisari demo}: ingests the bundled, fictional demo corpus ({@code samples/}) into a fresh data
 * directory and serves the web page; {@code --no-serve} prints the analysis report instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled demo corpus (samples/, fictional articles) into a fresh data directory "
                + "and serve the web page on http://127.0.0.1:7070/ until Ctrl+C.",
            "With --no-serve: analyse the corpus and print a report instead."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--no-serve", description = "print the analysis report (see --format) instead of serving")
    boolean noServe;

    @Option(names = "--format", defaultValue = "text", description = "with --no-serve: text (default), json or jsonl")
    AnalyzeCommand.Format format;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "the demo corpus (default: samples/ of the Intisari checkout)")
    Path samples;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data directory to fill and serve (default: a temporary one, deleted on exit)")
    Path data;

    @Option(names = "--port", defaultValue = "7070", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    /** For tests: the stages (default: the standard pipeline), where the address goes, and a stop signal. */
    Pipeline pipeline;
    PrintStream out = System.out;
    CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = samples != null ? samples : locateSamples();
        if (noServe) {
            return AnalyzeCommand.analyze(List.of(dir.toString()), format, null);
        }
        boolean temporary = data == null;
        Path folder = temporary ? Files.createTempDirectory("intisari-demo-") : data;
        Pipeline stages = pipeline != null ? pipeline : Pipeline.standard();
        Store store = Store.open(folder);
        Ingest.Outcome outcome;
        try {
            System.err.println("intisari: reading the demo corpus " + dir + " into " + folder + " …");
            outcome = new Ingest(store, stages).run(new FileCorpusReader(), List.of(dir.toString()),
                    p -> System.err.println("intisari: " + p.describe()), n -> { });
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        ApiServer server = ServeCommand.start(store, stages, ServerConfig.defaults(host, port, null));
        if (server == null) {
            if (temporary) {
                delete(folder);
            }
            return 1;
        }
        System.err.printf("intisari: %d articles, %d stories%s%n", store.articleCount(), store.storyCount(),
                outcome.failed() ? " (some input could not be read, see above)" : "");
        out.println("Intisari demo: buka " + ServeCommand.address(host, server.port())
                + " di peramban (Ctrl+C untuk berhenti)");
        out.flush();
        ServeCommand.untilStopped(server, store, temporary ? () -> delete(folder) : null, stop);
        return 0;
    }

    /** samples/ beside the launcher (INTISARI_HOME), else in the working directory or one of its parents. */
    static Path locateSamples() {
        String home = System.getenv("INTISARI_HOME");
        if (home != null && Files.isDirectory(Path.of(home, "samples"))) {
            return Path.of(home, "samples");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("no samples/ directory found; pass --samples DIR");
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("intisari: could not delete " + folder + ": " + e.getMessage());
        }
    }
}
