package dev.intisari.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;

/**
 * Trains a {@link PerceptronTagger} with the averaged structured perceptron (Collins 2002): decode each
 * sentence with the current weights, move weights towards the gold tags where the decoding differs,
 * and average the weights over all steps. Sentences are visited in a seeded shuffle, so training is
 * deterministic. With {@link TrainerConfig#logLoss} the same weights are trained by the log-loss of a (semi-)CRF
 * instead ({@link LogLossTraining}), averaged the same way.
 *
 * <p>With {@code nameFolds > 0} the names of the training data become gazetteer features: the
 * sentences are split into that many folds and each sentence sees only the names of the other folds
 * (so the model learns how far to trust a name it has seen, as it will at run time); the returned model
 * uses the names of all sentences ({@link #names}).
 *
 * <p>The options are a {@link TrainerConfig}; this record checks the ones that join two options.
 */
public record PerceptronTrainer(TrainerConfig config) {
    public PerceptronTrainer {
        if (config.mentionRoles() && config.nameFolds() == 0) {
            throw new IllegalArgumentException("mention roles are counted out of fold: nameFolds >= 2");
        }
        if (config.stackFolds() > 0 && config.guide() != null) {
            throw new IllegalArgumentException("stackFolds not with a guide");
        }
        if (config.logLoss() != null && (config.aggressiveness() > 0 || !config.typeSteps().isEmpty())) {
            throw new IllegalArgumentException("the log-loss objective has no passive-aggressive or per-type steps");
        }
    }

    /** The product's defaults ({@link TrainerConfig#of}). */
    public PerceptronTrainer(int bits, int epochs, long seed) {
        this(TrainerConfig.of(bits, epochs, seed));
    }

    /** Epochs of the first-pass models of a stacked trainer ({@link TrainerConfig#stackFolds}), at most. */
    private static final int FIRST_PASS_EPOCHS = 6;

    /** Trains and returns the averaged model after the last epoch. */
    public PerceptronTagger train(List<TaggedSentence> data) {
        return train(data, 1, null);
    }

    /** Trains, giving the averaged model after every epoch to {@code afterEpoch} (for tuning on dev data). */
    public PerceptronTagger train(List<TaggedSentence> data, ObjIntConsumer<PerceptronTagger> afterEpoch) {
        return train(data, 1, afterEpoch);
    }

