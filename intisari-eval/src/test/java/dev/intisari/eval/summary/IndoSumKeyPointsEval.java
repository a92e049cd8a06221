package dev.intisari.eval.summary;

import dev.intisari.core.summary.DeletionCheck;
import dev.intisari.core.summary.KeyPointConfig;
import dev.intisari.core.summary.LexRank;
import dev.intisari.core.summary.LinearSentenceModel;
import dev.intisari.core.summary.PointTrimmer;
import dev.intisari.core.summary.SentenceFeatures;
import dev.intisari.core.summary.SentenceSet;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.KeyPoint;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Article key points on IndoSum: trains the sentence model on dev folds 1-4 (every id also in fold 5
 * dropped), reports ROUGE-1/2/L F1 on fold 5 next to LEAD-3 and LexRank, every system choosing exactly three
 * sentences. With {@code -Dintisari.summary.model=PATH} it writes the trained model there (the shipped
 * resource is written this way).
 */
class IndoSumKeyPointsEval {
    @Test
    void foldFive() throws Exception {
        Path dir = SharedData.require("indosum-devfolds");
        List<IndoSumFolds.Doc> test = IndoSumFolds.read(dir.resolve("dev.05.jsonl"));
        Set<String> testIds = new HashSet<>();
        test.forEach(d -> testIds.add(d.id()));
        List<IndoSumFolds.Doc> train = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int fold = 1; fold <= 4; fold++) {
            for (IndoSumFolds.Doc d : IndoSumFolds.read(dir.resolve("dev.0" + fold + ".jsonl"))) {
                if (!testIds.contains(d.id()) && seen.add(d.id())) {
                    train.add(d);
                }
            }
        }
        PointTrimmer trimmer = new PointTrimmer();
        if (Boolean.getBoolean("intisari.summary.tune")) {
            tune(dir, trimmer);
        }
        long t0 = System.nanoTime();
        LinearSentenceModel trained = train(train, trimmer);
        long trainMs = (System.nanoTime() - t0) / 1_000_000;
        String path = System.getProperty("intisari.summary.model");
        if (path != null && !path.isBlank()) {
            Files.writeString(Path.of(path), trained.format(List.of(
                    "Logistic sentence model for SupervisedMmrSummarizer, trained on IndoSum dev folds 1-4",
                    "(" + train.size() + " articles, ids also in fold 5 dropped) with gold extractive labels.",
                    "Retrain: mvn -q -Peval -pl intisari-eval -am test -Dtest=IndoSumKeyPointsEval "
                            + "-Dsurefire.failIfNoSpecifiedTests=false \\",
                    "  -Dintisari.summary.model=$PWD/intisari-core/src/main/resources/dev/intisari/core/summary/"
                            + "sentence-model.tsv",
                    "columns: feature, training mean, training deviation, weight on the standardised feature")),
                    StandardCharsets.UTF_8);
            System.out.println("wrote " + path);
        }

