package dev.intisari.app.sources;

import dev.intisari.core.ingest.CorpusReader;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.ingest.IngestListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Every kind of input argument, in order: an {@code http(s)://} URL is an RSS/Atom feed, a {@code .rss},
 * {@code .atom} or {@code .xml} file a saved feed, a {@code .warc} or {@code .warc.gz} file a web archive,
 * anything else goes to the {@link FileCorpusReader}.
 */
public final class SourceReader implements CorpusReader {
    /** The default spacing of requests to one host. */
    public static final Duration HOST_DELAY = Duration.ofSeconds(1);

    private final FileCorpusReader files;
    private final FeedReader feeds;
    private final WarcArchiveReader archives = new WarcArchiveReader();

    public SourceReader(FileCorpusReader files, Duration hostDelay) {
        this.files = files;
        this.feeds = new FeedReader(hostDelay);
    }

    @Override
    public void read(List<String> arguments, IngestListener listener) {
        for (String argument : arguments) {
            if (FeedReader.accepts(argument)) {
                feeds.read(argument, listener);
            } else if (FeedReader.acceptsFile(argument)) {
                feeds.readFile(Path.of(argument), listener);
            } else if (WarcArchiveReader.accepts(argument) && Files.isRegularFile(Path.of(argument))) {
                archives.read(Path.of(argument), listener);
            } else {
                files.read(List.of(argument), listener);
            }
        }
    }
}