    /**
     * As above, with {@code shuffles} independent runs over differently shuffled orders (seeds
     * {@code seed}, {@code seed + 1}, ...) whose averaged weights are averaged again; with more than one
     * run, {@code afterEpoch} sees only that final model (as epoch {@link TrainerConfig#epochs}). With {@code afterEpoch}
     * null, only the final model is built (no model per epoch).
     */
    public PerceptronTagger train(List<TaggedSentence> data, int shuffles, ObjIntConsumer<PerceptronTagger> afterEpoch) {
        if (shuffles < 1 || (shuffles > 1 && (config.guide() != null || config.stackFolds() > 0 || config.segmentBits() > 0))) {
            throw new IllegalArgumentException("shuffles >= 1, and 1 with a guide, stacking or segments");
        }
        Lexicon handWritten = Lexicon.handWritten();
        String[] labels = labels(data);
        int l = labels.length;
        Lexicon lexicon = config.nameFolds() > 0 ? handWritten.withNames(names(data, -1, 1, config.typeShare())) : handWritten;
        MentionRoles roles = config.mentionRoles() ? MentionRoles.of(data, -1, 1, labels) : null;
        NerFeatures[] byFold = new NerFeatures[Math.max(1, config.nameFolds())];
        for (int f = 0; f < byFold.length; f++) {
            byFold[f] = new NerFeatures(config.nameFolds() > 0 ? handWritten.withNames(names(data, f, config.nameFolds(), config.typeShare())) : handWritten,
                    config.bits(), config.wide(), config.letterGrams(), config.mentionRoles() ? MentionRoles.of(data, f, config.nameFolds(), labels) : null, config.vectorRows());
        }
        PerceptronTagger first = null;
        int[][] firstTags = null;
        if (config.stackFolds() > 0) {
            PerceptronTrainer plain = new PerceptronTrainer(config.withEpochs(Math.min(config.epochs(), FIRST_PASS_EPOCHS))
                    .withGuide(null).withStackFolds(0).withSegmentBits(0).withTypeSteps(java.util.Map.of()));
            firstTags = new int[data.size()][];
            for (int f = 0; f < config.stackFolds(); f++) {
                List<TaggedSentence> rest = new ArrayList<>();
                for (int j = 0; j < data.size(); j++) {
                    if (j % config.stackFolds() != f) {
                        rest.add(data.get(j));
                    }
                }
                PerceptronTagger fold = plain.train(rest);
                for (int j = f; j < data.size(); j += config.stackFolds()) {
                    List<String> words = data.get(j).words();
                    firstTags[j] = fold.tagIds(words.toArray(new CharSequence[0]), words.size());
                }
            }
            first = plain.train(data);
        }
        PerceptronTagger helper = first != null ? first : config.guide();
        List<int[]> rows = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        List<int[]> edgeRows = new ArrayList<>();
        List<int[]> edgeCounts = new ArrayList<>();
        List<int[]> segmentRows = config.segmentBits() > 0 ? new ArrayList<>() : null;
        for (int j = 0; j < data.size(); j++) {
            TaggedSentence s = data.get(j);
            int n = s.words().size();
            if (n == 0) {
                continue;
            }
            int[] count = new int[n];
            NerFeatures features = byFold[j % byFold.length];
            CharSequence[] words = s.words().toArray(new CharSequence[0]);
            int[] r = features.extract(words, n, count);
            NerFeatures.Words w = config.edgeBits() > 0 || config.guide() != null || first != null || config.segmentBits() > 0
                    ? features.describe(words, n) : null;
            if (segmentRows != null) {
                segmentRows.add(SegmentFeatures.rows(features, w, n, config.segmentBits()));
            }
            if (first != null) {
                for (int i = 0; i < n; i++) {
                    int base = i * NerFeatures.STRIDE;
                    count[i] = features.nonLocalRows(w, firstTags[j], (l - 1) / 2, i, n, r, base + count[i],
                            base + NerFeatures.STRIDE) - base;
                }
            }
            if (config.guide() != null) {
                int[] g = config.guide().tagIds(words, n);
                for (int i = 0; i < n; i++) {
                    int base = i * NerFeatures.STRIDE;
                    count[i] = features.guideRows(w, g, i, n, r, base + count[i], base + NerFeatures.STRIDE) - base;
                }
            }
            rows.add(r);
            counts.add(count);
            golds.add(repair(labels, s.tags()));
            if (config.edgeBits() > 0) {
                int[] er = new int[n * NerFeatures.EDGE_STRIDE];
                int[] ec = new int[n];
                for (int i = 0; i < n; i++) {
                    ec[i] = features.edgeRows(w, i, n, config.edgeBits(), er, i * NerFeatures.EDGE_STRIDE);
                }
                edgeRows.add(er);
                edgeCounts.add(ec);
            }
        }
        Edges edges = config.edgeBits() > 0 ? new Edges(edgeRows, edgeCounts) : null;
        float[] weightSum = shuffles > 1 ? new float[(1 << config.bits()) * l] : null;
        float[] transitionSum = shuffles > 1 ? new float[(l + 1) * l] : null;
        float[] edgeSum = shuffles > 1 && edges != null ? new float[(1 << config.edgeBits()) * (l + 1) * l] : null;
        PerceptronTagger[] last = new PerceptronTagger[1];
        for (int run = 0; run < shuffles; run++) {
            float[][] averaged = run(labels, lexicon, roles, rows, counts, golds, edges, segmentRows, helper, first != null, config.seed() + run, shuffles > 1 || afterEpoch == null
                    ? null : (model, epoch) -> {
                        last[0] = model;
                        afterEpoch.accept(model, epoch);
                    });
            if (shuffles == 1 && afterEpoch == null) {
                last[0] = withSegments(new PerceptronTagger(labels, config.bits(), averaged[0], averaged[1], lexicon, config.wide(), config.edgeBits(),
                        averaged[2], helper, first != null, config.letterGrams(), roles, config.vectorRows()), averaged[3]);
            }
            if (shuffles > 1) {
                for (int i = 0; i < weightSum.length; i++) {
                    weightSum[i] += averaged[0][i] / shuffles;
                }
                for (int i = 0; i < transitionSum.length; i++) {
                    transitionSum[i] += averaged[1][i] / shuffles;
                }
                for (int i = 0; edgeSum != null && i < edgeSum.length; i++) {
                    edgeSum[i] += averaged[2][i] / shuffles;
                }
            }
        }
        if (shuffles > 1) {
            last[0] = new PerceptronTagger(labels, config.bits(), weightSum, PerceptronTagger.constrain(labels, transitionSum),
                    lexicon, config.wide(), config.edgeBits(), edgeSum, null, false, config.letterGrams(), roles, config.vectorRows());
            if (afterEpoch != null) {
                afterEpoch.accept(last[0], config.epochs());
            }
        }
        return last[0];
    }

