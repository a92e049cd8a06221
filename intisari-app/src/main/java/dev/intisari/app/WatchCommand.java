package dev.intisari.app;

import dev.intisari.app.sources.FeedReader;
import dev.intisari.core.ingest.CorpusReader;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.store.FeedSubscription;
import dev.intisari.store.Ingest;
import dev.intisari.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code intisari watch [--data DIR] [--interval SECONDS] [--once]}: polls the subscribed feeds politely
 * (conditional GET, one request per host per {@code --host-delay-ms}, robots.txt obeyed), fetches only
 * entries not stored yet, ingests them and updates the stories; then sleeps and polls again.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll the feeds added with 'feeds add' and ingest new articles.")
public final class WatchCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "intisari-data",
            description = "the data directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "900",
            description = "seconds between polls (default: ${DEFAULT-VALUE})")
    long interval;

    @Option(names = "--host-delay-ms", defaultValue = "1000",
            description = "milliseconds between requests to one host (default: ${DEFAULT-VALUE})")
    long hostDelay;

    @Option(names = "--once", description = "poll once and exit")
    boolean once;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Pipeline pipeline = Pipeline.standard();
        FeedReader feeds = new FeedReader(Duration.ofMillis(Math.max(0, hostDelay)));
        boolean failed;
        do {
            try (Store store = Store.open(data)) {
                failed = poll(store, pipeline, feeds);
            }
            if (!once) {
                Thread.sleep(Duration.ofSeconds(Math.max(1, interval)).toMillis());
            }
        } while (!once);
        return failed ? 1 : 0;
    }

    private static boolean poll(Store store, Pipeline pipeline, FeedReader feeds) throws IOException {
        List<FeedSubscription> subscribed = store.feeds();
        if (subscribed.isEmpty()) {
            System.err.println("intisari: no feeds; add one with 'intisari feeds add URL'");
            return false;
        }
        Map<String, FeedSubscription> byUrl = new HashMap<>();
        subscribed.forEach(f -> byUrl.put(f.url(), f));
        Map<String, FeedReader.Poll> polls = new HashMap<>();
        CorpusReader reader = (urls, listener) -> {
            for (String url : urls) {
                FeedSubscription f = byUrl.get(url);
                polls.put(url, feeds.poll(url, f.etag(), f.lastModified(), link -> {
                    try {
                        return store.hasArticle(link);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, listener));
            }
        };
        Ingest.Outcome outcome = new Ingest(store, pipeline).run(reader, List.copyOf(byUrl.keySet()).stream()
                .sorted().toList(), p -> System.err.println("intisari: " + p.describe()), n -> { });
        for (Map.Entry<String, FeedReader.Poll> e : polls.entrySet()) {
            FeedReader.Poll p = e.getValue();
            store.feedPolled(e.getKey(), p.status(), p.etag(), p.lastModified());
            System.err.println("intisari: " + e.getKey() + ": " + (p.status() == 304 ? "not modified"
                    : p.status() == 200 ? "read" : "failed (HTTP " + p.status() + ")"));
        }
        System.err.printf("intisari: %d added, %d updated; %d articles and %d stories%n", outcome.added(),
                outcome.updated(), store.articleCount(), outcome.stories());
        return outcome.failed();
    }
}
