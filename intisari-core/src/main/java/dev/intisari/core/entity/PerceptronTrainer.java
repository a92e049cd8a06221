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
 * deterministic.
 *
 * @param bits   feature rows are {@code 2^bits}
 * @param epochs passes over the data
 * @param seed   shuffle seed
 */
public record PerceptronTrainer(int bits, int epochs, long seed) {
    public PerceptronTrainer {
        if (bits < 10 || bits > 24 || epochs < 1) {
            throw new IllegalArgumentException("bits in 10..24 and epochs >= 1");
        }
    }

    /** Trains and returns the averaged model after the last epoch. */
    public PerceptronTagger train(List<TaggedSentence> data) {
        return train(data, (model, epoch) -> { });
    }

    /** Trains, giving the averaged model after every epoch to {@code afterEpoch} (for tuning on dev data). */
    public PerceptronTagger train(List<TaggedSentence> data, ObjIntConsumer<PerceptronTagger> afterEpoch) {
        Lexicon lexicon = Lexicon.standard();
        String[] labels = labels(data);
        int l = labels.length;
        NerFeatures features = new NerFeatures(lexicon, bits);
        List<int[]> rows = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        for (TaggedSentence s : data) {
            int n = s.words().size();
            if (n == 0) {
                continue;
            }
            int[] count = new int[n];
            rows.add(features.extract(s.words().toArray(new CharSequence[0]), n, count));
            counts.add(count);
            golds.add(repair(labels, s.tags()));
        }
        float[] w = new float[(1 << bits) * l];
        float[] acc = new float[w.length];
        float[] t = PerceptronTagger.constrain(labels, new float[(l + 1) * l]);
        float[] tAcc = new float[t.length];
        int[] order = new int[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        long step = 1;
        PerceptronTagger last = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            for (int k : order) {
                int[] r = rows.get(k);
                int[] c = counts.get(k);
                int[] gold = golds.get(k);
                int n = gold.length;
                int[] pred = PerceptronTagger.decode(l, w, t, r, c, n);
                for (int i = 0; i < n; i++) {
                    int gp = i == 0 ? l : gold[i - 1];
                    int pp = i == 0 ? l : pred[i - 1];
                    if (gold[i] != pred[i]) {
                        int base = i * NerFeatures.STRIDE;
                        for (int f = 0; f < c[i]; f++) {
                            int row = r[base + f] * l;
                            w[row + gold[i]] += 1;
                            acc[row + gold[i]] += step;
                            w[row + pred[i]] -= 1;
                            acc[row + pred[i]] -= step;
                        }
                    }
                    if (gold[i] != pred[i] || gp != pp) {
                        t[gp * l + gold[i]] += 1;
                        tAcc[gp * l + gold[i]] += step;
                        t[pp * l + pred[i]] -= 1;
                        tAcc[pp * l + pred[i]] -= step;
                    }
                }
                step++;
            }
            last = new PerceptronTagger(labels, bits, average(w, acc, step), average(t, tAcc, step), lexicon);
            afterEpoch.accept(last, epoch);
        }
        return last;
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
