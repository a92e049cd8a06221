package dev.intisari.eval.entity;

import dev.intisari.core.entity.PerceptronTagger;
import dev.intisari.core.entity.PerceptronTrainer;
import dev.intisari.core.entity.TaggedSentence;
import dev.intisari.core.entity.TrainerConfig;

import java.util.List;

/**
 * Trains one tagger on a data set's own train split and tag set, picks the number of epochs on its dev
 * split, and scores the test split once with the chosen model. The per-data-set models use 2^22 rows and
 * the wide-context features ({@code TrainerConfig#wide}); the product model does not (speed).
 */
final class DatasetTraining {
    static final int BITS = Integer.getInteger("ner.bits", 22);
    static final int MAX_EPOCHS = Integer.getInteger("ner.epochs", 12);
    static final long SEED = Long.getLong("ner.seed", 20261122L);
    static final int NAME_FOLDS = Integer.getInteger("ner.nameFolds", 5);
    /** The wide-context features (clusters around the word, its case profile); {@code -Dner.wide=false}: the product's. */
    static final boolean WIDE = Boolean.parseBoolean(System.getProperty("ner.wide", "true"));
    /**
     * Loss-augmented training margin; 0 (the plain perceptron) was as good on NERP dev. NER-UI uses its own
     * ({@code NerDatasetEval#NERUI_MARGIN}, chosen on its dev folds).
     */
    static final float MARGIN = Float.parseFloat(System.getProperty("ner.margin", "0"));
    /**
     * With {@code -Dner.shuffles=K > 1}, after the epoch count is chosen on dev, K runs of that many epochs over
     * differently shuffled orders are trained and their weights averaged; that model is scored.
     */
    static final int SHUFFLES = Integer.getInteger("ner.shuffles", 1);
    /**
     * A training name is also marked with every type it has in at least this share of its uses
     * ({@code -Dner.typeShare}; above 1, the default: the majority type only).
     */
    static final float TYPE_SHARE = Float.parseFloat(System.getProperty("ner.typeShare", "2"));
    /**
     * Edge features (move scores conditioned on the words they join, {@code NerFeatures#edgeRows}) in
     * {@code 2^ner.edgeBits} rows, 0 for none; unset, each data set's own choice ({@code NerDatasetEval}).
     */
    static final Integer EDGE_BITS = Integer.getInteger("ner.edgeBits");
    /**
     * The dense word vectors' features ({@code TrainerConfig#vectorRows}: {@code -Dner.vectors=none|classes|signs|both});
     * unset, each data set's own choice ({@code NerDatasetEval}).
     */
    static final String VECTORS = System.getProperty("ner.vectors");
    /**
     * Passive-aggressive steps ({@code TrainerConfig#aggressiveness}) capped at {@code -Dner.pa=C}; 0, the
     * default, is the perceptron's step.
     */
    static final float AGGRESSIVENESS = Float.parseFloat(System.getProperty("ner.pa", "0"));
    /**
     * A second pass over the model's own first pass, reading how the other occurrences of each word in the
     * sentence were tagged ({@code TrainerConfig#stackFolds}), with first-pass tags of the training data from
     * {@code -Dner.stackFolds=K} folds; 0, the default, is one pass.
     */
    static final int STACK_FOLDS = Integer.getInteger("ner.stackFolds", 0);
    /**
     * With {@code -Dner.oBias=true}, a bias on the "O" tag ({@code PerceptronTagger#withTagBias}) is chosen on
     * dev for the chosen model (a grid of values, best dev F1, ties to the smaller) and kept for test.
     */
    static final boolean O_BIAS = Boolean.getBoolean("ner.oBias");
    private static final float[] O_BIAS_GRID = {0, -0.5f, -1, -2, -3, -4, -6, -8, -12, -16, -24, -32};
    /**
     * The words' inner letter trigrams as features ({@code TrainerConfig#letterGrams}) with
     * {@code -Dner.letterGrams=true|false}; unset, each data set's own choice ({@code NerDatasetEval}).
     */
    static final String LETTER_GRAMS = System.getProperty("ner.letterGrams");
    /**
     * The training split's mention roles as features ({@code TrainerConfig#mentionRoles}) with
     * {@code -Dner.roles=true|false}; unset, each data set's own choice ({@code NerDatasetEval}).
     */
    static final String ROLES = System.getProperty("ner.roles");
    /**
     * Semi-Markov decoding with whole-segment features ({@code TrainerConfig#segmentBits}) in
     * {@code 2^ner.segmentBits} rows, 0 for first-order Viterbi; unset, each data set's own choice ({@code NerDatasetEval}).
     */
    static final Integer SEGMENT_BITS = Integer.getInteger("ner.segmentBits");
    /**
     * The perceptron's step per entity type ({@code TrainerConfig#typeSteps}), as {@code -Dner.typeSteps=EVT:0.5,FNB:0.8};
     * unset, every type's step is 1.
     */
    static final java.util.Map<String, Float> TYPE_STEPS = typeSteps(System.getProperty("ner.typeSteps", ""));
    /**
     * One round of self-training ({@link SelfTraining}) with at most {@code -Dner.selfTrain=N} sentences of unlabelled
     * news tagged by the first run's models: the tagger is trained again on train + those sentences, its epochs
     * chosen on dev again; 0, the default, is none. Not with the refit.
     */
    static final int SELF_TRAIN = Integer.getInteger("ner.selfTrain", 0);
    /**
     * With {@code -Dner.selfTrainProb=P > 0}, self-training keeps a sentence when the chosen model gives its best path a
     * posterior probability of at least P ({@code PathPosterior}: for log-loss models) instead of when two models agree.
     */
    static final double SELF_TRAIN_PROB = Double.parseDouble(System.getProperty("ner.selfTrainProb", "0"));
    /**
     * Training by the log-loss of a (semi-)CRF ({@code TrainerConfig#logLoss}) with AdaGrad steps of
     * {@code -Dner.logLoss=RATE} and an L2 penalty of {@code -Dner.l2} per weight (default 1e-4); {@code -Dner.logLoss=0}
     * is the perceptron; unset, each data set's own choice ({@code NerDatasetEval}).
     */
    static final String LOG_LOSS = System.getProperty("ner.logLoss");
    /**
     * A seed ensemble of {@code -Dner.ensemble=K} members ({@link EnsembleTraining}); unset, each data set's own choice
     * ({@code NerDatasetEval}).
     */
    static final Integer ENSEMBLE = Integer.getInteger("ner.ensemble");
    /**
     * How the ensemble's members are combined, {@code -Dner.ensembleCombine=sum|vote|own_vote}; unset, the data set's
     * choice.
     */
    static final String ENSEMBLE_COMBINE = System.getProperty("ner.ensembleCombine");
    /**
     * The ensemble's groups of members with their own options ({@code EnsembleTraining.Ensemble#mix}), as
     * {@code -Dner.ensembleMix="5;3:letters=true;3:logLoss=0.03/1e-3"}; {@code none}: all of the data set's
     * configuration; unset, the data set's choice.
     */
    static final String ENSEMBLE_MIX = System.getProperty("ner.ensembleMix");
    /** With {@code -Dner.devOnly=true} the test split is not scored (for tuning experiments). */
    static final boolean DEV_ONLY = Boolean.getBoolean("ner.devOnly");

