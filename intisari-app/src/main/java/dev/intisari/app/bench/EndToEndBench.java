package dev.intisari.app.bench;

import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.pipeline.CorpusRun;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.core.report.GroupingSink;
import dev.intisari.core.report.ReportWriter;
import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.Grouping;
import dev.intisari.model.Story;
import dev.intisari.model.Storyline;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The end-to-end harness: generates a synthetic corpus, runs the whole pipeline on it as {@code analyze}
 * does (reading the files, analysing on {@code threads} cores, grouping), and in the same run a bare Lucene
 * tokenisation pass over the same text as the practical limit, then prints articles and MB per second, the
 * ratio between the two, and the peak heap.
 */
public final class EndToEndBench {
    /** Rounds of the Lucene pass; the median one is reported. */
    private static final int LUCENE_ROUNDS = 3;
    /** What to measure; {@code days} as in {@link SyntheticCorpus.Settings} (0: the generator's default). */
    public record Settings(int articles, long seed, SyntheticCorpusWriter.Format format, int threads,
                           Path workDir, int warmUpArticles, int days) {
        /** The default warm-up: a tenth of the run, between 200 and 2,000 articles. */
        public Settings(int articles, long seed, SyntheticCorpusWriter.Format format, int threads, Path workDir) {
            this(articles, seed, format, threads, workDir, defaultWarmUp(articles), 0);
        }

        /** The corpus measured: the same for the pipeline and for the Lucene pass. */
        SyntheticCorpus.Settings corpus() {
            return new SyntheticCorpus.Settings(articles, seed, days);
        }

        public static int defaultWarmUp(int articles) {
            return Math.min(2000, Math.max(200, articles / 10));
        }
    }

    /** The measured figures of one run. */
    public record Figures(int articles, long bytes, double pipelineSeconds, double luceneSeconds,
                          long peakHeapBytes, long liveHeapBytes, java.util.Map<String, Long> stageNanos,
                          double pipelineCpuSeconds, double compileSeconds, double gcSeconds,
                          double compilerCpuSeconds, double stageClockCpuSeconds, double phaseMarkCpuSeconds) {
        public double articlesPerSecond() {
            return articles / pipelineSeconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / pipelineSeconds;
        }

        /**
         * The pipeline's process CPU less what the bench's own clocks cost it (the stage clock's reads, estimated,
         * and the phase marks, measured): the CPU an untimed run such as {@code analyze} would use for the same work.
         */
        public double untimedPipelineCpuSeconds() {
            return pipelineCpuSeconds - stageClockCpuSeconds - phaseMarkCpuSeconds;
        }

        public double luceneArticlesPerSecond() {
            return articles / luceneSeconds;
        }
    }

    private final Settings settings;

    public EndToEndBench(Settings settings) {
        this.settings = settings;
    }

