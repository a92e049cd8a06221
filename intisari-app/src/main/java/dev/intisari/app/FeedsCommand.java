package dev.intisari.app;

import dev.intisari.store.FeedSubscription;
import dev.intisari.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code intisari feeds add URL} and {@code intisari feeds list}: the feeds {@code watch} polls. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Manage the feeds that 'watch' polls.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.List.class})
public final class FeedsCommand {
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Subscribe to an RSS or Atom feed.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "URL", description = "the feed's http(s) address")
        String url;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "intisari-data",
                description = "the data directory (default: ${DEFAULT-VALUE})")
        Path data;

        @Override
        public Integer call() throws IOException {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                System.err.println("intisari: error: not an http(s) address: " + url);
                return 1;
            }
            try (Store store = Store.open(data)) {
                boolean added = store.addFeed(uri.toString());
                System.err.println("intisari: " + (added ? "added " : "already watching ") + uri);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds and their last poll.")
    static final class List implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "intisari-data",
                description = "the data directory (default: ${DEFAULT-VALUE})")
        Path data;

        @Override
        public Integer call() throws IOException {
            try (Store store = Store.open(data)) {
                for (FeedSubscription f : store.feeds()) {
                    System.out.println(f.url() + "\t" + (f.lastChecked() == null ? "never polled"
                            : f.lastChecked() + " HTTP " + f.lastStatus()));
                }
            }
            return 0;
        }
    }
}