    /**
     * Refit: after the epoch count is chosen on dev, the scored model is trained again on train + dev for
     * that many epochs (more data, no setting read off test). Each data set has its own default, chosen by
     * this check; {@code -Dner.refit=true|false} overrides it. Under {@code ner.devOnly}
     * the protocol itself is checked on dev: the epoch count is chosen on a tenth of train held out, and the
     * model of the other nine tenths is compared on dev with the model refit on all of train.
     */
    static final String REFIT = System.getProperty("ner.refit");

    /** With {@code -Dner.errors=true} the dev sentences the chosen model gets wrong are printed (error analysis). */
    static final boolean ERRORS = Boolean.getBoolean("ner.errors");

    /** The test score and the chosen epoch count. */
    record Outcome(ChunkScore test, int epochs, double dev) {
    }

    private DatasetTraining() {
    }

    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro) {
        return run(train, dev, test, macro, MARGIN);
    }

    /** As above, with the loss-augmented training margin chosen for this data set on its dev split. */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin) {
        return run(train, dev, test, macro, margin, false);
    }

    /** As above; with {@code refit} (unless {@code -Dner.refit} says otherwise) the scored model is refit on train + dev. */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin, boolean refit) {
        return run(train, dev, test, macro, margin, refit, null);
    }

    /** As above, with a guide tagger ({@code TrainerConfig#guide}, trained on other data sets) or null. */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin, boolean refit, PerceptronTagger guide) {
        return run(train, dev, test, macro, margin, refit, guide, 0);
    }

    /**
     * As above, with the data set's edge features ({@code TrainerConfig#edgeBits}, 0 for none), unless
     * {@code -Dner.edgeBits} says otherwise.
     */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin, boolean refit, PerceptronTagger guide, int edgeBitsOfSet) {
        return run(train, dev, test, macro, margin, refit, guide, edgeBitsOfSet, false);
    }

    /**
     * As above, with the data set's letter-trigram features ({@code TrainerConfig#letterGrams}), unless
     * {@code -Dner.letterGrams} says otherwise.
     */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin, boolean refit, PerceptronTagger guide, int edgeBitsOfSet, boolean letterGramsOfSet) {
        return run(train, dev, test, macro, margin, refit, guide, edgeBitsOfSet, letterGramsOfSet, false);
    }

    /**
     * As above, with the data set's mention-role features ({@code TrainerConfig#mentionRoles}), unless
     * {@code -Dner.roles} says otherwise.
     */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin, boolean refit, PerceptronTagger guide, int edgeBitsOfSet, boolean letterGramsOfSet,
                       boolean rolesOfSet) {
        return run(train, dev, test, macro, margin, refit, guide, edgeBitsOfSet, letterGramsOfSet, rolesOfSet, 0);
    }

    /**
     * As above, with the data set's semi-Markov segment features ({@code TrainerConfig#segmentBits}, 0 for none),
     * unless {@code -Dner.segmentBits} says otherwise.
     */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin, boolean refit, PerceptronTagger guide, int edgeBitsOfSet, boolean letterGramsOfSet,
                       boolean rolesOfSet, int segmentBitsOfSet) {
        return run(train, dev, test, macro, margin, refit, guide, edgeBitsOfSet, letterGramsOfSet, rolesOfSet,
                segmentBitsOfSet, null);
    }

    /**
     * As above, with the data set's objective ({@code TrainerConfig#logLoss}, null for the perceptron), unless
     * {@code -Dner.logLoss} says otherwise.
     */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin, boolean refit, PerceptronTagger guide, int edgeBitsOfSet, boolean letterGramsOfSet,
                       boolean rolesOfSet, int segmentBitsOfSet, TrainerConfig.LogLoss logLossOfSet) {
        return run(train, dev, test, macro, margin, refit, guide, edgeBitsOfSet, letterGramsOfSet, rolesOfSet,
                segmentBitsOfSet, logLossOfSet, EnsembleTraining.Ensemble.SINGLE);
    }

    /**
     * As above, with the data set's seed ensemble ({@link EnsembleTraining}; one member: a single model), unless
     * {@code -Dner.ensemble=K} and {@code -Dner.ensembleCombine=sum|vote} say otherwise.
     */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin, boolean refit, PerceptronTagger guide, int edgeBitsOfSet, boolean letterGramsOfSet,
                       boolean rolesOfSet, int segmentBitsOfSet, TrainerConfig.LogLoss logLossOfSet,
                       EnsembleTraining.Ensemble ensembleOfSet) {
        return run(train, dev, test, macro, margin, refit, guide, edgeBitsOfSet, letterGramsOfSet, rolesOfSet,
                segmentBitsOfSet, logLossOfSet, ensembleOfSet, 0);
    }

    /**
     * As above, with the data set's dense-vector features ({@code TrainerConfig#vectorRows}), unless
     * {@code -Dner.vectors=none|classes|signs|both} says otherwise.
     */
    static Outcome run(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test, boolean macro,
                       float margin, boolean refit, PerceptronTagger guide, int edgeBitsOfSet, boolean letterGramsOfSet,
                       boolean rolesOfSet, int segmentBitsOfSet, TrainerConfig.LogLoss logLossOfSet,
                       EnsembleTraining.Ensemble ensembleOfSet, int vectorRowsOfSet) {
        int vectorRows = VECTORS == null ? vectorRowsOfSet : vectorRows(VECTORS);
        TrainerConfig.LogLoss logLoss = LOG_LOSS == null ? logLossOfSet : Float.parseFloat(LOG_LOSS) == 0 ? null
                : new TrainerConfig.LogLoss(Float.parseFloat(LOG_LOSS), Float.parseFloat(System.getProperty("ner.l2", "1e-4")));
        int segmentBits = SEGMENT_BITS != null ? SEGMENT_BITS : segmentBitsOfSet;
        int edgeBits = EDGE_BITS != null ? EDGE_BITS : edgeBitsOfSet;
        boolean letterGrams = LETTER_GRAMS != null ? Boolean.parseBoolean(LETTER_GRAMS) : letterGramsOfSet;
        boolean roles = ROLES != null ? Boolean.parseBoolean(ROLES) : rolesOfSet;
        EnsembleTraining.Ensemble ensemble = new EnsembleTraining.Ensemble(
                ENSEMBLE != null ? ENSEMBLE : ensembleOfSet.members(), ENSEMBLE_COMBINE != null
                ? EnsembleTraining.Combine.valueOf(ENSEMBLE_COMBINE.toUpperCase(java.util.Locale.ROOT)) : ensembleOfSet.combine(),
                ensembleOfSet.epochs(), ENSEMBLE_MIX == null ? ensembleOfSet.mix() : ENSEMBLE_MIX.equals("none") ? null
                : ENSEMBLE_MIX, Double.parseDouble(System.getProperty("ner.posteriorThreshold",
                String.valueOf(ensembleOfSet.threshold()))));
        if (ensemble.members() > 1) {
            return EnsembleTraining.run(train, dev, test, macro, REFIT != null ? Boolean.parseBoolean(REFIT) : refit, ensemble,
                    new Options(margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows));
        }
        if (REFIT != null ? Boolean.parseBoolean(REFIT) : refit) {
            return refit(train, dev, test, macro, margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows);
        }
        PerceptronTagger[] best = new PerceptronTagger[1];
        double[] bestDev = {-1};
        int[] bestEpoch = {0};
        PerceptronTagger firstLast = trainer(MAX_EPOCHS, margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows).train(train, (model, epoch) -> {
            ChunkScore s = score(model, dev);
            double f = macro ? s.macroF1() : s.microF1();
            if (DEV_ONLY) {
                System.out.printf(java.util.Locale.ROOT, "  epoch %d dev %.2f (micro %.2f)%s%n", epoch, f, s.microF1(), perType(s));
            }
            if (f > bestDev[0]) {
                bestDev[0] = f;
                best[0] = model;
                bestEpoch[0] = epoch;
            }
        });
        System.out.printf(java.util.Locale.ROOT, "  best dev %.2f at epoch %d%n", bestDev[0], bestEpoch[0]);
        if (SELF_TRAIN > 0) {
            List<TaggedSentence> more = new java.util.ArrayList<>(train);
            more.addAll(SELF_TRAIN_PROB > 0 ? SelfTraining.pseudo(best[0], train, SELF_TRAIN, SELF_TRAIN_PROB)
                    : SelfTraining.pseudo(best[0], firstLast, train, SELF_TRAIN));
            double[] selfDev = {-1};
            trainer(MAX_EPOCHS, margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows).train(more, (model, epoch) -> {
                ChunkScore s = score(model, dev);
                double f = macro ? s.macroF1() : s.microF1();
                if (DEV_ONLY) {
                    System.out.printf(java.util.Locale.ROOT, "  self-trained epoch %d dev %.2f (micro %.2f)%s%n", epoch, f, s.microF1(), perType(s));
                }
                if (f > selfDev[0]) {
                    selfDev[0] = f;
                    best[0] = model;
                    bestEpoch[0] = epoch;
                }
            });
            bestDev[0] = selfDev[0];
            System.out.printf(java.util.Locale.ROOT, "  self-trained: best dev %.2f at epoch %d%n", bestDev[0], bestEpoch[0]);
        }
        if (SHUFFLES > 1) {
            trainer(bestEpoch[0], margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows).train(train, SHUFFLES, (model, epoch) -> {
                ChunkScore s = score(model, dev);
                double f = macro ? s.macroF1() : s.microF1();
                System.out.printf(java.util.Locale.ROOT, "  %d shuffles x %d epochs: dev %.2f (micro %.2f)%s%n",
                        SHUFFLES, epoch, f, s.microF1(), perType(s));
                best[0] = model;
                bestDev[0] = f;
            });
        }
        if (O_BIAS) {
            best[0] = best[0].withTagBias(oBias(best[0].labels().size(), chooseBias(best[0], dev, macro)));
            bestDev[0] = f(score(best[0], dev), macro);
        }
        if (ERRORS) {
            printErrors(best[0], dev);
        }
        return new Outcome(score(best[0], DEV_ONLY ? dev : test), bestEpoch[0], bestDev[0]);
    }

    private static Outcome refit(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test,
                                 boolean macro, float margin, PerceptronTagger guide, int edgeBits, boolean letterGrams,
                                 boolean roles, int segmentBits, TrainerConfig.LogLoss logLoss, int vectorRows) {
        if (DEV_ONLY) {
            List<TaggedSentence> inner = new java.util.ArrayList<>();
            List<TaggedSentence> held = new java.util.ArrayList<>();
            for (int j = 0; j < train.size(); j++) {
                (j % 10 == 9 ? held : inner).add(train.get(j));
            }
            Choice c = choose(inner, held, macro, margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows);
            ChunkScore plain = score(c.model(), dev);
            PerceptronTagger all = trainer(c.epoch(), margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows).train(train, SHUFFLES, null);
            ChunkScore refit = score(all, dev);
            System.out.printf(java.util.Locale.ROOT, "  refit check: epoch %d on held-out tenth; dev %.2f -> %.2f refit (micro %.2f -> %.2f)%n",
                    c.epoch(), f(plain, macro), f(refit, macro), plain.microF1(), refit.microF1());
            return new Outcome(refit, c.epoch(), f(plain, macro));
        }
        Choice c = choose(train, dev, macro, margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows);
        List<TaggedSentence> both = new java.util.ArrayList<>(train);
        both.addAll(dev);
        PerceptronTagger all = trainer(c.epoch(), margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows).train(both, SHUFFLES, null);
        if (O_BIAS) {
            all = all.withTagBias(oBias(all.labels().size(), chooseBias(c.model(), dev, macro)));
        }
        return new Outcome(score(all, test), c.epoch(), c.dev());
    }

    /** {@code none}, {@code classes}, {@code signs} or {@code both} as {@code TrainerConfig#vectorRows}. */
    static int vectorRows(String spec) {
        return switch (spec) {
            case "none" -> 0;
            case "classes" -> TrainerConfig.VECTOR_CLASSES;
            case "signs" -> TrainerConfig.VECTOR_SIGNS;
            case "both" -> TrainerConfig.VECTOR_CLASSES | TrainerConfig.VECTOR_SIGNS;
            default -> throw new IllegalArgumentException("ner.vectors: none, classes, signs or both, not " + spec);
        };
    }

    private static java.util.Map<String, Float> typeSteps(String spec) {
        java.util.Map<String, Float> steps = new java.util.TreeMap<>();
        for (String part : spec.split(",")) {
            if (!part.isBlank()) {
                String[] kv = part.trim().split(":");
                steps.put(kv[0], Float.parseFloat(kv[1]));
            }
        }
        return steps;
    }

    /** A data set's trainer options, resolved against the {@code -Dner.*} overrides. */
    record Options(float margin, PerceptronTagger guide, int edgeBits, boolean letterGrams, boolean roles, int segmentBits,
                   TrainerConfig.LogLoss logLoss, int vectorRows) {
        /** The trainer of this protocol's fixed settings with these options, over the order shuffled by {@code seed}. */
        PerceptronTrainer trainer(int epochs, long seed) {
            return DatasetTraining.trainer(epochs, seed, margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows);
        }
    }

    /** The trainer of this protocol's fixed settings with the data set's options. */
    private static PerceptronTrainer trainer(int epochs, float margin, PerceptronTagger guide, int edgeBits,
                                             boolean letterGrams, boolean roles, int segmentBits,
                                             TrainerConfig.LogLoss logLoss, int vectorRows) {
        return trainer(epochs, SEED, margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows);
    }

    private static PerceptronTrainer trainer(int epochs, long seed, float margin, PerceptronTagger guide, int edgeBits,
                                             boolean letterGrams, boolean roles, int segmentBits,
                                             TrainerConfig.LogLoss logLoss, int vectorRows) {
        return new PerceptronTrainer(TrainerConfig.of(BITS, epochs, seed).withNameFolds(NAME_FOLDS).withWide(WIDE)
                .withMargin(margin).withTypeShare(TYPE_SHARE).withEdgeBits(edgeBits).withGuide(guide)
                .withAggressiveness(AGGRESSIVENESS).withStackFolds(STACK_FOLDS).withLetterGrams(letterGrams)
                .withMentionRoles(roles).withSegmentBits(segmentBits).withTypeSteps(TYPE_STEPS).withLogLoss(logLoss)
                .withVectorRows(vectorRows));
    }

    private record Choice(PerceptronTagger model, int epoch, double dev) {
    }

    private static Choice choose(List<TaggedSentence> train, List<TaggedSentence> dev, boolean macro, float margin,
                                 PerceptronTagger guide, int edgeBits, boolean letterGrams, boolean roles,
                                 int segmentBits, TrainerConfig.LogLoss logLoss, int vectorRows) {
        PerceptronTagger[] best = new PerceptronTagger[1];
        double[] bestDev = {-1};
        int[] bestEpoch = {0};
        trainer(MAX_EPOCHS, margin, guide, edgeBits, letterGrams, roles, segmentBits, logLoss, vectorRows).train(train, (model, epoch) -> {
            double v = f(score(model, dev), macro);
            if (v > bestDev[0]) {
                bestDev[0] = v;
                best[0] = model;
                bestEpoch[0] = epoch;
            }
        });
        System.out.printf(java.util.Locale.ROOT, "  best dev %.2f at epoch %d%n", bestDev[0], bestEpoch[0]);
        return new Choice(best[0], bestEpoch[0], bestDev[0]);
    }

    /** The bias on "O" of {@link #O_BIAS_GRID} that scores best on dev (ties: the one nearer 0). */
    private static float chooseBias(PerceptronTagger model, List<TaggedSentence> dev, boolean macro) {
        float best = 0;
        double bestF = -1;
        int l = model.labels().size();
        for (float b : O_BIAS_GRID) {
            ChunkScore s = score(model.withTagBias(oBias(l, b)), dev);
            double v = f(s, macro);
            System.out.printf(java.util.Locale.ROOT, "  O bias %.1f: dev %.2f (micro %.2f)%s%n", b, v, s.microF1(), perType(s));
            if (v > bestF) {
                bestF = v;
                best = b;
            }
        }
        System.out.printf(java.util.Locale.ROOT, "  chosen O bias %.1f (dev %.2f)%n", best, bestF);
        return best;
    }

    private static float[] oBias(int l, float b) {
        float[] bias = new float[l];
        bias[0] = b;
        return bias;
    }

    private static double f(ChunkScore s, boolean macro) {
        return macro ? s.macroF1() : s.microF1();
    }

    /** Each wrong dev sentence, word by word: the word, then gold/predicted where they differ. */
    private static void printErrors(PerceptronTagger model, List<TaggedSentence> dev) {
        for (TaggedSentence s : dev) {
            String[] pred = model.tag(s.words());
            StringBuilder b = new StringBuilder();
            boolean wrong = false;
            for (int i = 0; i < pred.length; i++) {
                String gold = s.tags().get(i);
                b.append(' ').append(s.words().get(i));
                if (!gold.equals(pred[i])) {
                    b.append("[").append(gold).append('/').append(pred[i]).append(']');
                    wrong = true;
                } else if (!gold.equals("O")) {
                    b.append('[').append(gold).append(']');
                }
            }
            if (wrong) {
                System.out.println("  ERR" + b);
            }
        }
    }

    static String perType(ChunkScore s) {
        StringBuilder b = new StringBuilder();
        for (String t : s.types()) {
            b.append(String.format(java.util.Locale.ROOT, " %s %.2f", t, s.f1(t)));
        }
        return b.toString();
    }

    static ChunkScore score(PerceptronTagger model, List<TaggedSentence> data) {
        ChunkScore score = new ChunkScore();
        for (TaggedSentence s : data) {
            score.add(s.tags(), model.tag(s.words()));
        }
        return score;
    }
}
