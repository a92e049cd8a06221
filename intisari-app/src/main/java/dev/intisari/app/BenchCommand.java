package dev.intisari.app;

import dev.intisari.app.bench.EndToEndBench;
import dev.intisari.app.bench.StoreBench;
import dev.intisari.app.bench.SyntheticCorpusWriter;
import dev.intisari.store.IngestTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code intisari bench [--articles N]}: the end-to-end speed of the pipeline on a synthetic corpus;
 * {@code --store}: the store's write rate, story updates and read latencies ({@link StoreBench}).
 */
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

    @Option(names = "--warmup", paramLabel = "N", description = "articles analysed before the timed run so that it "
            + "meets compiled code (default: a tenth of --articles, 200 to 2,000; the compiler needs about 10,000)")
    Integer warmup;

    @Option(names = "--seed", defaultValue = "1", description = "corpus seed (default 1)")
    long seed;

    @Option(names = "--days", defaultValue = "0", paramLabel = "N", description = "spread the stories' starts over N "
            + "days (default: a day per 200 articles, 30 to 730): fewer days give a denser stream, as a large corpus "
            + "has, without generating one")
    int days;

    @Option(names = "--work", paramLabel = "DIR", description = "where the corpus is written (default: a temporary folder, deleted after)")
    Path work;

    @Option(names = "--store", description = "measure the store instead: write the analysed articles into a fresh "
            + "store (stories updated incrementally), then time search and story pages; the analysis is cached in "
            + "--work (default ./intisari-store-bench) so a rerun measures the store only")
    boolean store;

    @Option(names = "--update-every", defaultValue = "10000", paramLabel = "N",
            description = "with --store: update the stories after every N articles written (0: once at the end)")
    int updateEvery;

    @Option(names = "--queries", defaultValue = "500", paramLabel = "N",
            description = "with --store: timed reads of each kind (default 500, after as many warm-up reads)")
    int queries;

    @Option(names = "--stories", defaultValue = "full", paramLabel = "full|coverage",
            description = "with --store: full (the standard story explainer) or coverage (everything but key points, "
                    + "for scales where explaining the synthetic stream's very large stories takes hours)")
    String stories;

    @Option(names = "--reads-only", description = "with --store: time the reads on the store an earlier run left in --work")
    boolean readsOnly;

    @Override
    public Integer call() throws IOException {
        if (store) {
            return storeBench();
        }
        if (days < 0) {
            System.err.println("intisari bench: --days must be 0 (the default spread) or more");
            return 2;
        }
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path dir = work != null ? work : Files.createTempDirectory("intisari-bench");
        try {
            EndToEndBench.Figures f = new EndToEndBench(new EndToEndBench.Settings(articles, seed, format, cores, dir,
                    warmup != null ? Math.max(0, warmup) : EndToEndBench.Settings.defaultWarmUp(articles), days))
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
            System.out.printf(Locale.ROOT, "%-44s %.1f s CPU: JIT compiler threads %s CPU (busy %.1f s), "
                            + "garbage collector %.1f s%n", "  of which, during the run", f.pipelineCpuSeconds(),
                    f.compilerCpuSeconds() < 0 ? "?" : String.format(Locale.ROOT, "%.1f s", f.compilerCpuSeconds()),
                    f.compileSeconds(), f.gcSeconds());
            System.out.printf(Locale.ROOT, "%-44s %.1f s CPU (stage clock %.1f s, estimated; phase marks %.1f s): "
                            + "%.3f ms per article without them, %.3f ms with%n",
                    "  of which, the bench's own clocks", f.stageClockCpuSeconds() + f.phaseMarkCpuSeconds(),
                    f.stageClockCpuSeconds(), f.phaseMarkCpuSeconds(),
                    f.untimedPipelineCpuSeconds() * 1e3 / f.articles(), f.pipelineCpuSeconds() * 1e3 / f.articles());
            System.out.printf(Locale.ROOT, "%-44s %,d MB%n", "peak heap during the run (sum of pool peaks)",
                    f.peakHeapBytes() >> 20);
            System.out.printf(Locale.ROOT, "%-44s %,d MB (heap limit %,d MB)%n", "largest heap in use after a GC",
                    f.liveHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
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

    private Integer storeBench() throws IOException {
        Path dir = work != null ? work : Path.of("intisari-store-bench");
        StoreBench.Figures f = new StoreBench(new StoreBench.Settings(articles, seed, dir, updateEvery, queries,
                "coverage".equals(stories), readsOnly))
                .run(System.err);
        IngestTimes t = f.times();
        System.out.printf(Locale.ROOT, "%n%-44s %s%n", "machine", Runtime.getRuntime().availableProcessors()
                + " core(s), Java " + Runtime.version() + ", load average " + loadAverage());
        System.out.printf(Locale.ROOT, "%-44s %,d articles, %,d stories, %,.0f MB on disk (%s)%n", "store",
                f.articles(), f.stories(), f.storeBytes() / 1e6, dir);
        if (!readsOnly) {
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "%-44s %,.0f articles/s (%.1f s: SQLite %.1f s, Lucene %.1f s)   target >= 1,000%n",
                    "ingest into the store (plain text)", f.articles() / f.writeSeconds(), f.writeSeconds(),
                    t.databaseNanos() / 1e9, t.indexNanos() / 1e9);
            System.out.printf(Locale.ROOT, "%-44s %.0f \u00b5s per article; %,.0f articles/s if the process had all %d cores%n",
                    "  CPU used by the writes", f.writeCpuSeconds() * 1e6 / f.articles(),
                    f.articles() / (f.writeCpuSeconds() / cores), cores);
            System.out.printf(Locale.ROOT, "%-44s %,.0f articles/s (%.1f s%s)%n", "analysis (per-article stages, all cores)",
                    f.articles() / f.analysisSeconds(), f.analysisSeconds(), f.analysisCached() ? ", cached from an earlier run" : "");
            System.out.printf(Locale.ROOT, "%-44s %d update(s), %s explainer: fold %.1f s, explanation %.1f s, "
                    + "reading back and writing %.1f s%n", "story updates", f.updates().size(),
                    "coverage".equals(stories) ? "coverage-only (no key points)" : "standard", t.groupingNanos() / 1e9, t.explanationNanos() / 1e9,
                    t.storiesNanos() / 1e9);
            System.out.printf(Locale.ROOT, "%-44s %.0f \u00b5s per article%n", "  CPU used by the story updates",
                    f.updateCpuSeconds() * 1e6 / f.articles());
            double all = f.writeSeconds() + t.groupingNanos() / 1e9 + t.explanationNanos() / 1e9 + t.storiesNanos() / 1e9;
            System.out.printf(Locale.ROOT, "%-44s %,.0f articles/s (%.1f s)%n", "store + story updates, analysis excluded",
                    f.articles() / all, all);
            System.out.printf(Locale.ROOT, "%-44s %,.0f articles/s%n", "end to end (analysis + all of the above)",
                    f.articles() / (all + f.analysisSeconds()));
        }
        System.out.printf(Locale.ROOT, "%nreads on the full store, one thread                      n   p50 ms   p95 ms   p99 ms   max ms"
                + "   CPU p50  CPU p95%n");
        for (StoreBench.Latency l : f.reads()) {
            String target = l.what().startsWith("search") ? "   target p95 < 50" : l.what().startsWith("story page")
                    ? "   target p95 < 100" : "";
            System.out.printf(Locale.ROOT, "  %-52s %5d %8.1f %8.1f %8.1f %8.1f %9.1f %8.1f%s%n", l.what(), l.n(),
                    l.p50(), l.p95(), l.p99(), l.max(), l.cpuP50(), l.cpuP95(), target);
        }
        return 0;
    }

    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.1f", load);
    }
}
