package dev.intisari.eval.summary;

import dev.intisari.core.summary.BoostedTreeSentenceModel;
import dev.intisari.core.summary.PointTrimmer;
import dev.intisari.core.summary.SentenceFeatures;
import dev.intisari.core.summary.SentenceSet;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Entity;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rough per-article figure for article key points (HELPERS.md budget: 100 µs per ~300-word article on one
 * core): the CPU time of this thread over every article of IndoSum dev fold 1, after warm-up, split into the
 * stages of {@link SupervisedMmrSummarizer}. Each article comes with its entities, found once before timing
 * ({@link IndoSumText}), as the pipeline hands them over. CPU time, not wall time, so that other processes on a shared
 * machine do not count. Not a benchmark (that is JMH's job).
 */
class ArticleKeyPointsSpeedEval {
    private static final int ROUNDS = 7;
    /**
     * Passes before the measured ones. Under load, and at nice 19, the JIT's compiler threads get little CPU: the
     * whole path kept getting faster for about ten passes (330-420 µs in the first three, ~225 µs from the
     * fourteenth on, session 7), so three warm-up passes measured the compiler's progress, not the code.
     */
    private static final int WARM_UP = 12;

    @Test
    void perArticle() throws Exception {
        List<IndoSumFolds.Doc> docs = IndoSumFolds.read(SharedData.require("indosum-devfolds").resolve("dev.01.jsonl"));
        SupervisedMmrSummarizer summarizer = new SupervisedMmrSummarizer();
        PointTrimmer trimmer = new PointTrimmer();
        BoostedTreeSentenceModel model = BoostedTreeSentenceModel.standard();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] stages = new long[4][ROUNDS];
        long words = docs.stream().mapToLong(d -> d.sentences().stream().mapToLong(s -> s.split(" ").length).sum()).sum();
        // the language layer's output and the entity stage's, as the pipeline hands them to key points (not timed)
        List<TokenizedText> texts = docs.stream().map(IndoSumText::of).toList();
        List<List<Entity>> entities = texts.stream().map(IndoSumText::entities).toList();
        int points = 0;
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long set = 0;
            long features = 0;
            long all = 0;
            long scoring = 0;
            for (int a = 0; a < docs.size(); a++) {
                IndoSumFolds.Doc d = docs.get(a);
                long c0 = threads.getCurrentThreadCpuTime();
                SentenceSet s = SentenceSet.of(texts.get(a), d.title(), entities.get(a), new HashMap<>());
                long c1 = threads.getCurrentThreadCpuTime();
                double[][] rows = SentenceFeatures.of(s, trimmer);
                long c2 = threads.getCurrentThreadCpuTime();
                double[] p = model.probabilities(rows);
                long c3 = threads.getCurrentThreadCpuTime();
                points += summarizer.keyPoints(d.id(), s, 3).size();
                long c4 = threads.getCurrentThreadCpuTime();
                set += c1 - c0;
                features += c2 - c1;
                scoring += c3 - c2;
                all += (c1 - c0) + (c4 - c3);
                assertTrue(p.length == rows.length);
            }
            if (round >= 0) {
                stages[0][round] = set;
                stages[1][round] = features;
                stages[2][round] = all;
                stages[3][round] = scoring;
            }
        }
        for (long[] s : stages) {
            Arrays.sort(s);
        }
        double n = docs.size();
        System.out.printf(Locale.ROOT, "article key points, IndoSum fold 1: %d articles, %.0f words per article%n",
                docs.size(), words / n);
        System.out.printf(Locale.ROOT, "CPU per article (median of %d passes after %d): sentence set %.0f µs, features %.0f µs,"
                        + " trees %.0f µs, whole key points %.0f µs (budget 100 µs)%n", ROUNDS, WARM_UP,
                stages[0][ROUNDS / 2] / n / 1e3, stages[1][ROUNDS / 2] / n / 1e3, stages[3][ROUNDS / 2] / n / 1e3,
                stages[2][ROUNDS / 2] / n / 1e3);
        assertTrue(points > 0);
    }
}
