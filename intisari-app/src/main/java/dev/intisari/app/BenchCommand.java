package dev.intisari.app;

import dev.intisari.app.bench.EndToEndBench;
import dev.intisari.app.bench.SyntheticCorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code intisari bench [--articles N]}: the end-to-end speed of the pipeline on a synthetic corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the whole pipeline on a generated corpus: articles and MB per second, peak heap, "
                + "and the ratio to a bare Lucene tokenisation pass over the same text.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", description = "how many articles (default 10000)")
    int articles;

    @Option(names = "--format", defaultValue = "jsonl", description = "input format: jsonl (default), text, html")
    SyntheticCorpusWriter.Format format;

    @Option(names = "--threads", description = "analysis threads (default: all cores)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", description = "corpus seed (default 1)")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "where the corpus is written (default: a temporary folder, deleted after)")
    Path work;

    @Override
    public Integer call() throws IOException {
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path dir = work != null ? work : Files.createTempDirectory("intisari-bench");
        try {
            EndToEndBench.Figures f = new EndToEndBench(new EndToEndBench.Settings(articles, seed, format, cores, dir))
                    .run(System.err);
            System.out.printf(Locale.ROOT, "%n%-44s %s%n", "machine", cores + " thread(s), "
                    + Runtime.getRuntime().availableProcessors() + " core(s), Java " + Runtime.version());
            System.out.printf(Locale.ROOT, "%-44s %,d (%s, %.1f MB of text)%n", "articles", f.articles(), format,
                    f.bytes() / 1e6);
            System.out.printf(Locale.ROOT, "%-44s %,.0f articles/s, %.2f MB/s (%.1f s)%n", "pipeline, end to end",
                    f.articlesPerSecond(), f.megabytesPerSecond(), f.pipelineSeconds());
            System.out.printf(Locale.ROOT, "%-44s %,.0f articles/s (%.1f s)%n", "bare Lucene IndonesianAnalyzer pass",
                    f.luceneArticlesPerSecond(), f.luceneSeconds());
            System.out.printf(Locale.ROOT, "%-44s %.1fx%n", "pipeline time / Lucene pass time",
                    f.pipelineSeconds() / f.luceneSeconds());
            System.out.printf(Locale.ROOT, "%-44s %,d MB%n", "peak heap during the run", f.peakHeapBytes() >> 20);
            System.out.printf(Locale.ROOT, "%nstage times, summed over threads, per article (budget from issue 10)%n");
            java.util.Map<String, Integer> budgets = java.util.Map.of("clean", 100, "quotes", 100, "dates", 100);
            f.stageNanos().forEach((stage, nanos) -> System.out.printf(Locale.ROOT, "  %-24s %8.1f \u00b5s%s%n",
                    stage, nanos / 1e3 / f.articles(),
                    budgets.containsKey(stage) ? "   (budget " + budgets.get(stage) + " \u00b5s)" : ""));
            System.out.printf(Locale.ROOT, "  budgets of grouped stages: language + tokens + sentences + entities "
                    + "450 \u00b5s; dedupe + clustering 150 \u00b5s; key points + story explanation 100 \u00b5s%n");
        } finally {
            if (work == null) {
                EndToEndBench.delete(dir);
            }
        }
        return 0;
    }
}
