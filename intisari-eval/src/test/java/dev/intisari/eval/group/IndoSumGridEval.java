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
        List<Article> ordered = IndoSumCorpus.read(SharedData.require("indosum-devfolds")).stream()
                .sorted(Comparator.comparing((Article a) -> a.published().instant()).thenComparing(Article::id))
                .toList();
        List<DuplicateGroup> copies = new MinHashDuplicateDetector().detect(ordered);
        Map<String, String> gold = IndoSumGroupEval.labels();
        ClusterConfig base = ClusterConfig.news();
        System.out.printf("%-5s %-5s %-5s %-5s %-6s %-6s %-6s %-6s%n", "lead", "title", "decay", "thr", "pairP",
                "pairR", "pairF1", "B3F1");
        int lead = Integer.getInteger("intisari.lead", 3000);
        for (int links : new int[] {2, 4}) {
            ArticleFeatures features = new ArticleFeatures(new IndonesianAnalyzer(), lead, links);
            for (double decay : new double[] {7, 14}) {
                for (double t : new double[] {0.2, 0.22}) {
                    ClusterConfig c = base.withThreshold(t).withMergeThreshold(Math.max(t, base.mergeThreshold()))
                            .withDecay(Duration.ofHours((long) (24 * decay)));
                    List<StoryGroup> stories = new OnlineStoryClusterer(c, features).cluster(ordered, copies);
                    Map<String, String> storyOf = new HashMap<>();
                    stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
                    List<String> p = new ArrayList<>();
                    List<String> g = new ArrayList<>();
                    gold.forEach((id, label) -> {
                        p.add(storyOf.get(id));
                        g.add("-".equals(label) ? "single:" + id : label);
                    });
                    ClusteringScores s = ClusteringScores.of(p, g);
                    System.out.printf("%-5d %-5d %-5.0f %-5.2f %-6.3f %-6.3f %-6.3f %-6.3f%n", lead, links, decay, t,
                            s.pairPrecision(), s.pairRecall(), s.pairF1(), s.bcubedF1());
                }
            }
        }
    }
}