    /** The edge feature rows of every training sentence (same order as the emission rows). */
    private record Edges(List<int[]> rows, List<int[]> counts) {
    }

    /**
     * One run of {@link TrainerConfig#epochs} over the order shuffled by {@code runSeed}: the averaged weights and
     * transitions (and edge weights, with {@code edges}).
     */
    private float[][] run(String[] labels, Lexicon lexicon, MentionRoles roles, List<int[]> rows, List<int[]> counts, List<int[]> golds,
                          Edges edges, List<int[]> segmentRows, PerceptronTagger helper, boolean stacked, long runSeed, ObjIntConsumer<PerceptronTagger> afterEpoch) {
        int l = labels.length;
        int block = (l + 1) * l;
        float[] e = edges == null ? null : new float[(1 << config.edgeBits()) * block];
        float[] eAcc = edges == null ? null : new float[e.length];
        float[] w = new float[(1 << config.bits()) * l];
        float[] acc = new float[w.length];
        float[] t = PerceptronTagger.constrain(labels, new float[(l + 1) * l]);
        float[] tAcc = new float[t.length];
        int types = (l - 1) / 2;
        float[] sw = segmentRows == null ? null : new float[(1 << config.segmentBits()) * types];
        float[] sAcc = sw == null ? null : new float[sw.length];
        float[] stepOf = new float[l];
        for (int y = 0; y < l; y++) {
            stepOf[y] = y == 0 ? 1 : config.typeSteps().getOrDefault(labels[y].substring(2), 1f);
        }
        int[] order = new int[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(runSeed);
        LogLossTraining logLoss = config.logLoss() == null ? null
                : new LogLossTraining(l, config.logLoss(), w.length, e == null ? 0 : e.length, sw == null ? 0 : sw.length);
        long step = 1;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            shuffle(order, random);
            for (int k : order) {
                int[] r = rows.get(k);
                int[] c = counts.get(k);
                int[] gold = golds.get(k);
                int n = gold.length;
                int[] er = edges == null ? null : edges.rows().get(k);
                int[] ec = edges == null ? null : edges.counts().get(k);
                if (logLoss != null) {
                    logLoss.update(w, acc, t, tAcc, e, eAcc, sw, sAcc, sw == null ? null : segmentRows.get(k), r, c, n, er, ec,
                            gold, config.margin(), step++);
                    continue;
                }
                int[] pred = sw != null
                        ? PerceptronTagger.decodeSegments(l, w, t, r, c, n, config.margin() > 0 ? gold : null, config.margin(), e, er, ec, sw,
                                segmentRows.get(k))
                        : edges == null ? PerceptronTagger.decode(l, w, t, r, c, n, config.margin() > 0 ? gold : null, config.margin())
                        : PerceptronTagger.decode(l, w, t, r, c, n, config.margin() > 0 ? gold : null, config.margin(), e, er, ec);
                if (sw != null) {
                    SegmentFeatures.update(types, sw, sAcc, segmentRows.get(k), gold, pred, step, stepOf);
                }
                float tau = config.aggressiveness() > 0 ? step(l, w, t, e, r, c, er, ec, gold, pred) : 1;
                if (tau > 0) {
                    float tauStep = tau * step;
                    for (int i = 0; i < n; i++) {
                        int gp = i == 0 ? l : gold[i - 1];
                        int pp = i == 0 ? l : pred[i - 1];
                        if (gold[i] != pred[i]) {
                            int base = i * NerFeatures.STRIDE;
                            for (int f = 0; f < c[i]; f++) {
                                int row = r[base + f] * l;
                                w[row + gold[i]] += tau * stepOf[gold[i]];
                                acc[row + gold[i]] += tauStep * stepOf[gold[i]];
                                w[row + pred[i]] -= tau * stepOf[pred[i]];
                                acc[row + pred[i]] -= tauStep * stepOf[pred[i]];
                            }
                        }
                        if (gold[i] != pred[i] || gp != pp) {
                            t[gp * l + gold[i]] += tau;
                            tAcc[gp * l + gold[i]] += tauStep;
                            t[pp * l + pred[i]] -= tau;
                            tAcc[pp * l + pred[i]] -= tauStep;
                            if (e != null) {
                                for (int f = 0; f < ec[i]; f++) {
                                    int row = er[i * NerFeatures.EDGE_STRIDE + f] * block;
                                    e[row + gp * l + gold[i]] += tau;
                                    eAcc[row + gp * l + gold[i]] += tauStep;
                                    e[row + pp * l + pred[i]] -= tau;
                                    eAcc[row + pp * l + pred[i]] -= tauStep;
                                }
                            }
                        }
                    }
                }
                step++;
            }
            if (afterEpoch != null) {
                afterEpoch.accept(withSegments(new PerceptronTagger(labels, config.bits(), average(w, acc, step), average(t, tAcc, step),
                        lexicon, config.wide(), config.edgeBits(), e == null ? null : average(e, eAcc, step), helper, stacked, config.letterGrams(), roles, config.vectorRows()),
                        sw == null ? null : average(sw, sAcc, step)), epoch);
            }
        }
        return new float[][] {average(w, acc, step), average(t, tAcc, step), e == null ? null : average(e, eAcc, step),
                sw == null ? null : average(sw, sAcc, step)};
    }

