package dev.intisari.eval.summary;

import dev.intisari.core.summary.LexRank;
import dev.intisari.core.summary.PointTrimmer;
import dev.intisari.core.summary.SentenceFeatures;
import dev.intisari.core.summary.SentenceSet;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.eval.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;

class ScratchSpeedEval {
    @Test
    void speed() throws Exception {
        List<IndoSumFolds.Doc> docs = IndoSumFolds.read(SharedData.require("indosum-devfolds").resolve("dev.05.jsonl"));
        PointTrimmer trimmer = new PointTrimmer();
        SupervisedMmrSummarizer s = new SupervisedMmrSummarizer();
        for (int round = 0; round < 3; round++) {
            long a = 0, b = 0, c = 0, d = 0, e = 0;
            for (IndoSumFolds.Doc doc : docs) {
                long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                SentenceSet set = IndoSumKeyPointsEval.set(doc);
                long t1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                LexRank.centrality(set);
                long t2 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                SentenceFeatures.of(set, trimmer);
                long t3 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = 0; i < set.size(); i++) {
                    trimmer.trim(set.text(i));
                }
                long t4 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                s.keyPoints(doc.id(), set, 3);
                long t5 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                a += t1 - t0; b += t2 - t1; c += t3 - t2; d += t4 - t3; e += t5 - t4;
            }
            int n = docs.size();
            System.out.printf("set %d µs, lexrank %d, features %d, trim-all %d, keypoints %d%n", a / n / 1000, b / n / 1000,
                    c / n / 1000, d / n / 1000, e / n / 1000);
        }
    }
}
