package dev.intisari.app;

import dev.intisari.app.bench.SyntheticCorpus;
import dev.intisari.app.bench.SyntheticCorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code intisari generate --articles N --out DIR}: the synthetic story stream for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic corpus of Indonesian-like articles (story bursts, "
                + "syndicated copies, boilerplate) for benchmarks and scale tests.")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", description = "how many articles (default 10000)")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "the seed (default 1)")
    long seed;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "jsonl (one file, default), text or html (one file per article)")
    SyntheticCorpusWriter.Format format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into")
    Path out;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        try (SyntheticCorpusWriter writer = new SyntheticCorpusWriter(out, format)) {
            new SyntheticCorpus(new SyntheticCorpus.Settings(articles, seed)).generate(writer::write);
            System.err.printf("intisari: wrote %,d articles to %s in %.1f s%n", writer.written(), out,
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