    private PerceptronTagger withSegments(PerceptronTagger model, float[] segmentWeights) {
        return segmentWeights == null ? model
                : model.withSegments(new PerceptronTagger.SegmentWeights(config.segmentBits(), segmentWeights));
    }

    /**
     * The passive-aggressive step for one decoding: (wrong tags − (gold score − predicted score)) over the
     * squared length of the update (each differing position's features and moves count twice: once up,
     * once down), capped at {@link TrainerConfig#aggressiveness}; 0 when the decoding is right.
     */
    private float step(int l, float[] w, float[] t, float[] e, int[] r, int[] c, int[] er, int[] ec, int[] gold, int[] pred) {
        int block = (l + 1) * l;
        int wrong = 0;
        double diff = 0;
        long norm = 0;
        for (int i = 0; i < gold.length; i++) {
            int gp = i == 0 ? l : gold[i - 1];
            int pp = i == 0 ? l : pred[i - 1];
            if (gold[i] != pred[i]) {
                wrong++;
                int base = i * NerFeatures.STRIDE;
                for (int f = 0; f < c[i]; f++) {
                    int row = r[base + f] * l;
                    diff += w[row + gold[i]] - w[row + pred[i]];
                }
                norm += 2L * c[i];
            }
            if (gold[i] != pred[i] || gp != pp) {
                diff += t[gp * l + gold[i]] - t[pp * l + pred[i]];
                norm += 2;
                if (e != null) {
                    for (int f = 0; f < ec[i]; f++) {
                        int row = er[i * NerFeatures.EDGE_STRIDE + f] * block;
                        diff += e[row + gp * l + gold[i]] - e[row + pp * l + pred[i]];
                    }
                    norm += 2L * ec[i];
                }
            }
        }
        if (wrong == 0 || norm == 0) {
            return 0;
        }
        return (float) Math.min(config.aggressiveness(), Math.max(0, (wrong - diff) / norm));
    }

