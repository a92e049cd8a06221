package dev.intisari.eval.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.core.quote.SpeakerQuoteMerger;
import dev.intisari.core.time.DatedSentenceTimeline;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Article;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;
import dev.intisari.model.Story;
import dev.intisari.model.StoryGroup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the cost of explaining one story grows with its size, on real text: the IndoSum dev articles (every
 * category, all outlets) analysed by the product pipeline, then explained as one story of the first 250, 500,
 * 1,000, 2,000 articles and all of them, the way an over-merged story or a long-running event reaches the
 * explainer. Prints thread CPU time per article for the whole explanation and for its two parts that compare
 * statements with each other (story quotes, timeline); a quadratic part shows as a per-article cost that grows
 * with the story. Asserts only that the largest story costs at most three times as much per article as the
 * 500-article one.
 */
class StoryScaleEval {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void explanationCostPerArticleStaysFlatAsAStoryGrows() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        List<Article> articles = pipeline.link(read(SharedData.require("indosum-devfolds")).parallelStream()
                .map(pipeline::analyze).toList());
        articles = Pipeline.inPublicationOrder(articles);
        int[] sizes = {250, 500, 1000, 2000, articles.size()};
        explain(pipeline, articles.subList(0, sizes[1])); // warm-up
        System.out.printf(Locale.ROOT, "%8s %12s %14s %12s %12s %10s%n", "articles", "explain ms", "µs per article",
                "quotes µs", "timeline µs", "statements");
        double[] perArticle = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            List<Article> story = articles.subList(0, sizes[i]);
            long[] quotes = new long[1];
            int statements = timed(quotes, () -> new SpeakerQuoteMerger().merge(story)).size();
            long[] timeline = new long[1];
            timed(timeline, () -> new DatedSentenceTimeline().build(story));
            long[] whole = new long[1];
            timed(whole, () -> explain(pipeline, story));
            perArticle[i] = whole[0] / 1e3 / sizes[i];
            System.out.printf(Locale.ROOT, "%8d %12.1f %14.1f %12.1f %12.1f %10d%n", sizes[i], whole[0] / 1e6,
                    perArticle[i], quotes[0] / 1e3 / sizes[i], timeline[0] / 1e3 / sizes[i], statements);
        }
        System.out.printf(Locale.ROOT, "per-article cost, all %d articles over 500: %.2fx (load average %.1f)%n",
                articles.size(), perArticle[sizes.length - 1] / perArticle[1],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertTrue(perArticle[sizes.length - 1] < 3 * perArticle[1], "explanation grows faster than its story");
    }

    private static Story explain(Pipeline pipeline, List<Article> story) {
        return pipeline.explain(new StoryGroup(story.get(0).id(), story.stream().map(Article::id).toList(),
                List.of()), story);
    }

    private static <T> T timed(long[] cpu, Supplier<T> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        T result = work.get();
        cpu[0] = THREADS.getCurrentThreadCpuTime() - start;
        return result;
    }

    /** Every IndoSum dev article once: paragraphs of its tokens, the outlet, the time in the id. */
    private static List<RawArticle> read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        List<RawArticle> out = new ArrayList<>();
        for (int fold = 1; fold <= 5; fold++) {
            Path file = dir.resolve("dev.0" + fold + ".jsonl");
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode node = json.readTree(line);
                String id = node.get("id").asText();
                if (!seen.add(id)) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (JsonNode paragraph : node.get("paragraphs")) {
                    text.append(text.length() > 0 ? "\n\n" : "");
                    for (JsonNode sentence : paragraph) {
                        sentence.forEach(token -> text.append(token.asText()).append(' '));
                    }
                }
                long seconds = Long.parseLong(id.substring(0, id.indexOf('-')));
                Published published = Published.of(Instant.ofEpochSecond(seconds).atZone(Published.JAKARTA)
                        .toOffsetDateTime(), "jsonl");
                out.add(new RawArticle(id, file + ":" + id, null, node.get("source").asText(), null, published,
                        "id", text.toString(), null));
            }
        }
        return out;
    }
}
