package dev.intisari.eval.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.cluster.ArticleFeatures;
import dev.intisari.core.cluster.ClusterConfig;
import dev.intisari.core.cluster.Counterevidence;
import dev.intisari.core.cluster.ClusterInput;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.StoryGroup;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Story clustering on the MStream Google News headlines (11,109 English headlines, 152 stories, no dates):
 * one pass over the stream in the file's order, time switched off, no entities. Published NMI: MStream
 * .834 / .850, MStreamF .797 / .873 (News / News-T). Analyzer: {@code -Dintisari.analyzer=english} (Lucene
 * EnglishAnalyzer, the default) or {@code whitespace}.
 */
class MStreamEval {
    static final double MERGE = Double.parseDouble(System.getProperty("intisari.merge", "0.35"));
    static final double THRESHOLD = Double.parseDouble(System.getProperty("intisari.threshold", "0.17"));

    @Test
    void news() throws IOException {
        run("News.jsonl", 0.865, 0.68);
    }

    @Test
    void newsT() throws IOException {
        run("News-T.jsonl", 0.875, 0.71);
    }

    private void run(String file, double nmiFloor, double ariFloor) throws IOException {
        Path path = SharedData.require("mstream-news").resolve(file);
        ArticleFeatures features = new ArticleFeatures(analyzer(), 0, 1);
        List<ClusterInput> inputs = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            JsonNode node = json.readTree(line);
            inputs.add(new ClusterInput(node.get("Id").asText(), null,
                    features.terms(node.get("textCleaned").asText())));
            gold.add(node.get("clusterNo").asInt());
        }
        System.out.printf("%n%s (%d headlines, %d gold stories), analyzer %s, no time%n", file, inputs.size(),
                gold.stream().distinct().count(), analyzer().getClass().getSimpleName());
        System.out.printf("%-9s %-6s %-6s %-6s %-8s %-9s%n", "threshold", "NMI", "NMIar", "ARI", "clusters",
                "docs/s");
        ClusteringScores chosen = null;
        for (double t : new double[] {THRESHOLD - 0.1, THRESHOLD - 0.05, THRESHOLD, THRESHOLD + 0.05, THRESHOLD + 0.1}) {
            OnlineStoryClusterer clusterer = new OnlineStoryClusterer(
                    // no names and no occasion keys in these headlines: the word floor would only raise the threshold
                    ClusterConfig.news().withoutTime().withAgainst(Counterevidence.none())
                            .withThreshold(t).withMergeThreshold(Math.max(t, MERGE))
                            .withMemberLinks(Integer.getInteger("intisari.links", 0)),
                    features);
            long start = System.nanoTime();
            List<StoryGroup> stories = clusterer.fold(inputs);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, String> storyOf = new HashMap<>();
            stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
            List<String> predicted = inputs.stream().map(i -> storyOf.get(i.id())).toList();
            ClusteringScores s = ClusteringScores.of(predicted, gold);
            System.out.printf("%-9.2f %-6.3f %-6.3f %-6.3f %-8d %-9.0f%n", t, s.nmi(), s.nmiArithmetic(), s.ari(),
                    s.predictedClusters(), inputs.size() / seconds);
            if (t == THRESHOLD) {
                chosen = s;
            }
        }
        assertTrue(chosen.nmi() >= nmiFloor, "NMI " + chosen.nmi());
        assertTrue(chosen.ari() >= ariFloor, "ARI " + chosen.ari());
    }

    private static Analyzer analyzer() {
        return "whitespace".equals(System.getProperty("intisari.analyzer", "english"))
                ? new WhitespaceAnalyzer() : new EnglishAnalyzer();
    }
}