    private static float[] average(float[] w, float[] acc, long step) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = w[i] <= -1e29f ? w[i] : w[i] - acc[i] / step;
        }
        return avg;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    /**
     * The names of the training data as gazetteer lines ("TRAIN_k", phrase), k the type's number in label
     * order, leaving out the sentences of fold {@code skip} ({@code -1}: none). A phrase takes the type
     * it has most often; a one-word name is kept only when the word is a name at least as often as not.
     */
    public static List<String> names(List<TaggedSentence> data, int skip, int folds) {
        return names(data, skip, folds, 2);
    }

    /**
     * As above; a phrase is also listed under every other type it has in at least {@code typeShare} of its
     * tagged uses (so a name that is a club in some sentences and a city in others says so).
     */
    public static List<String> names(List<TaggedSentence> data, int skip, int folds, float typeShare) {
        String[] labels = labels(data);
        java.util.Map<String, int[]> votes = new java.util.TreeMap<>();
        java.util.Map<String, Integer> plain = new java.util.HashMap<>();
        int types = (labels.length - 1) / 2;
        for (int j = 0; j < data.size(); j++) {
            if (skip >= 0 && j % folds == skip) {
                continue;
            }
            TaggedSentence s = data.get(j);
            int[] ids = repair(labels, s.tags());
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == 0) {
                    plain.merge(s.words().get(i).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                }
                if (ids[i] % 2 == 1) {
                    int end = i + 1;
                    while (end < ids.length && ids[end] == ids[i] + 1) {
                        end++;
                    }
                    if (end - i <= 6) {
                        String phrase = String.join(" ", s.words().subList(i, end)).toLowerCase(java.util.Locale.ROOT);
                        votes.computeIfAbsent(phrase, k -> new int[types])[(ids[i] - 1) / 2]++;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        votes.forEach((phrase, v) -> {
            int best = 0;
            int total = 0;
            for (int t = 0; t < v.length; t++) {
                total += v[t];
                if (v[t] > v[best]) {
                    best = t;
                }
            }
            boolean oneWord = phrase.indexOf(' ') < 0;
            GazetteerCategory c = GazetteerCategory.trained(best);
            if (c != null && (!oneWord || total >= plain.getOrDefault(phrase, 0))) {
                out.add(c.name() + "\t" + phrase);
                for (int t = 0; t < v.length; t++) {
                    GazetteerCategory other = GazetteerCategory.trained(t);
                    if (t != best && other != null && v[t] > 0 && v[t] >= typeShare * total) {
                        out.add(other.name() + "\t" + phrase);
                    }
                }
            }
        });
        return out;
    }

    /** "O" first, then B-/I- of each type in alphabetical order. */
    static String[] labels(List<TaggedSentence> data) {
        TreeSet<String> types = new TreeSet<>();
        for (TaggedSentence s : data) {
            for (String tag : s.tags()) {
                if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
                    types.add(tag.substring(2));
                }
            }
        }
        List<String> labels = new ArrayList<>();
        labels.add("O");
        for (String type : types) {
            labels.add("B-" + type);
            labels.add("I-" + type);
        }
        return labels.toArray(new String[0]);
    }

    /** Gold tag ids with an I- that does not continue its type turned into a B-. */
    private static int[] repair(String[] labels, List<String> tags) {
        List<String> names = List.of(labels);
        int[] ids = new int[tags.size()];
        String prevType = null;
        for (int i = 0; i < ids.length; i++) {
            String tag = tags.get(i);
            String type = tag.length() > 2 ? tag.substring(2) : null;
            if (tag.startsWith("I-") && !type.equals(prevType)) {
                tag = "B-" + type;
            }
            int id = names.indexOf(tag);
            ids[i] = Math.max(id, 0);
            prevType = id > 0 ? type : null;
        }
        return ids;
    }
}
