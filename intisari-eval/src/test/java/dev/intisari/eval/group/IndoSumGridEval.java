package dev.intisari.eval.group;

import dev.intisari.core.cluster.ArticleFeatures;
import dev.intisari.core.cluster.ClusterConfig;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.StoryGroup;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tuning grid for story clustering on the IndoSum dev set (run only with -Dintisari.grid=true): pairwise and
 * B-cubed F1 for thresholds, decay time constants and lead lengths.
 */
class IndoSumGridEval {
    @Test
    void grid() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("intisari.grid"), "skipped: tuning grid, run with -Dintisari.grid=true");
        List<Article> ordered = IndoSumCorpus.withEntities(IndoSumCorpus.read(SharedData.require("indosum-devfolds")))
                .stream().sorted(Comparator.comparing((Article a) -> a.published().instant()).thenComparing(Article::id))
                .toList();
        List<DuplicateGroup> copies = new MinHashDuplicateDetector().detect(ordered);
        Map<String, String> gold = IndoSumGroupEval.labels();
        ClusterConfig base = ClusterConfig.news();
        System.out.printf("%-5s %-5s %-5s %-5s %-5s %-5s %-6s %-6s %-6s %-6s%n", "ew", "edec", "grace", "decay", "thr",
                "title", "pairP", "pairR", "pairF1", "B3F1");
        ArticleFeatures features = new ArticleFeatures();
        if (Boolean.getBoolean("intisari.grid.df")) {
            Map<String, Integer> df = new HashMap<>();
            ordered.forEach(a -> a.entities().stream().map(e -> e.type() + " " + e.name()).distinct()
                    .forEach(n -> df.merge(n, 1, Integer::sum)));
            df.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(60)
                    .forEach(e -> System.out.println("DF " + e.getValue() + " " + e.getKey()));
            double avg = ordered.stream().mapToInt(a -> a.entities().size()).average().orElse(0);
            System.out.println("DF avg entities per article " + avg);
            ordered.stream().filter(a -> gold.getOrDefault(a.id(), "-").length() > 1).limit(12).forEach(a ->
                    System.out.println("ENT " + gold.get(a.id()) + " " + a.title() + " :: "
                            + a.entities().stream().map(e -> e.name()).toList()));
        }
        for (double ew : doubles("intisari.grid.ew", "0.3")) {
            for (double edec : doubles("intisari.grid.edec", "10")) {
                for (double grace : doubles("intisari.grid.grace", "0")) {
                    for (double decay : doubles("intisari.grid.decay", "10")) {
                        for (double t : doubles("intisari.grid.thr", "0.2")) {
                            ClusterConfig c = base.withThreshold(t)
                                    .withMergeThreshold(Math.max(t, base.mergeThreshold()))
                                    .withDecay(Duration.ofHours((long) (24 * decay))).withEntityWeight(ew)
                                    .withEntityDecay(Duration.ofHours((long) (24 * edec)))
                                    .withGrace(Duration.ofHours((long) (24 * grace)))
                                    .withCommonEntityShare(Double.parseDouble(System.getProperty("intisari.grid.share", "0.02")));
                            ClusteringScores s = score(new OnlineStoryClusterer(c, features).cluster(ordered, copies),
                                    gold);
                            System.out.printf("%-5.2f %-5.0f %-5.1f %-5.0f %-5.2f %-5d %-6.3f %-6.3f %-6.3f %-6.3f%n",
                                    ew, edec, grace, decay, t, 2, s.pairPrecision(), s.pairRecall(), s.pairF1(),
                                    s.bcubedF1());
                        }
                    }
                }
            }
        }
    }

    private static double[] doubles(String property, String fallback) {
        return java.util.Arrays.stream(System.getProperty(property, fallback).split(","))
                .mapToDouble(Double::parseDouble).toArray();
    }

    private static ClusteringScores score(List<StoryGroup> stories, Map<String, String> gold) {
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
        List<String> p = new ArrayList<>();
        List<String> g = new ArrayList<>();
        gold.forEach((id, label) -> {
            p.add(storyOf.get(id));
            g.add("-".equals(label) ? "single:" + id : label);
        });
        return ClusteringScores.of(p, g);
    }
}
