package dev.intisari.app;

import dev.intisari.app.sources.SourceReader;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code intisari ingest PATH... [--data DIR]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles (.txt, .html, .jsonl files, directories, .warc archives, RSS/Atom feed URLs, "
                + "'-' for standard input) to the store: unchanged articles are skipped, changed ones replaced, "
                + "then the stories are updated.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "files, directories, .warc archives, feed URLs, or - for standard input")
    List<String> paths;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "intisari-data",
            description = "the data directory (default: ${DEFAULT-VALUE})")
    Path data;

    /** Without a terminal, a plain line at most every few seconds, so logs show a long ingest moving. */
    private static final long PLAIN_EVERY_MILLIS = 5_000;
    private long started;
    private long lastPlain;

    private void plainProgress(int read) {
        long now = System.currentTimeMillis();
        if (System.console() == null && now - lastPlain >= PLAIN_EVERY_MILLIS) {
            lastPlain = now;
            System.err.printf("intisari: %,d articles read (%.0f/s)%n", read, read * 1000.0 / (now - started));
        }
    }

    @Override
    public Integer call() throws IOException {
        Progress progress = new Progress(System.err);
        Ingest.Outcome outcome;
        try (Store store = Store.open(data)) {
            SourceReader reader = new SourceReader(new FileCorpusReader(), SourceReader.HOST_DELAY);
            Ingest ingest = new Ingest(store, Pipeline.standard());
            started = System.currentTimeMillis();
            lastPlain = started;
            outcome = ingest.run(reader, paths, p -> {
                progress.clear();
                System.err.println("intisari: " + p.describe());
            }, read -> {
                progress.update(read);
                plainProgress(read);
            });
            progress.clear();
            System.err.printf("intisari: %d added, %d updated, %d unchanged; %d articles and %d stories in %s%n",
                    outcome.added(), outcome.updated(), outcome.unchanged(), store.articleCount(), outcome.stories(),
                    data);
        }
        return outcome.failed() ? 1 : 0;
    }
}