    public Figures run(PrintStream log) throws IOException {
        Path dir = settings.workDir();
        long[] bytes = {0};
        log.printf(Locale.ROOT, "generating %,d articles (%s) over %d days in %s%n", settings.articles(),
                settings.format(), settings.corpus().spread(), dir);
        try (SyntheticCorpusWriter writer = new SyntheticCorpusWriter(dir, settings.format())) {
            new SyntheticCorpus(settings.corpus()).generate(a -> {
                bytes[0] += a.text().length();
                writer.write(a);
            });
        }
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            dev.intisari.core.pipeline.StageClock clock = new dev.intisari.core.pipeline.StageClock();
            Pipeline pipeline = Pipeline.standard().timed(clock);
            log.printf(Locale.ROOT, "warming up on %,d other articles%n", settings.warmUpArticles());
            if (settings.warmUpArticles() > 0) {
                warmUp(pipeline, pool);
            }
            clock.reset();
            System.gc();
            resetPeaks();
            HeapWatch heap = new HeapWatch();
            log.println("running the pipeline");
            PhaseClock phases = new PhaseClock(() -> clock.totals().values().stream().mapToLong(Long::longValue).sum());
            Counting report = new Counting(phases);
            int expected = settings.articles();
            phases.start();
            long cpu = processCpu();
            long compile = compileMillis();
            long compilerCpu = compilerThreadsCpu();
            long gc = gcMillis();
            long start = System.nanoTime();
            new CorpusRun(new FileCorpusReader(), pipeline, pool).run(List.of(dir.toString()), report,
                    p -> log.println("  " + p.describe()), n -> {
                        if (n == expected) {
                            phases.end("analysis");
                        }
                    });
            long end = System.nanoTime();
            phases.end("end (last article written)");
            double pipelineCpu = (processCpu() - cpu) / 1e9;
            double compileSeconds = (compileMillis() - compile) / 1e3;
            double compilerCpuSeconds = compilerCpu < 0 ? -1 : (compilerThreadsCpu() - compilerCpu) / 1e9;
            double gcSeconds = (gcMillis() - gc) / 1e3;
            long clockReads = clock.reads();
            double phaseMarkSeconds = phases.ownNanos() / 1e9;
            long peak = peakHeap();
            long live = heap.maxLiveBytes();
            heap.close();
            log.printf(Locale.ROOT, "%,d stories found%n", report.stories);
            log.printf(Locale.ROOT, "wall time of the phases: analysis and report %.1f s, dedupe + clustering %.1f s, "
                            + "story explanation %.1f s, storylines %.1f s%n", (report.grouping - start) / 1e9,
                    (report.grouped - report.grouping) / 1e9, (report.explained - report.grouped) / 1e9,
                    (end - report.explained) / 1e9);
            phases.print(log);
            double readCost = dev.intisari.core.pipeline.StageClock.readCostNanos(200_000);
            double stageClockSeconds = clockReads * readCost / 1e9;
            log.printf(Locale.ROOT, "the bench's own clocks during the run: %,d reads of a thread's CPU clock by the "
                            + "stage clock at about %.0f ns each, %.1f s (estimated); %,d phase marks, %.1f s%n",
                    clockReads, readCost, stageClockSeconds, phases.reads(), phaseMarkSeconds);
            log.printf(Locale.ROOT, "running a bare Lucene tokenisation pass over the same text (%d rounds)%n",
                    LUCENE_ROUNDS);
            double[] pass = lucenePasses(pool);
            double lucene = pass[0];
            double luceneCpu = pass[1];
            // on a shared machine wall time counts the other work too; CPU time of this process does not
            log.printf(Locale.ROOT, "load average at the end %.1f; CPU time of this process: pipeline %.1f s "
                            + "(%,.0f articles per CPU-second), Lucene pass %.1f s (%,.0f per CPU-second), ratio %.1fx; "
                            + "stage times are %s time%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), pipelineCpu,
                    report.articles / pipelineCpu, luceneCpu, report.articles / luceneCpu, pipelineCpu / luceneCpu,
                    dev.intisari.core.pipeline.StageClock.countsCpuTime() ? "thread CPU" : "wall");
            return new Figures(report.articles, bytes[0], (end - start) / 1e9, lucene, peak, live, clock.totals(),
                    pipelineCpu, compileSeconds, gcSeconds, compilerCpuSeconds, stageClockSeconds, phaseMarkSeconds);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Runs the pipeline on {@code warmUpArticles} other generated articles, in batches of at most 2,000 (each
     * grouped on its own, so nothing is kept), so that the timed run meets compiled code. The just-in-time
     * compiler needs far more than the default tenth of the run to finish: {@code --warmup} raises it.
     */
    private void warmUp(Pipeline pipeline, ForkJoinPool pool) {
        List<dev.intisari.model.RawArticle> raw = new ArrayList<>();
        Runnable flush = () -> {
            List<Article> analysed = pool.submit(() -> raw.parallelStream().map(pipeline::analyze).toList()).join();
            pipeline.group(pipeline.link(analysed));
            raw.clear();
        };
        new SyntheticCorpus(new SyntheticCorpus.Settings(settings.warmUpArticles(), settings.seed() + 1)).generate(a -> {
            raw.add(new dev.intisari.model.RawArticle(a.id(), a.id(), a.url(), a.outlet(), a.title(), null, null,
                    a.text(), null));
            if (raw.size() == 2000) {
                flush.run();
            }
        });
        if (!raw.isEmpty()) {
            flush.run();
        }
    }

    /** Time the just-in-time compiler threads have spent so far, in milliseconds (0 where not reported). */
    private static long compileMillis() {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * CPU time the just-in-time compiler threads have used so far, in nanoseconds, read from
     * {@code /proc/self/task} (Linux); -1 where it cannot be read. The compilation bean's figure is the
     * compilers' elapsed time, which counts the wait for a core on a loaded machine; this one does not.
     */
    static long compilerThreadsCpu() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long ticks = 0;
        try (var dirs = Files.list(tasks)) {
            for (Path task : dirs.toList()) {
                try {
                    // "C2 CompilerThread0": the kernel keeps 15 characters of a thread's name
                    if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // fields after the command's closing parenthesis: state is field 3, utime 14, stime 15
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
    }

    /** Linux's USER_HZ, the unit of the times in {@code /proc/.../stat} (100 on every common build). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** Time the garbage collectors have spent so far, in milliseconds. */
    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** Analysis of the same texts with Lucene's IndonesianAnalyzer only, on the same threads. */
    /**
     * {@link #lucenePass} {@value #LUCENE_ROUNDS} times: {wall seconds, process CPU seconds} of the round with
     * the median CPU time (one pass over 10,000 articles lasts a second or two, too short to read alone).
     */
    private double[] lucenePasses(ForkJoinPool pool) {
        List<double[]> rounds = new ArrayList<>();
        for (int i = 0; i < LUCENE_ROUNDS; i++) {
            rounds.add(lucenePass(pool));
        }
        rounds.sort(java.util.Comparator.comparingDouble(r -> r[1]));
        return rounds.get(rounds.size() / 2);
    }

    /**
     * One pass: {wall seconds, process CPU seconds} of the analysis only. The texts are generated again in
     * batches between the timed parts, so neither clock counts the generator.
     */
    private double[] lucenePass(ForkJoinPool pool) {
        List<String> batch = new ArrayList<>();
        AtomicLong tokens = new AtomicLong();
        long[] nanos = {0, 0};
        ThreadLocal<Analyzer> analyzers = ThreadLocal.withInitial(IndonesianAnalyzer::new);
        Runnable flush = () -> {
            long cpu = processCpu();
            long t = System.nanoTime();
            pool.submit(() -> batch.parallelStream().forEach(text -> tokens.addAndGet(count(analyzers.get(), text))))
                    .join();
            nanos[0] += System.nanoTime() - t;
            nanos[1] += processCpu() - cpu;
            batch.clear();
        };
        new SyntheticCorpus(settings.corpus()).generate(a -> {
            batch.add(a.text());
            if (batch.size() == 2048) {
                flush.run();
            }
        });
        flush.run();
        return new double[] {nanos[0] / 1e9, nanos[1] / 1e9};
    }

    private static long count(Analyzer analyzer, String text) {
        long n = 0;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                n += term.length() > 0 ? 1 : 0;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** CPU time of this process (all threads, GC and compiler included), or 0 where the JVM does not say. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** A report that keeps nothing: counts articles and stories. */
    private static final class Counting implements ReportWriter {
        /** The least wall time between two marks of the explanation phase, which ends with one of its stories. */
        private static final long STORY_MARK_NANOS = 20_000_000L;
        private final PhaseClock phases;
        int articles;
        int stories;
        /** When grouping began (the sink was asked for), when the duplicates and the last story came (nanoTime). */
        long grouping;
        long grouped;
        long explained;
        private long storyMarked;

        Counting(PhaseClock phases) {
            this.phases = phases;
        }

        @Override
        public void article(Article article) {
            articles++;
        }

        @Override
        public void grouping(Grouping grouping) {
            stories += grouping.stories().size();
        }

        @Override
        public GroupingSink groupingSink() {
            grouping = System.nanoTime();
            phases.end("linking + publication order");
            return new GroupingSink() {
                @Override
                public void duplicates(List<DuplicateGroup> duplicates) {
                    grouped = System.nanoTime();
                    explained = grouped;
                    storyMarked = grouped;
                    phases.end("dedupe + clustering");
                }

                @Override
                public void story(Story story) {
                    stories++;
                    explained = System.nanoTime();
                    if (explained - storyMarked >= STORY_MARK_NANOS) {
                        phases.end("story explanation");
                        storyMarked = System.nanoTime();
                    }
                }

                @Override
                public void storylines(List<Storyline> storylines) {
                    phases.end("storylines");
                }
            };
        }

        @Override
        public void close() {
        }
    }

    /** Deletes the generated corpus. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
