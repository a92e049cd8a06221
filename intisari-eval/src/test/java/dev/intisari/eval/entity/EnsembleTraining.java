package dev.intisari.eval.entity;

import dev.intisari.core.entity.PerceptronTagger;
import dev.intisari.core.entity.TaggedSentence;
import dev.intisari.core.entity.TaggerEnsemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-data-set protocol of {@link DatasetTraining} with a seed ensemble in place of one model: {@code members}
 * taggers of the data set's configuration, each trained over its own shuffled order (seeds {@code SEED},
 * {@code SEED + 1}, ...), decoded as one ({@link TaggerEnsemble}: summed lattices or a majority vote on names). The
 * epoch count is chosen on dev for the ensemble as a whole (every member stopped at the same epoch); with the refit,
 * each member is then trained again on train + dev for that many epochs. With {@code -Dner.devOnly=true} it prints the
 * dev figure of every member, and of the first 2, 3, ... members summed and voted, at every epoch.
 */
final class EnsembleTraining {
    /** How an ensemble decodes: its members' lattices summed, or a majority vote on names. */
    enum Combine { SUM, VOTE }

    /**
     * A data set's ensemble: how many members (1: a single model), how they are combined, and the most epochs the
     * choice on dev looks at (0: the protocol's {@code -Dner.epochs}, 12 unless set).
     */
    record Ensemble(int members, Combine combine, int epochs) {
        static final Ensemble SINGLE = new Ensemble(1, Combine.SUM, 0);
    }

    private EnsembleTraining() {
    }

    static DatasetTraining.Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test,
                                       boolean macro, boolean refit, Ensemble ensemble, DatasetTraining.Options options) {
        boolean scoreTestNow = !DatasetTraining.DEV_ONLY && !refit;
        int epochs = ensemble.epochs() > 0 && System.getProperty("ner.epochs") == null ? ensemble.epochs()
                : DatasetTraining.MAX_EPOCHS;
        TaggerEnsemble[] devBy = new TaggerEnsemble[epochs + 1];
        TaggerEnsemble[] testBy = new TaggerEnsemble[epochs + 1];
        double[] memberBest = new double[ensemble.members()];
        for (int m = 0; m < ensemble.members(); m++) {
            int member = m;
            options.trainer(epochs, DatasetTraining.SEED + m).train(train, (model, epoch) -> {
                add(devBy, epoch, model, dev);
                if (scoreTestNow) {
                    add(testBy, epoch, model, test);
                }
                double f = f(score(devBy[epoch], dev, -1, member), macro);
                memberBest[member] = Math.max(memberBest[member], f);
                if (DatasetTraining.DEV_ONLY) {
                    System.out.printf(Locale.ROOT, "  member %d (seed %d) epoch %d dev %.2f%n", member + 1,
                            DatasetTraining.SEED + member, epoch, f);
                }
            });
            if (DatasetTraining.DEV_ONLY && m > 0) {
                for (int epoch = 1; epoch <= epochs; epoch++) {
                    ChunkScore sum = score(devBy[epoch], dev, 0, -1);
                    ChunkScore vote = score(devBy[epoch], dev, 1, -1);
                    System.out.printf(Locale.ROOT, "  %d members, epoch %d: summed dev %.2f (micro %.2f)%s | voted dev %.2f (micro %.2f)%s%n",
                            m + 1, epoch, f(sum, macro), sum.microF1(), DatasetTraining.perType(sum), f(vote, macro),
                            vote.microF1(), DatasetTraining.perType(vote));
                }
            }
        }
        double meanBest = 0;
        for (double b : memberBest) {
            meanBest += b / memberBest.length;
        }
        int how = ensemble.combine() == Combine.VOTE ? 1 : 0;
        int bestEpoch = 1;
        double bestDev = -1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double f = f(score(devBy[epoch], dev, how, -1), macro);
            if (f > bestDev) {
                bestDev = f;
                bestEpoch = epoch;
            }
        }
        System.out.printf(Locale.ROOT, "  ensemble of %d (%s): best dev %.2f at epoch %d; members' best dev, mean %.2f%n",
                ensemble.members(), ensemble.combine(), bestDev, bestEpoch, meanBest);
        if (DatasetTraining.DEV_ONLY) {
            return new DatasetTraining.Outcome(score(devBy[bestEpoch], dev, how, -1), bestEpoch, bestDev);
        }
        if (scoreTestNow) {
            return new DatasetTraining.Outcome(score(testBy[bestEpoch], test, how, -1), bestEpoch, bestDev);
        }
        List<TaggedSentence> both = new ArrayList<>(train);
        both.addAll(dev);
        TaggerEnsemble refitted = null;
        for (int m = 0; m < ensemble.members(); m++) {
            PerceptronTagger model = options.trainer(bestEpoch, DatasetTraining.SEED + m).train(both);
            if (refitted == null) {
                refitted = new TaggerEnsemble(model.labels(), words(test));
            }
            refitted.add(model);
        }
        return new DatasetTraining.Outcome(score(refitted, test, how, -1), bestEpoch, bestDev);
    }

    private static void add(TaggerEnsemble[] by, int epoch, PerceptronTagger model, List<TaggedSentence> data) {
        if (by[epoch] == null) {
            by[epoch] = new TaggerEnsemble(model.labels(), words(data));
        }
        by[epoch].add(model);
    }

    private static List<List<String>> words(List<TaggedSentence> data) {
        List<List<String>> out = new ArrayList<>();
        for (TaggedSentence s : data) {
            out.add(s.words());
        }
        return out;
    }

    /** The ensemble's score on {@code data}: summed ({@code how} 0) or voted (1), or member {@code member}'s alone. */
    private static ChunkScore score(TaggerEnsemble e, List<TaggedSentence> data, int how, int member) {
        ChunkScore score = new ChunkScore();
        for (int j = 0; j < data.size(); j++) {
            score.add(data.get(j).tags(), member >= 0 ? e.member(member, j) : how == 0 ? e.summed(j) : e.voted(j));
        }
        return score;
    }

    private static double f(ChunkScore s, boolean macro) {
        return macro ? s.macroF1() : s.microF1();
    }
}
