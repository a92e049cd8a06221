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
 */
class GroupSpeedEval {
    @Test
    void speed() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("intisari.speed"), "skipped: profiling, run with -Dintisari.speed=true");
        int rounds = Integer.getInteger("intisari.speed.rounds", 20);
        List<Article> plain = IndoSumCorpus.withEntities(IndoSumCorpus.read(SharedData.require("indosum-devfolds")))
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
        double n = (double) rounds * plain.size();
        double dedupe = (t1 - t0) / 1e3 / n;
        double analysis = (t2 - t1) / 1e3 / n;
        double fold = (t3 - t2) / 1e3 / n;
        double cluster = (t4 - t3) / 1e3 / n;
        System.out.printf("%nCPU time per article (%d records, %d rounds, with the product's entities): dedupe %.1f us,"
                + " term analysis %.1f us, clustering fold %.1f us; StoryClusterer.cluster (analysis and fold) %.1f us;"
                + " dedupe + cluster %.1f us = %.0f articles/s/core%n", plain.size(), rounds, dedupe, analysis, fold,
                cluster, dedupe + cluster, 1e6 / (dedupe + cluster));
    }
}
