package dev.intisari.eval.entity;

import dev.intisari.core.entity.PerceptronTrainer;
import dev.intisari.core.entity.TaggedSentence;
import dev.intisari.eval.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Development scores only (no test split is read): trains on a data set's train split and prints the dev
 * score after every epoch, for choosing features and settings; the figure to compare is the mean over the
 * later half of the epochs (single epochs differ by about a point from one to the next). Run:
 * {@code mvn -q -Peval -pl intisari-eval -am test -Dtest=NerTuneEval -Dner.tune=nerp,nergrit,nerui}.
 */
class NerTuneEval {

    @Test
    void devCurves() {
        Path indonlu = SharedData.require("indonlu-ner");
        Path indolem = SharedData.require("indolem-ner");
        String sets = System.getProperty("ner.tune", "nerp,nergrit,nerui");
        double total = 0;
        for (String set : sets.split(",")) {
            double best = switch (set) {
                case "nerp" -> curve(set, indonlu.resolve("nerp_ner-prosa/train_preprocess.txt"),
                        indonlu.resolve("nerp_ner-prosa/valid_preprocess.txt"), true, List.of());
                case "nergrit" -> curve(set, indonlu.resolve("nergrit_ner-grit/train_preprocess.txt"),
                        indonlu.resolve("nergrit_ner-grit/valid_preprocess.txt"), true,
                        OtherCorpora.except(indonlu.getParent(), "nergrit", OtherCorpora.NERGRIT));
                case "nerui" -> curve(set, indolem.resolve("nerui/train.01.tsv"), indolem.resolve("nerui/dev.01.tsv"), false,
                        List.of());
                case "nerugm" -> curve(set, indolem.resolve("nerugm/train.01.tsv"), indolem.resolve("nerugm/dev.01.tsv"), false,
                        List.of());
                default -> throw new IllegalArgumentException(set);
            };
            total += best;
        }
        System.out.printf(Locale.ROOT, "dev, mean of the later epochs, sum over %s: %.2f%n", sets, total);
        assertTrue(total > 0);
    }

    private static double curve(String name, Path train, Path dev, boolean macro, List<TaggedSentence> extra) {
        List<TaggedSentence> trainData = new java.util.ArrayList<>(ConllCorpus.read(train));
        trainData.addAll(extra);
        List<TaggedSentence> devData = ConllCorpus.read(dev);
        StringBuilder line = new StringBuilder();
        double[] best = {0};
        long t0 = System.nanoTime();
        double[] late = {0, 0};
        new PerceptronTrainer(DatasetTraining.BITS, DatasetTraining.MAX_EPOCHS, DatasetTraining.SEED, DatasetTraining.NAME_FOLDS,
                DatasetTraining.MARGIN)
                .train(trainData, (model, epoch) -> {
                    ChunkScore s = DatasetTraining.score(model, devData);
                    double f = macro ? s.macroF1() : s.microF1();
                    best[0] = Math.max(best[0], f);
                    if (epoch > DatasetTraining.MAX_EPOCHS / 2) {
                        late[0] += f;
                        late[1]++;
                    }
                    line.append(String.format(Locale.ROOT, " %d:%.2f", epoch, f));
                });
        System.out.printf(Locale.ROOT, "%s dev by epoch:%s  best %.2f, mean of the later half %.2f (%.0f s)%n",
                name, line, best[0], late[0] / late[1], (System.nanoTime() - t0) / 1e9);
        return late[0] / late[1];
    }
}
