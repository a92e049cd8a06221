package dev.intisari.eval.summary;

import dev.intisari.core.quote.SpeakerQuoteMerger;
import dev.intisari.core.summary.CitingStoryExplainer;
import dev.intisari.core.summary.DeletionCheck;
import dev.intisari.core.time.DatedSentenceTimeline;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.Credits;
import dev.intisari.model.Published;
import dev.intisari.model.Story;
import dev.intisari.model.StoryGroup;
import dev.intisari.model.StoryKeyPoint;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rough figure for story key points: a 50-article story (IndoSum fold-5 articles of one category, from 10
 * outlets) explained repeatedly after warm-up, median wall time printed. Not a benchmark (that is JMH's job);
 * it also checks that every story point passes the deletion check against its first citation.
 */
class StorySpeedEval {
    @Test
    void fiftyArticleStory() throws Exception {
        List<IndoSumFolds.Doc> docs = IndoSumFolds.read(SharedData.require("indosum-devfolds").resolve("dev.05.jsonl"));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < docs.size() && articles.size() < 50; i++) {
            articles.add(article(docs.get(i), articles.size()));
        }
        StoryGroup group = new StoryGroup("s-speed", articles.stream().map(Article::id).toList(), List.of());
        CitingStoryExplainer explainer = new CitingStoryExplainer(new SpeakerQuoteMerger(), new DatedSentenceTimeline());
        Story story = null;
        for (int i = 0; i < 30; i++) {
            story = explainer.explain(group, articles);
        }
        long[] times = new long[30];
        long[] cpu = new long[30];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < times.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            story = explainer.explain(group, articles);
            times[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "CPU time of one core: median %.1f ms, fastest %.1f ms (load average %.1f)%n",
                cpu[cpu.length / 2] / 1e6, cpu[0] / 1e6,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double median = times[times.length / 2] / 1e6;
        System.out.printf(Locale.ROOT, "story of %d articles, %d sentences: median %.1f ms, fastest %.1f ms "
                        + "(target < 50 ms); %d key points%n", articles.size(),
                articles.stream().mapToInt(a -> a.sentences().size()).sum(), median, times[0] / 1e6,
                story.keyPoints().size());
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        for (StoryKeyPoint p : story.keyPoints()) {
            Citation c = p.citations().get(0);
            assertTrue(DeletionCheck.derivable(p.text(), byId.get(c.article()).sentenceText(c.sentence())));
            System.out.println("  * " + p.text() + "  [" + p.citations().size() + " citations, " + p.outlets()
                    + " outlets]");
        }
        assertTrue(times[0] / 1e6 < 500, "bounded");
    }

    /** An IndoSum document as an analysed article: paragraphs separated by a blank line. */
    static Article article(IndoSumFolds.Doc d, int n) {
        TokenizedText text = IndoSumText.of(d);
        return new Article(d.id(), d.id(), "outlet-" + (n % 10), null, "Judul " + d.id(),
                Published.of(LocalDate.of(2017, 5, 1).plusDays(n / 10), "jsonl"), "id", List.of(), text.text(),
                List.of(), List.of(), Credits.NONE, List.of(), List.of(), text.sentences(), List.of(), List.of(),
                List.of(), List.of());
    }
}
