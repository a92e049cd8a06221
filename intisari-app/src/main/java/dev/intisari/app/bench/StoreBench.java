package dev.intisari.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.clean.RuleLineCleaner;
import dev.intisari.core.cluster.EntityStorylineLinker;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.core.time.RuleDateTagger;
import dev.intisari.model.Article;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;
import dev.intisari.store.ContractJson;
import dev.intisari.store.Ingest;
import dev.intisari.store.IngestTimes;
import dev.intisari.store.Store;
import dev.intisari.store.StoryFilter;
import dev.intisari.store.StoryUpdate;
import dev.intisari.store.search.SearchQuery;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The store at scale: the synthetic stream analysed once (cached in the work folder, since analysis is not
 * what is measured here), written into a fresh store in batches with the stories updated incrementally every
 * {@code updateEvery} articles, then search and story-page reads timed on the full store. Reports the
 * store-write rate (SQLite + Lucene), the grouping and explanation times of the story updates, and the
 * analysis rate, each on its own, so none hides another.
 */
public final class StoreBench {
    private static final int BATCH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to run. {@code updateEvery} 0: one story update after everything is written. */
    public record Settings(int articles, long seed, Path work, int updateEvery, int queries, boolean coverageStories,
                           boolean readsOnly) {
    }

    /** Latencies of one kind of read, in milliseconds. */
    public record Latency(String what, int n, double p50, double p95, double p99, double max, double cpuP50,
                          double cpuP95) {
        static Latency of(String what, long[] nanos, long[] cpuNanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            long[] c = cpuNanos.clone();
            Arrays.sort(c);
            return new Latency(what, s.length, at(s, 0.50), at(s, 0.95), at(s, 0.99), s[s.length - 1] / 1e6,
                    at(c, 0.50), at(c, 0.95));
        }

        private static double at(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    /** The figures of one run. */
    public record Figures(int articles, int stories, double analysisSeconds, boolean analysisCached,
                          IngestTimes times, double writeCpuSeconds, double updateCpuSeconds,
                          List<StoryUpdate> updates, long storeBytes, List<Latency> reads) {
        /** Seconds spent writing into the store: SQLite and Lucene, without analysis and story updates. */
        public double writeSeconds() {
            return (times.databaseNanos() + times.indexNanos()) / 1e9;
        }
    }

    private final Settings settings;

    public StoreBench(Settings settings) {
        this.settings = settings;
    }

    public Figures run(PrintStream log) throws IOException {
        Files.createDirectories(settings.work());
        Pipeline pipeline = Pipeline.standard();
        String name = "analysed-" + settings.articles() + "-" + settings.seed();
        Path cache = settings.work().resolve(name + ".jsonl");
        Path cacheTime = settings.work().resolve(name + ".seconds");
        boolean cached = Files.exists(cacheTime);
        double analysisSeconds = cached ? Double.parseDouble(Files.readString(cacheTime).strip())
                : analyse(pipeline, cache, cacheTime, log);
        Path data = settings.work().resolve("store-" + settings.articles() + "-" + settings.seed());
        if (settings.readsOnly()) {
            try (Store store = Store.open(data)) {
                log.printf(Locale.ROOT, "timing reads on the stored %,d articles, %,d stories%n", store.articleCount(),
                        store.storyCount());
                List<Latency> reads = new ArrayList<>();
                reads.add(searches(store, log));
                reads.addAll(storyReads(store, log));
                return new Figures(store.articleCount(), store.storyCount(), analysisSeconds, cached,
                        new Ingest(store, pipeline).times(), 0, 0, List.of(), size(data), reads);
            }
        }
        EndToEndBench.delete(data);
        List<StoryUpdate> updates = new ArrayList<>();
        Pipeline storing = settings.coverageStories() ? coverageStories(pipeline) : pipeline;
        try (Store store = Store.open(data); BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
            Ingest ingest = new Ingest(store, storing);
            log.printf(Locale.ROOT, "writing %,d analysed articles into %s%n", settings.articles(), data);
            List<RawArticle> raws = new ArrayList<>(BATCH);
            List<String> lines = new ArrayList<>(BATCH);
            int[] written = {0};
            long[] cpu = {0, 0}; // process CPU nanoseconds: writing, story updates
            int[] sinceUpdate = {0};
            IoAction flush = () -> {
                List<Article> analysed = lines.parallelStream().map(ContractJson::readArticle).toList();
                long c = cpu();
                ingest.write(raws, analysed);
                cpu[0] += cpu() - c;
                written[0] += raws.size();
                if (written[0] % 5000 == 0) {
                    log.printf(Locale.ROOT, "  %,d written%n", written[0]);
                }
                sinceUpdate[0] += raws.size();
                raws.clear();
                lines.clear();
                if (settings.updateEvery() > 0 && sinceUpdate[0] >= settings.updateEvery()) {
                    long u = cpu();
                    updates.add(update(ingest, written[0], log));
                    cpu[1] += cpu() - u;
                    sinceUpdate[0] = 0;
                }
            };
            try {
                new SyntheticCorpus(new SyntheticCorpus.Settings(settings.articles(), settings.seed())).generate(a -> {
                    try {
                        raws.add(raw(a));
                        lines.add(in.readLine());
                        if (raws.size() == BATCH) {
                            flush.run();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                if (!raws.isEmpty()) {
                    flush.run();
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            ingest.commit();
            List<Latency> reads = new ArrayList<>();
            if (settings.updateEvery() == 0) {
                log.printf(Locale.ROOT, "%,d articles stored; timing searches before the story update%n",
                        store.articleCount());
                reads.add(searches(store, log));
            }
            if (sinceUpdate[0] > 0 || updates.isEmpty()) {
                long c = cpu();
                updates.add(update(ingest, written[0], log));
                cpu[1] += cpu() - c;
            }
            int stories = store.storyCount();
            log.printf(Locale.ROOT, "%,d articles, %,d stories stored; timing reads%n", store.articleCount(), stories);
            if (reads.isEmpty()) {
                reads.add(searches(store, log));
            }
            reads.addAll(storyReads(store, log));
            return new Figures(written[0], stories, analysisSeconds, cached, ingest.times(), cpu[0] / 1e9,
                    cpu[1] / 1e9, updates, size(data), reads);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static StoryUpdate update(Ingest ingest, int written, PrintStream log) throws IOException {
        ingest.updateStories();
        StoryUpdate u = ingest.lastUpdate();
        log.printf(Locale.ROOT, "  %,d written; story update: %,d folded, %,d stories explained, %s "
                        + "(grouping %.1f s, explanation %.1f s, writing %.1f s)%n", written, u.folded(),
                u.storiesChanged(), u.why(), u.groupingNanos() / 1e9, u.explanationNanos() / 1e9,
                u.writingNanos() / 1e9);
        return u;
    }

    static RawArticle raw(SyntheticArticle a) {
        return new RawArticle(a.id(), "synthetic", a.url(), a.outlet(), a.title(), Published.of(a.published(), "jsonl"),
                null, a.text(), null);
    }

    /** Analyses the stream on all cores into {@code cache} (contract JSON, one article a line); returns seconds. */
    private double analyse(Pipeline pipeline, Path cache, Path cacheTime, PrintStream log) throws IOException {
        log.printf(Locale.ROOT, "analysing %,d synthetic articles once (cached in %s)%n", settings.articles(), cache);
        Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
        long[] nanos = {0};
        int[] done = {0};
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            List<RawArticle> batch = new ArrayList<>();
            Consumer<List<RawArticle>> flush = b -> {
                long t = System.nanoTime();
                List<String> json = b.parallelStream().map(r -> ContractJson.article(pipeline.analyze(r))).toList();
                nanos[0] += System.nanoTime() - t;
                try {
                    for (String line : json) {
                        out.write(line);
                        out.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                done[0] += b.size();
                log.printf(Locale.ROOT, "  %,d analysed (%.0f articles/s)%n", done[0], done[0] / (nanos[0] / 1e9));
                b.clear();
            };
            new SyntheticCorpus(new SyntheticCorpus.Settings(settings.articles(), settings.seed())).generate(a -> {
                batch.add(raw(a));
                if (batch.size() == 2 * BATCH) {
                    flush.accept(batch);
                }
            });
            flush.accept(batch);
        }
        Files.move(partial, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        double seconds = nanos[0] / 1e9;
        Files.writeString(cacheTime, Double.toString(seconds));
        return seconds;
    }

    /** Search latencies on the full store, after a warm-up: words of random headlines, one or two. */
    private Latency searches(Store store, PrintStream log) throws IOException {
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<String> titles = new ArrayList<>();
        new SyntheticCorpus(new SyntheticCorpus.Settings(settings.articles(), settings.seed()))
                .generate(a -> titles.add(a.title()));
        int n = settings.queries();
        List<String> queries = new ArrayList<>();
        while (queries.size() < 2 * n) {
            String[] words = titles.get(random.nextInt(titles.size())).split("[^\\p{L}]+");
            List<String> usable = Arrays.stream(words).filter(w -> w.length() > 3).toList();
            if (usable.isEmpty()) {
                continue;
            }
            String q = usable.get(random.nextInt(usable.size()));
            if (random.nextInt(3) == 0 && usable.size() > 1) {
                q = q + " " + usable.get(random.nextInt(usable.size()));
            }
            queries.add(q.toLowerCase(Locale.ROOT));
        }
        Latency l = time("search (10 hits, highlights, facets)", queries, n,
                q -> store.index().search(new SearchQuery(q, null, null, null, null, 0, 10)));
        print(log, l);
        return l;
    }

    /** Story page and story list latencies on the full store, after a warm-up of each. */
    private List<Latency> storyReads(Store store, PrintStream log) throws IOException {
        SplittableRandom random = new SplittableRandom(settings.seed() + 1);
        List<String> articleIds = new ArrayList<>();
        new SyntheticCorpus(new SyntheticCorpus.Settings(settings.articles(), settings.seed()))
                .generate(a -> articleIds.add(a.id()));
        List<String> storyIds = new ArrayList<>(store.storyMembers().keySet());
        if (storyIds.isEmpty()) {
            log.println("  no stories stored: no story reads");
            return List.of();
        }
        int n = settings.queries();
        List<String> randomStories = new ArrayList<>();
        List<String> storiesOfArticles = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            randomStories.add(storyIds.get(random.nextInt(storyIds.size())));
            storiesOfArticles.add(store.storiesOf(articleIds.get(random.nextInt(articleIds.size()))).get(0));
            offsets.add(random.nextInt(Math.max(1, Math.min(storyIds.size(), 5000))));
        }
        List<Latency> out = new ArrayList<>();
        out.add(time("story page, a random story", randomStories, n, id -> storyPage(store, id)));
        out.add(time("story page, the story of a random article", storiesOfArticles, n, id -> storyPage(store, id)));
        out.add(time("story list, latest, 20 from a random offset < 5000", offsets, n,
                o -> store.stories(new StoryFilter(StoryFilter.Sort.LATEST, null, null, null, o, 20))));
        out.forEach(l -> print(log, l));
        return out;
    }

    private static void print(PrintStream log, Latency l) {
        log.printf(Locale.ROOT, "  %-52s p50 %.1f ms, p95 %.1f ms (CPU p95 %.1f ms)%n", l.what(), l.p50(), l.p95(),
                l.cpuP95());
    }

    /**
     * The standard grouping stages with {@link StoreBenchExplainer} (no key points). The per-article stages
     * are never called here (the articles come analysed); cheap ones fill the constructor.
     */
    private static Pipeline coverageStories(Pipeline standard) {
        return new Pipeline(new RuleLineCleaner(), text -> "id", new RuleTokenizer(), new RuleSentenceSplitter(),
                text -> List.of(), (id, text, found) -> List.of(), new RuleDateTagger(), new SupervisedMmrSummarizer(),
                standard.duplicateDetector(), standard.storyClusterer(), new StoreBenchExplainer(), new EntityStorylineLinker());
    }

    /**
     * What GET /api/stories/{id} reads: the id resolved, the story, its report counts and the first page of
     * article details (the API's default page of 100).
     */
    private static void storyPage(Store store, String asked) throws IOException {
        String id = store.resolveStory(asked).orElseThrow();
        JSON.readTree(store.story(id).orElseThrow());
        store.reportCounts(id);
        store.articlesOf(id, null, null, 100);
    }

    private interface Read<T> {
        void run(T input) throws IOException;
    }

    /** The first half of {@code inputs} warms up; the next {@code n} are timed. */
    private static <T> Latency time(String what, List<T> inputs, int n, Read<T> read) throws IOException {
        int warm = Math.min(n, inputs.size() / 2);
        for (int i = 0; i < warm; i++) {
            read.run(inputs.get(i));
        }
        long[] nanos = new long[Math.min(n, inputs.size() - warm)];
        long[] cpuNanos = new long[nanos.length];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < nanos.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            read.run(inputs.get(warm + i));
            nanos[i] = System.nanoTime() - t;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - c;
        }
        return Latency.of(what, nanos, cpuNanos);
    }

    /** CPU time of the whole process so far (all threads, GC included). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
