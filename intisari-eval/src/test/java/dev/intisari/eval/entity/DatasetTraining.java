package dev.intisari.eval.entity;

import dev.intisari.core.entity.PerceptronTagger;
import dev.intisari.core.entity.PerceptronTrainer;
import dev.intisari.core.entity.TaggedSentence;

import java.util.List;

/**
 * Trains one tagger on a data set's own train split and tag set, picks the number of epochs on its dev
 * split, and scores the test split once with the chosen model.
 */
final class DatasetTraining {
    static final int BITS = 20;
    static final int MAX_EPOCHS = Integer.getInteger("ner.epochs", 12);
    static final long SEED = 20261122L;
    static final int NAME_FOLDS = Integer.getInteger("ner.nameFolds", 5);

    /** The test score and the chosen epoch count. */
    record Outcome(ChunkScore test, int epochs, double dev) {
    }

    private DatasetTraining() {
    }

    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro) {
        PerceptronTagger[] best = new PerceptronTagger[1];
        double[] bestDev = {-1};
        int[] bestEpoch = {0};
        new PerceptronTrainer(BITS, MAX_EPOCHS, SEED, NAME_FOLDS).train(train, (model, epoch) -> {
            ChunkScore s = score(model, dev);
            double f = macro ? s.macroF1() : s.microF1();
            if (f > bestDev[0]) {
                bestDev[0] = f;
                best[0] = model;
                bestEpoch[0] = epoch;
            }
        });
        return new Outcome(score(best[0], test), bestEpoch[0], bestDev[0]);
    }

    static ChunkScore score(PerceptronTagger model, List<TaggedSentence> data) {
        ChunkScore score = new ChunkScore();
        for (TaggedSentence s : data) {
            score.add(s.tags(), model.tag(s.words()));
        }
        return score;
    }
}
