package dev.intisari.core.entity;

import java.util.Map;

/**
 * The options of a {@link PerceptronTrainer}. {@link #of} gives the product's defaults (no training names, the
 * product's features, the plain averaged perceptron, first-order decoding); each other option has a named wither,
 * so a new option touches this record and the code that reads it, not every caller. Each component is checked on
 * its own here; the checks that join two options are the trainer's ({@link PerceptronTrainer}), so the withers may
 * be applied in any order.
 *
 * @param bits      feature rows are {@code 2^bits}
 * @param epochs    passes over the data
 * @param seed      shuffle seed
 * @param nameFolds folds for training-name features, 0 for none
 * @param wide      also the wide-context features ({@code NerFeatures} templates 60-67 and 70-74)
 * @param margin    loss-augmented training: wrong tags get this much extra score while decoding (0: the plain
 *                  perceptron); with {@link #logLoss}, the softmax-margin cost of a wrong tag
 * @param typeShare a training name is marked with every type it has in at least this share of its tagged uses,
 *                  besides its majority type (above 1: the majority type only)
 * @param edgeBits  edge features ({@code NerFeatures#edgeRows}: move scores conditioned on the words they join) in
 *                  {@code 2^edgeBits} rows; 0 for none (the product).
 * @param guide     a tagger trained on other data whose tags on each sentence are features
 *                  ({@code NerFeatures#guideRows}: stacking), or null (the product). The guide must not have seen the
 *                  data this trainer trains or is scored on. Not with several shuffles.
 * @param aggressiveness passive-aggressive steps (PA-I, Crammer et al. 2006): each wrong decoding moves the weights
 *                  just far enough for the gold tags to beat it by its number of wrong tags, at most this far (0: the
 *                  perceptron's step of 1)
 * @param stackFolds a second pass over the model's own first pass ({@code NerFeatures#nonLocalRows}: how the other
 *                  occurrences of a word in the sentence were tagged): the first-pass tags of the training sentences
 *                  come from models trained on the other of this many folds, so they are as noisy as at run time, and
 *                  the returned model carries a first-pass model trained on all the data; 0 for none (the product).
 *                  Not with a guide or several shuffles.
 * @param letterGrams also the words' inner letter trigrams ({@code NerFeatures#letterGrams}; wide models only)
 * @param mentionRoles also the training data's mention roles ({@link MentionRoles}, {@code NerFeatures#roleRows}: what
 *                  each word does around the names of each type), counted out of fold like the training names (needs
 *                  {@code nameFolds > 0}); such a model is not written
 * @param segmentBits semi-Markov decoding ({@link SemiMarkovDecoder}) with whole-segment features
 *                  ({@link SegmentFeatures}) in {@code 2^segmentBits} rows, trained by the same perceptron; 0 for none
 *                  (the product, first-order Viterbi). Not with several shuffles; such a model is not written
 * @param typeSteps the perceptron's step per entity type (type name to step; a type not listed, and "O", step 1): a
 *                  wrong decoding moves the emission weights of a tag of that type (and its segment weights) by this
 *                  much instead of 1; empty for none
 * @param logLoss   train by the log-loss of a linear-chain CRF ({@link LogLossTraining}) instead of the perceptron, or
 *                  null (the perceptron)
 * @param vectorRows the dense word vectors' features ({@link VectorClasses}, {@code NerFeatures#vectorRows}; wide models
 *                  only): {@link #VECTOR_CLASSES} their k-means classes, {@link #VECTOR_SIGNS} the signs of their leading
 *                  dimensions, both or 0 for none; {@link #VECTOR_WORDS} the classes as one-word features (any model, the
 *                  only vector rows that are written with it)
 */
public record TrainerConfig(int bits, int epochs, long seed, int nameFolds, boolean wide, float margin, float typeShare,
                            int edgeBits, PerceptronTagger guide, float aggressiveness, int stackFolds,
                            boolean letterGrams, boolean mentionRoles, int segmentBits, Map<String, Float> typeSteps,
                            LogLoss logLoss, int vectorRows) {
    /**
     * The log-loss objective's settings: AdaGrad steps of {@code rate} over the gradient, an L2 penalty of
     * {@code l2} per weight, applied to the weights a sentence touches when it touches them.
     */
    public record LogLoss(float rate, float l2) {
        public LogLoss {
            if (!(rate > 0) || !(l2 >= 0)) {
                throw new IllegalArgumentException("rate > 0, l2 >= 0");
            }
        }
    }

    /** {@link #vectorRows}: the vectors' k-means classes. */
    public static final int VECTOR_CLASSES = 1;
    /** {@link #vectorRows}: the signs of the vectors' leading dimensions. */
    public static final int VECTOR_SIGNS = 2;
    /**
     * {@link #vectorRows}: the vectors' classes as one-word features only (the word's own classes, and the class it gives
     * the word before and after it), which the tagger folds into its precomputed word sums; the only vector rows a
     * product (not wide) model reads, and such a model is written.
     */
    public static final int VECTOR_WORDS = 4;

    public TrainerConfig {
        if (vectorRows < 0 || vectorRows > (VECTOR_CLASSES | VECTOR_SIGNS | VECTOR_WORDS)) {
            throw new IllegalArgumentException("vectorRows in 0..7");
        }
        typeSteps = Map.copyOf(typeSteps);
        for (float step : typeSteps.values()) {
            if (!(step > 0)) {
                throw new IllegalArgumentException("type steps > 0");
            }
        }
        if (bits < 10 || bits > 24 || epochs < 1 || nameFolds < 0 || nameFolds == 1 || margin < 0 || typeShare <= 0
                || (edgeBits != 0 && (edgeBits < 10 || edgeBits > 20)) || aggressiveness < 0 || stackFolds < 0
                || stackFolds == 1 || (segmentBits != 0 && (segmentBits < 10 || segmentBits > 22))) {
            throw new IllegalArgumentException("bits in 10..24, epochs >= 1, nameFolds 0 or >= 2, margin >= 0, "
                    + "typeShare > 0, edgeBits 0 or 10..20, aggressiveness >= 0, stackFolds 0 or >= 2, segmentBits 0 or 10..22");
        }
    }

    /** The product's defaults: no training names, the product's features, the plain perceptron, first-order decoding. */
    public static TrainerConfig of(int bits, int epochs, long seed) {
        return new TrainerConfig(bits, epochs, seed, 0, false, 0, 2, 0, null, 0, 0, false, false, 0, Map.of(), null, 0);
    }

    public TrainerConfig withEpochs(int epochs) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withSeed(long seed) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withNameFolds(int nameFolds) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withWide(boolean wide) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withMargin(float margin) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withTypeShare(float typeShare) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withEdgeBits(int edgeBits) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withGuide(PerceptronTagger guide) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withAggressiveness(float aggressiveness) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withStackFolds(int stackFolds) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withLetterGrams(boolean letterGrams) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withMentionRoles(boolean mentionRoles) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withSegmentBits(int segmentBits) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withTypeSteps(Map<String, Float> typeSteps) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withLogLoss(LogLoss logLoss) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }

    public TrainerConfig withVectorRows(int vectorRows) {
        return new TrainerConfig(bits, epochs, seed, nameFolds, wide, margin, typeShare, edgeBits, guide, aggressiveness,
                stackFolds, letterGrams, mentionRoles, segmentBits, typeSteps, logLoss, vectorRows);
    }
}
