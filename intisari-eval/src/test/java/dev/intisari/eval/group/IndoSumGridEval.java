package dev.intisari.eval.group;

import dev.intisari.core.cluster.ArticleFeatures;
import dev.intisari.core.cluster.ClusterConfig;
import dev.intisari.core.cluster.ClusterInput;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.EntityType;
import dev.intisari.model.StoryGroup;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tuning grid for story clustering on the tune half of the IndoSum event set (run only with
 * -Dintisari.grid=true). Prints pairwise and B-cubed scores on the tune half for every setting; the held-out
 * half is printed only for the settings named with -Dintisari.grid.show=true, after choosing.
 * Grid properties (comma-separated): ew (blend weight), bonus, shared (min shared entities), edec (entity
 * decay days), decay (days), thr, share (common entity share), types (ALL, PO = person+organisation, P),
 * mentions (false/true), eterms (entity names as terms, false/true).
 */
class IndoSumGridEval {
    @Test
    void grid() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("intisari.grid"), "skipped: tuning grid, run with -Dintisari.grid=true");
        List<Article> ordered = IndoSumCorpus.withEntities(IndoSumCorpus.read(SharedData.require("indosum-devfolds")))
                .stream().sorted(Comparator.comparing((Article a) -> a.published().instant()).thenComparing(Article::id))
                .toList();
        List<DuplicateGroup> copies = new MinHashDuplicateDetector().detect(ordered);
        Map<String, String> copyOf = new HashMap<>();
        copies.forEach(g -> g.articles().stream().filter(id -> !id.equals(g.first()))
                .forEach(id -> copyOf.put(id, g.first())));
        Map<String, String> gold = IndoSumGroupEval.labels();
        Map<String, String> tune = IndoSumSplit.part(gold, true);
        Map<String, String> held = IndoSumSplit.part(gold, false);
        boolean show = Boolean.getBoolean("intisari.grid.show");
        ClusterConfig base = ClusterConfig.news();
        System.out.printf("tune half: %s; held-out half: %s%n", IndoSumSplit.describe(tune), IndoSumSplit.describe(held));
        System.out.printf("%-5s %-4s %-5s %-4s %-5s %-5s %-3s %-5s %-5s %-6s | %-6s %-6s %-6s %-6s%s%n", "eterm",
                "typ", "ment",
                "ew", "bonus", "shar", "sh", "edec", "decay", "thr", "P", "R", "F1", "B3F1",
                show ? " | held P R F1 B3F1 | all P R F1 B3F1" : "");
        for (String types : strings("intisari.grid.types", "ALL")) {
            for (String mentions : strings("intisari.grid.mentions", "false")) {
                ArticleFeatures features = new ArticleFeatures(new IndonesianAnalyzer(), 3000, 2, types(types),
                        Boolean.parseBoolean(mentions));
                List<ClusterInput> inputs = ordered.stream().map(a -> features.input(a, copyOf.get(a.id()))).toList();
                for (String et : strings("intisari.grid.eterms", "false")) {
                for (double ew : doubles("intisari.grid.ew", "0.3")) {
                    for (double bonus : doubles("intisari.grid.bonus", "0")) {
                        for (double shared : doubles("intisari.grid.shared", "1")) {
                            for (double share : doubles("intisari.grid.share", "0.02")) {
                                for (double edec : doubles("intisari.grid.edec", "40")) {
                                    for (double decay : doubles("intisari.grid.decay", "10")) {
                                        for (double t : doubles("intisari.grid.thr", "0.2")) {
                                            ClusterConfig c = base.withThreshold(t)
                                                    .withMergeThreshold(Math.max(t, base.mergeThreshold()))
                                                    .withDecay(Duration.ofHours((long) (24 * decay)))
                                                    .withEntityWeight(ew)
                                                    .withEntityDecay(Duration.ofHours((long) (24 * edec)))
                                                    .withCommonEntityShare(share)
                                                    .withEntityBonus(bonus, (int) shared)
                                                    .withEntityTerms(Boolean.parseBoolean(et));
                                            List<StoryGroup> stories = new OnlineStoryClusterer(c, features).fold(inputs);
                                            ClusteringScores s = score(stories, tune);
                                            if (Boolean.getBoolean("intisari.grid.errors")) {
                                                Map<String, String> storyOf = new HashMap<>();
                                                stories.forEach(g -> g.articles().forEach(a -> storyOf.put(a, g.id())));
                                                IndoSumGroupEval.printErrors(tune, storyOf);
                                            }
                                            String rest = "";
                                            if (show) {
                                                ClusteringScores h = score(stories, held);
                                                ClusteringScores a = score(stories, gold);
                                                rest = String.format(" | %.3f %.3f %.3f %.3f | %.3f %.3f %.3f %.3f",
                                                        h.pairPrecision(), h.pairRecall(), h.pairF1(), h.bcubedF1(),
                                                        a.pairPrecision(), a.pairRecall(), a.pairF1(), a.bcubedF1());
                                            }
                                            System.out.printf("%-5s %-4s %-5s %-4.2f %-5.2f %-5.3f %-3.0f %-5.0f %-5.0f %-6.2f"
                                                            + " | %-6.3f %-6.3f %-6.3f %-6.3f%s%n", et, types, mentions, ew,
                                                    bonus, share, shared, edec, decay, t, s.pairPrecision(),
                                                    s.pairRecall(), s.pairF1(), s.bcubedF1(), rest);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                }
            }
        }
    }

    static Set<EntityType> types(String code) {
        return switch (code) {
            case "ALL" -> EnumSet.allOf(EntityType.class);
            case "PO" -> EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION);
            case "P" -> EnumSet.of(EntityType.PERSON);
            case "NONE" -> EnumSet.noneOf(EntityType.class);
            default -> throw new IllegalArgumentException("entity types ALL, PO, P or NONE: " + code);
        };
    }

    private static String[] strings(String property, String fallback) {
        return System.getProperty(property, fallback).split(",");
    }

    private static double[] doubles(String property, String fallback) {
        return Arrays.stream(strings(property, fallback)).mapToDouble(Double::parseDouble).toArray();
    }

    static ClusteringScores score(List<StoryGroup> stories, Map<String, String> gold) {
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
