package dev.intisari.bench;

import dev.intisari.app.bench.SyntheticArticle;
import dev.intisari.app.bench.SyntheticCorpus;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.core.quote.SpeakerQuoteMerger;
import dev.intisari.core.time.DatedSentenceTimeline;
import dev.intisari.model.Article;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;
import dev.intisari.model.Story;
import dev.intisari.model.StoryGroup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The worst case of story explanation: the first N articles of the synthetic stream (many true stories on
 * one shared vocabulary, as an over-merged story of a large run is) analysed, then explained as one story of
 * N/16, N/8, ... N articles. Prints thread CPU time per article for the story quotes, the timeline and the
 * whole explanation, after one warm-up pass over the sizes; a part that grows quadratically shows as a
 * per-article cost that doubles with the story.
 *
 * <pre>java -Xss8m -cp intisari-bench/target/benchmarks.jar dev.intisari.bench.StoryScale [N, default 8000]</pre>
 */
public final class StoryScale {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StoryScale() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        Pipeline pipeline = Pipeline.standard();
        List<SyntheticArticle> generated = new ArrayList<>();
        new SyntheticCorpus(new SyntheticCorpus.Settings(n, 7)).generate(generated::add);
        List<Article> articles = pipeline.link(generated.parallelStream().map(s -> pipeline.analyze(new RawArticle(
                s.id(), s.id(), s.url(), s.outlet(), s.title(), Published.of(s.published(), "input"), null, s.text(),
                null))).toList());
        for (int round = 0; round < 2; round++) {
            System.out.println(round == 0 ? "warm-up" : String.format(Locale.ROOT, "%8s %14s %12s %12s %10s",
                    "articles", "explain µs/art", "quotes µs", "timeline µs", "statements"));
            for (int size = Math.max(1, n / 16); size <= n; size *= 2) {
                List<Article> story = articles.subList(0, size);
                long[] quotes = new long[1];
                long[] timeline = new long[1];
                long[] whole = new long[1];
                int statements = timed(quotes, () -> new SpeakerQuoteMerger().merge(story)).size();
                timed(timeline, () -> new DatedSentenceTimeline().build(story));
                timed(whole, () -> explain(pipeline, story));
                if (round == 1) {
                    System.out.printf(Locale.ROOT, "%8d %14.1f %12.1f %12.1f %10d%n", size, whole[0] / 1e3 / size,
                            quotes[0] / 1e3 / size, timeline[0] / 1e3 / size, statements);
                }
            }
        }
        System.out.printf(Locale.ROOT, "thread CPU time; load average %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
}
