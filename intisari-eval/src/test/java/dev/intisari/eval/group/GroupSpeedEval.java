package dev.intisari.eval.group;

import dev.intisari.core.cluster.ArticleFeatures;
import dev.intisari.core.cluster.ClusterInput;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.List;

/**
 * Speed of the grouping steps apart, in CPU time of one thread, on the IndoSum stream (3,743 records), for
 * profiling (run only with -Dintisari.speed=true; -Dintisari.speed.rounds=N): dedupe, term analysis
 * ({@link ArticleFeatures#input}) and the clustering fold over ready inputs and the whole
 * {@code StoryClusterer.cluster} call of the pipeline (analysis and fold), all with the product's entities.
 * -Dintisari.speed.corpus=corpus.jsonl (and -Dintisari.speed.articles=N, default 4,000) times the first N
 * articles of a JSON Lines corpus instead, analysed by the standard pipeline: the bench's synthetic stream.
 */
class GroupSpeedEval {
    /**
     * Cost per article as the stream grows: the IndoSum stream repeated {@code k} times, each repetition a year
     * later (beyond the dedupe and story windows, so it is new news to both; document frequencies keep
     * growing), through dedupe and the clustering fold, one pass per size; prints CPU time per article, the
     * stories in the window at the end and the heap in use after a full collection with the states alive.
     */
    private static void scale(List<Article> plain, List<ClusterInput> inputs, String factors) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf("%n%-9s %-12s %-12s %-12s %-14s %-10s%n", "articles", "dedupe us", "cluster us",
                "total us", "active stories", "heap MB");
        for (String f : factors.split(",")) {
            int k = Integer.parseInt(f.strip());
            MinHashDuplicateDetector detector = new MinHashDuplicateDetector();
            OnlineStoryClusterer clusterer = new OnlineStoryClusterer();
            dev.intisari.core.dedupe.DuplicateState copies = detector.newState();
            dev.intisari.core.cluster.ClusterState stories = clusterer.newState();
            long dedupe = 0;
            long cluster = 0;
            for (int r = 0; r < k; r++) {
                java.time.Duration shift = java.time.Duration.ofDays(366L * r);
                for (int i = 0; i < plain.size(); i++) {
                    Article a = plain.get(i);
                    ClusterInput in = inputs.get(i);
                    String id = r == 0 ? a.id() : a.id() + "#" + r;
                    java.time.Instant when = in.when() == null ? null : in.when().plus(shift);
                    long t0 = cpu.getCurrentThreadCpuTime();
                    dev.intisari.core.dedupe.DuplicateMatch m = detector.add(copies,
                            new dev.intisari.core.dedupe.DedupeInput(id, when, a.text()));
                    long t1 = cpu.getCurrentThreadCpuTime();
                    clusterer.add(stories, new ClusterInput(id, when, in.terms(), in.entities(),
                            m.isCopy() ? m.first() : null, in.events()));
                    long t2 = cpu.getCurrentThreadCpuTime();
                    dedupe += t1 - t0;
                    cluster += t2 - t1;
                }
            }
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            double n = (double) k * plain.size();
            System.out.printf("%-9d %-12.1f %-12.1f %-12.1f %-14d %-10d%n", (long) n, dedupe / 1e3 / n,
                    cluster / 1e3 / n, (dedupe + cluster) / 1e3 / n, stories.activeStories(), heap >> 20);
            if (copies.hashCode() == 0) {
                System.out.println(); // keeps the dedupe state reachable until the heap is read
            }
        }
    }

    /**
     * The first {@code limit} articles of a JSON Lines corpus (the bench's synthetic stream, {@code intisari
     * generate}) through the standard pipeline's analysis and linking, as the bench clusters them.
     */
    private static List<Article> synthetic(java.nio.file.Path file, int limit) throws IOException {
        dev.intisari.core.pipeline.Pipeline pipeline = dev.intisari.core.pipeline.Pipeline.standard();
        dev.intisari.core.ingest.JsonLinesParser parser = new dev.intisari.core.ingest.JsonLinesParser();
        List<Article> analysed = new java.util.ArrayList<>();
        dev.intisari.core.ingest.IngestListener quiet = new dev.intisari.core.ingest.IngestListener() {
            @Override
            public void article(dev.intisari.model.RawArticle article) {
            }

            @Override
            public void problem(dev.intisari.model.InputProblem problem) {
            }
        };
        try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file)) {
            int line = 0;
            for (String s = in.readLine(); s != null && analysed.size() < limit; s = in.readLine()) {
                line++;
                parser.parse(s, file.toString(), line, "line-" + line, quiet)
                        .ifPresent(raw -> analysed.add(pipeline.analyze(raw)));
            }
        }
        return pipeline.link(analysed);
    }

    @Test
    void speed() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("intisari.speed"), "skipped: profiling, run with -Dintisari.speed=true");
        int rounds = Integer.getInteger("intisari.speed.rounds", 20);
        String corpus = System.getProperty("intisari.speed.corpus");
        List<Article> plain = (corpus != null ? synthetic(java.nio.file.Path.of(corpus),
                Integer.getInteger("intisari.speed.articles", 4000))
                : IndoSumCorpus.withEntities(IndoSumCorpus.read(SharedData.require("indosum-devfolds"))))
                .stream().sorted(Comparator.comparing((Article a) -> a.published().instant())
                        .thenComparing(Article::id)).toList();
        ArticleFeatures features = new ArticleFeatures();
        List<ClusterInput> inputs = GroupTuneEval.inputs(plain, features);
        MinHashDuplicateDetector detector = new MinHashDuplicateDetector();
        OnlineStoryClusterer clusterer = new OnlineStoryClusterer();
        List<dev.intisari.model.DuplicateGroup> copies = detector.detect(plain);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 3; warm++) {
            detector.detect(plain);
            plain.forEach(a -> features.input(a, null));
            clusterer.fold(inputs);
            clusterer.cluster(plain, copies);
        }
        long t0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            detector.detect(plain);
        }
        long t1 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            plain.forEach(a -> features.input(a, null));
        }
        long t2 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            clusterer.fold(inputs);
        }
        long t3 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            clusterer.cluster(plain, copies);
        }
        long t4 = cpu.getCurrentThreadCpuTime();
        ArticleFeatures noEvents = features.withEventSignals(
                dev.intisari.core.cluster.EventSignals.of(java.util.EnumSet.noneOf(dev.intisari.core.cluster.EventSignals.Kind.class)));
        for (int i = 0; i < rounds; i++) {
            plain.forEach(a -> noEvents.input(a, null));
        }
        long t5 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            plain.forEach(a -> features.input(a, null));
        }
        long t6 = cpu.getCurrentThreadCpuTime();
        double n = (double) rounds * plain.size();
        System.out.printf("%nTerm analysis without event keys %.1f us, with %.1f us (timed again after it)%n",
                (t5 - t4) / 1e3 / n, (t6 - t5) / 1e3 / n);
        double dedupe = (t1 - t0) / 1e3 / n;
        double analysis = (t2 - t1) / 1e3 / n;
        double fold = (t3 - t2) / 1e3 / n;
        double cluster = (t4 - t3) / 1e3 / n;
        String scale = System.getProperty("intisari.speed.scale");
        if (scale != null) {
            scale(plain, inputs, scale);
            return;
        }
        System.out.printf("%nCPU time per article (%d records, %d rounds, with the product's entities): dedupe %.1f us,"
                + " term analysis %.1f us, clustering fold %.1f us; StoryClusterer.cluster (analysis and fold) %.1f us;"
                + " dedupe + cluster %.1f us = %.0f articles/s/core%n", plain.size(), rounds, dedupe, analysis, fold,
                cluster, dedupe + cluster, 1e6 / (dedupe + cluster));
    }
}
