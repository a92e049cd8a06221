package dev.intisari.eval.entity;

import dev.intisari.core.entity.PerceptronTagger;
import dev.intisari.core.entity.TaggedSentence;
import dev.intisari.core.entity.TaggerEnsemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-data-set protocol of {@link DatasetTraining} with an ensemble in place of one model: {@code members}
 * taggers, each trained over its own shuffled order (seeds {@code SEED}, {@code SEED + 1}, ...), decoded as one. The
 * members are of the data set's configuration, or of several ({@link Ensemble#mix}: groups of members, each with its
 * own options). Three ways to combine them:
 * <ul>
 *   <li>{@link Combine#SUM}: the members' lattices summed ({@link TaggerEnsemble#summed}), every member stopped at the
 *   one epoch chosen on dev for the ensemble;</li>
 *   <li>{@link Combine#VOTE}: a majority vote on names ({@link TaggerEnsemble#voted}), at that one epoch;</li>
 *   <li>{@link Combine#OWN_VOTE}: a majority vote on names ({@link NameVote}), each member stopped at its own best dev
 *   epoch (members of different objectives peak at different epochs, and a vote needs no common scale).</li>
 *   <li>{@link Combine#POSTERIOR}: the non-overlapping names whose posterior probability averaged over the members sums
 *   highest above the ensemble's threshold ({@link TaggerEnsemble#posteriorDecoded}; at one half, the names more than
 *   half sure), at one shared epoch; for log-loss members.</li>
 * </ul>
 * With the refit, each member is then trained again on train + dev for its epoch count. With
 * {@code -Dner.devOnly=true} it prints the dev figure of every member, of the first 2, 3, ... members summed and voted
 * at every epoch, and of each group, and of the groups so far, voting at their own epochs.
 */
final class EnsembleTraining {
    /** How an ensemble decodes: summed lattices or a vote at one shared epoch, or a vote at each member's own epoch. */
    enum Combine { SUM, VOTE, OWN_VOTE, POSTERIOR }

    /** Whether a dev run also prints the posterior vote of the first 2, 3, ... members ({@code -Dner.posteriors=true}). */
    static final boolean PRINT_POSTERIORS = Boolean.getBoolean("ner.posteriors");
    /** The thresholds a dev run with posteriors also prints the best set of names above ({@link TaggerEnsemble#posteriorDecoded}) for. */
    static final double[] POSTERIOR_THRESHOLDS = java.util.Arrays.stream(System.getProperty("ner.posteriorThresholds", "0.25,0.35")
            .split(",")).mapToDouble(Double::parseDouble).toArray();

    /**
     * A data set's ensemble: how many members (1: a single model), how they are combined, the most epochs the choice on
     * dev looks at (0: the protocol's {@code -Dner.epochs}, 12 unless set), and the members' groups ({@code null}: all
     * of the data set's configuration; else {@code COUNT[:OVERRIDES];COUNT[:OVERRIDES]...}, the overrides as
     * {@link MemberOptions#with} reads them, e.g. {@code 5;3:letters=true;3:logLoss=0.03/1e-3}), and the posterior
     * decoding's threshold (used by {@link Combine#POSTERIOR} only; 0.5 unless given).
     */
    record Ensemble(int members, Combine combine, int epochs, String mix, double threshold) {
        static final Ensemble SINGLE = new Ensemble(1, Combine.SUM, 0, null);

        /** With a mix, the member count is the groups' sum. */
        Ensemble {
            if (mix != null && !mix.isBlank()) {
                int sum = 0;
                for (String group : mix.split(";")) {
                    sum += Integer.parseInt(group.trim().split(":", 2)[0].trim());
                }
                members = sum;
            }
        }

        Ensemble(int members, Combine combine, int epochs) {
            this(members, combine, epochs, null);
        }

        Ensemble(int members, Combine combine, int epochs, String mix) {
            this(members, combine, epochs, mix, 0.5);
        }

        /** Each member's options: the data set's, overridden per group. */
        List<DatasetTraining.Options> options(DatasetTraining.Options base) {
            List<DatasetTraining.Options> out = new ArrayList<>();
            if (mix == null || mix.isBlank()) {
                for (int m = 0; m < members; m++) {
                    out.add(base);
                }
                return out;
            }
            for (String group : mix.split(";")) {
                String[] parts = group.trim().split(":", 2);
                DatasetTraining.Options o = parts.length > 1 ? MemberOptions.with(base, parts[1]) : base;
                for (int m = Integer.parseInt(parts[0].trim()); m > 0; m--) {
                    out.add(o);
                }
            }
            return out;
        }

        /** The first member of each group, and the member count as the last entry. */
        int[] groupStarts() {
            if (mix == null || mix.isBlank()) {
                return new int[] {0, members};
            }
            String[] groups = mix.split(";");
            int[] starts = new int[groups.length + 1];
            for (int g = 0; g < groups.length; g++) {
                starts[g + 1] = starts[g] + Integer.parseInt(groups[g].trim().split(":", 2)[0].trim());
            }
            return starts;
        }
    }

    private EnsembleTraining() {
    }

    static DatasetTraining.Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test,
                                       boolean macro, boolean refit, Ensemble ensemble, DatasetTraining.Options options) {
        boolean scoreTestNow = !DatasetTraining.DEV_ONLY && !refit;
        int epochs = ensemble.epochs() > 0 && System.getProperty("ner.epochs") == null ? ensemble.epochs()
                : DatasetTraining.MAX_EPOCHS;
        List<DatasetTraining.Options> memberOptions = ensemble.options(options);
        int members = memberOptions.size();
        boolean posteriors = ensemble.combine() == Combine.POSTERIOR || DatasetTraining.DEV_ONLY && PRINT_POSTERIORS;
        TaggerEnsemble[] devBy = new TaggerEnsemble[epochs + 1];
        TaggerEnsemble[] testBy = new TaggerEnsemble[epochs + 1];
        double[] memberBest = new double[members];
        int[] memberEpoch = new int[members];
        for (int m = 0; m < members; m++) {
            int member = m;
            memberOptions.get(m).trainer(epochs, DatasetTraining.SEED + m).train(train, (model, epoch) -> {
                add(devBy, epoch, model, dev, posteriors);
                if (scoreTestNow) {
                    add(testBy, epoch, model, test, posteriors);
                }
                double f = f(score(devBy[epoch], dev, -1, member), macro);
                if (f > memberBest[member]) {
                    memberBest[member] = f;
                    memberEpoch[member] = epoch;
                }
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
                    if (posteriors) {
                        ChunkScore post = score(devBy[epoch], dev, 2, -1);
                        System.out.printf(Locale.ROOT, "  %d members, epoch %d: posterior vote dev %.2f (micro %.2f)%s%n",
                                m + 1, epoch, f(post, macro), post.microF1(), DatasetTraining.perType(post));
                        for (double t : POSTERIOR_THRESHOLDS) {
                            ChunkScore dec = new ChunkScore();
                            for (int j = 0; j < dev.size(); j++) {
                                dec.add(dev.get(j).tags(), devBy[epoch].posteriorDecoded(j, t));
                            }
                            System.out.printf(Locale.ROOT, "  %d members, epoch %d: posterior decoding %.2f dev %.2f (micro %.2f)%s%n",
                                    m + 1, epoch, t, f(dec, macro), dec.microF1(), DatasetTraining.perType(dec));
                        }
                    }
                }
            }
        }
        double meanBest = 0;
        for (double b : memberBest) {
            meanBest += b / memberBest.length;
        }
        if (DatasetTraining.DEV_ONLY) {
            printGroups(ensemble.groupStarts(), devBy, dev, memberEpoch, memberBest, macro);
        }
        int how = ensemble.combine() == Combine.VOTE ? 1 : ensemble.combine() == Combine.POSTERIOR ? 2 : 0;
        double threshold = ensemble.threshold();
        int bestEpoch = 1;
        double bestDev = -1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double f = f(score(devBy[epoch], dev, how, -1, threshold), macro);
            if (f > bestDev) {
                bestDev = f;
                bestEpoch = epoch;
            }
        }
        boolean own = ensemble.combine() == Combine.OWN_VOTE;
        if (own) {
            bestDev = f(ownVote(devBy, dev, memberEpoch, 0, members), macro);
        }
        System.out.printf(Locale.ROOT, "  ensemble of %d (%s): best dev %.2f at epoch %s; members' best dev, mean %.2f%n",
                members, ensemble.combine(), bestDev, own ? java.util.Arrays.toString(memberEpoch) : bestEpoch, meanBest);
        if (DatasetTraining.DEV_ONLY) {
            return new DatasetTraining.Outcome(own ? ownVote(devBy, dev, memberEpoch, 0, members)
                    : score(devBy[bestEpoch], dev, how, -1, threshold), bestEpoch, bestDev);
        }
        if (scoreTestNow) {
            return new DatasetTraining.Outcome(own ? ownVote(testBy, test, memberEpoch, 0, members)
                    : score(testBy[bestEpoch], test, how, -1, threshold), bestEpoch, bestDev);
        }
        List<TaggedSentence> both = new ArrayList<>(train);
        both.addAll(dev);
        TaggerEnsemble refitted = null;
        for (int m = 0; m < members; m++) {
            PerceptronTagger model = memberOptions.get(m).trainer(own ? memberEpoch[m] : bestEpoch,
                    DatasetTraining.SEED + m).train(both);
            if (refitted == null) {
                refitted = new TaggerEnsemble(model.labels(), words(test), posteriors);
            }
            refitted.add(model);
        }
        if (own) {
            ChunkScore score = new ChunkScore();
            for (int j = 0; j < test.size(); j++) {
                List<String[]> paths = new ArrayList<>();
                for (int m = 0; m < members; m++) {
                    paths.add(refitted.member(m, j));
                }
                score.add(test.get(j).tags(), NameVote.of(paths));
            }
            return new DatasetTraining.Outcome(score, bestEpoch, bestDev);
        }
        return new DatasetTraining.Outcome(score(refitted, test, how, -1, threshold), bestEpoch, bestDev);
    }

    /** Each group's vote at its members' own epochs, and that of the groups so far; each group's members' mean and SD. */
    private static void printGroups(int[] starts, TaggerEnsemble[] devBy, List<TaggedSentence> dev, int[] memberEpoch,
                                    double[] memberBest, boolean macro) {
        for (int g = 0; g + 1 < starts.length; g++) {
            double mean = 0;
            double sq = 0;
            int n = starts[g + 1] - starts[g];
            for (int m = starts[g]; m < starts[g + 1]; m++) {
                mean += memberBest[m] / n;
                sq += memberBest[m] * memberBest[m] / n;
            }
            ChunkScore alone = ownVote(devBy, dev, memberEpoch, starts[g], starts[g + 1]);
            ChunkScore sofar = ownVote(devBy, dev, memberEpoch, 0, starts[g + 1]);
            System.out.printf(Locale.ROOT, "  group %d (members %d-%d): best dev mean %.2f sd %.2f; own-epoch vote %.2f (micro %.2f)%s; groups 1-%d own-epoch vote %.2f (micro %.2f)%s%n",
                    g + 1, starts[g] + 1, starts[g + 1], mean, Math.sqrt(Math.max(0, sq - mean * mean)), f(alone, macro),
                    alone.microF1(), DatasetTraining.perType(alone), g + 1, f(sofar, macro), sofar.microF1(),
                    DatasetTraining.perType(sofar));
        }
    }

    /** Members {@code from..to-1} voting on names, each at its own epoch. */
    private static ChunkScore ownVote(TaggerEnsemble[] by, List<TaggedSentence> data, int[] memberEpoch, int from, int to) {
        ChunkScore score = new ChunkScore();
        for (int j = 0; j < data.size(); j++) {
            List<String[]> paths = new ArrayList<>();
            for (int m = from; m < to; m++) {
                paths.add(by[memberEpoch[m]].member(m, j));
            }
            score.add(data.get(j).tags(), NameVote.of(paths));
        }
        return score;
    }

    private static void add(TaggerEnsemble[] by, int epoch, PerceptronTagger model, List<TaggedSentence> data,
                            boolean posteriors) {
        if (by[epoch] == null) {
            by[epoch] = new TaggerEnsemble(model.labels(), words(data), posteriors);
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

    /** The ensemble's score on {@code data}: summed ({@code how} 0), voted (1) or posterior-voted (2), or member {@code member}'s alone. */
    private static ChunkScore score(TaggerEnsemble e, List<TaggedSentence> data, int how, int member) {
        return score(e, data, how, member, 0.5);
    }

    /** As above, the posterior decoding keeping names above {@code threshold} ({@link TaggerEnsemble#posteriorDecoded}). */
    private static ChunkScore score(TaggerEnsemble e, List<TaggedSentence> data, int how, int member, double threshold) {
        ChunkScore score = new ChunkScore();
        for (int j = 0; j < data.size(); j++) {
            score.add(data.get(j).tags(), member >= 0 ? e.member(member, j) : how == 0 ? e.summed(j)
                    : how == 1 ? e.voted(j) : e.posteriorDecoded(j, threshold));
        }
        return score;
    }

    private static double f(ChunkScore s, boolean macro) {
        return macro ? s.macroF1() : s.microF1();
    }
}