        SupervisedMmrSummarizer shipped = new SupervisedMmrSummarizer();
        SupervisedMmrSummarizer retrained = new SupervisedMmrSummarizer(trained, trimmer, KeyPointConfig.DEFAULTS);
        SystemScores lead = new SystemScores("LEAD-3 (sentences)");
        SystemScores leadTrim = new SystemScores("LEAD-3 (trimmed like key points)");
        SystemScores lexrank = new SystemScores("LexRank top-3 (sentences)");
        SystemScores oursSent = new SystemScores("SupervisedMmr, shipped model (sentences)");
        SystemScores ours = new SystemScores("SupervisedMmr, shipped model (key points)");
        SystemScores oursRetrained = new SystemScores("SupervisedMmr, retrained in this run (key pts)");
        SystemScores oracle = new SystemScores("gold labels, first three (upper bound)");
        int points = 0;
        int faithful = 0;
        long summarizeNanos = 0;
        for (IndoSumFolds.Doc d : test) {
            SentenceSet set = set(d);
            int n = set.size();
            int[] first = range(Math.min(3, n));
            lead.add(join(d, first), d.summary());
            StringBuilder trimmedLead = new StringBuilder();
            for (int i : first) {
                trimmedLead.append(trimmer.trim(d.sentences().get(i))).append('\n');
            }
            leadTrim.add(trimmedLead.toString(), d.summary());
            lexrank.add(join(d, top(LexRank.centrality(set), 3)), d.summary());
            long s0 = System.nanoTime();
            List<KeyPoint> kps = shipped.keyPoints(d.id(), set(d), 3);
            summarizeNanos += System.nanoTime() - s0;
            assertEquals(Math.min(3, n), kps.size(), d.id());
            oursSent.add(join(d, kps.stream().mapToInt(KeyPoint::sentence).toArray()), d.summary());
            ours.add(texts(kps), d.summary());
            for (KeyPoint kp : kps) {
                points++;
                faithful += DeletionCheck.derivable(kp.text(), d.sentences().get(kp.sentence())) ? 1 : 0;
            }
            List<KeyPoint> again = retrained.keyPoints(d.id(), set, 3);
            oursRetrained.add(texts(again), d.summary());
            int[] gold = new int[0];
            for (int i = 0; i < n && gold.length < 3; i++) {
                if (d.labels()[i]) {
                    gold = Arrays.copyOf(gold, gold.length + 1);
                    gold[gold.length - 1] = i;
                }
            }
            oracle.add(join(d, gold), d.summary());
        }
        System.out.println("IndoSum dev fold 5 (" + test.size() + " articles; trained on " + train.size()
                + " articles of folds 1-4 in " + trainMs + " ms)");
        System.out.println(SystemScores.header());
        for (SystemScores s : List.of(lead, leadTrim, lexrank, oursSent, ours, oursRetrained, oracle)) {
            System.out.println(s.row());
        }
        System.out.printf(Locale.ROOT, "faithfulness: %d of %d key points pass the deletion check%n", faithful, points);
        System.out.printf(Locale.ROOT, "speed: %.1f µs per article for analysis + key points (one core)%n",
                summarizeNanos / 1000.0 / test.size());
        assertEquals(points, faithful, "every key point is derivable by deletions");
        assertTrue(ours.rouge1() >= FLOOR_ROUGE1, "ROUGE-1 " + ours.rouge1());
        assertTrue(ours.rouge1() - lead.rouge1() >= FLOOR_OVER_LEAD, "over LEAD-3 " + (ours.rouge1() - lead.rouge1()));
    }

    /** Chooses MMR's lambda on folds 1-4 alone: trains on 1-3, scores fold 4 (ids of folds 4 and 5 dropped). */
    private static void tune(Path dir, PointTrimmer trimmer) throws Exception {
        List<IndoSumFolds.Doc> held = IndoSumFolds.read(dir.resolve("dev.04.jsonl"));
        Set<String> drop = new HashSet<>();
        held.forEach(d -> drop.add(d.id()));
        IndoSumFolds.read(dir.resolve("dev.05.jsonl")).forEach(d -> drop.add(d.id()));
        List<IndoSumFolds.Doc> train = new ArrayList<>();
        for (int fold = 1; fold <= 3; fold++) {
            for (IndoSumFolds.Doc d : IndoSumFolds.read(dir.resolve("dev.0" + fold + ".jsonl"))) {
                if (drop.add(d.id())) {
                    train.add(d);
                }
            }
        }
        for (String mode : new String[] {"gold", "soft", "mixed"}) {
            System.setProperty("intisari.summary.target", mode);
            tuneLambda(held, train(train, trimmer), trimmer, mode);
        }
    }

    private static void tuneLambda(List<IndoSumFolds.Doc> held, LinearSentenceModel model, PointTrimmer trimmer,
                                   String name) {
        SystemScores lead = new SystemScores("tuning: LEAD-3 on fold 4");
        held.forEach(d -> lead.add(join(d, range(Math.min(3, d.sentences().size()))), d.summary()));
        System.out.println(lead.row());
        for (double lambda : new double[] {0.4, 0.5, 0.6, 0.8, 1.0}) {
            KeyPointConfig c = KeyPointConfig.DEFAULTS;
            SupervisedMmrSummarizer s = new SupervisedMmrSummarizer(model, trimmer, new KeyPointConfig(
                    c.articlePoints(), c.minWords(), lambda, lambda == 1.0 ? 1.01 : c.redundantCosine(),
                    c.sameFactCosine(), c.sameFactContainment(), c.storyPoints(), c.storyMinPoints(),
                    c.candidatesPerArticle(), c.maxSentences()));
            SystemScores scores = new SystemScores("tuning: " + name + " lambda " + lambda + " on fold 4");
            held.forEach(d -> scores.add(texts(s.keyPoints(d.id(), set(d), 3)), d.summary()));
            System.out.println(scores.row());
        }
    }

    static LinearSentenceModel train(List<IndoSumFolds.Doc> docs, PointTrimmer trimmer) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Double> soft = new ArrayList<>();
        String target = System.getProperty("intisari.summary.target", "gold");
        int[] starts = new int[docs.size() + 1];
        int doc = 0;
        for (IndoSumFolds.Doc d : docs) {
            starts[doc++] = rows.size();
            double[][] f = SentenceFeatures.of(set(d), trimmer);
            for (int i = 0; i < f.length; i++) {
                rows.add(f[i]);
                labels.add(d.labels()[i]);
                double precision = Rouge.n(Rouge.words(d.sentences().get(i)), Rouge.words(d.summary()), 1).precision();
                soft.add(target.equals("soft") ? precision
                        : target.equals("mixed") ? (d.labels()[i] ? 0.5 : 0) + 0.5 * precision : d.labels()[i] ? 1.0 : 0);
            }
        }
        starts[doc] = rows.size();
        if (!target.equals("gold")) {
            return SentenceModelTrainer.trainSoft(rows, soft);
        }
        return Boolean.parseBoolean(System.getProperty("intisari.summary.listwise", "false"))
                ? SentenceModelTrainer.trainListwise(rows, labels, starts)
                : SentenceModelTrainer.train(rows, labels);
    }

    /** Pinned floors, slightly below the measured figures (docs/summary.md). */
    private static final double FLOOR_ROUGE1 = 60;
    private static final double FLOOR_OVER_LEAD = 0;

    static SentenceSet set(IndoSumFolds.Doc d) {
        return SentenceSet.of(d.sentences(), d.paragraphs(), new int[d.sentences().size()], new HashMap<>());
    }

    private static int[] range(int k) {
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = i;
        }
        return out;
    }

    static int[] top(double[] scores, int k) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> scores[b] != scores[a] ? Double.compare(scores[b], scores[a]) : a - b);
        int[] out = new int[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        Arrays.sort(out);
        return out;
    }

    private static String join(IndoSumFolds.Doc d, int[] indices) {
        StringBuilder out = new StringBuilder();
        for (int i : indices) {
            out.append(d.sentences().get(i)).append('\n');
        }
        return out.toString();
    }

    private static String texts(List<KeyPoint> kps) {
        StringBuilder out = new StringBuilder();
        kps.forEach(k -> out.append(k.text()).append('\n'));
        return out.toString();
    }
}
