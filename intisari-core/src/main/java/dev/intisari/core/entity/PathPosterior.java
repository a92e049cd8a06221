package dev.intisari.core.entity;

import java.util.List;

/**
 * A tagger's best path with its posterior probability when the model's scores are read as those of a (semi-)CRF:
 * {@code exp(score of the path - log of the summed exp-scores of every allowed path)}, the sum from forward-backward
 * over the lattice the tagger decodes ({@link LogLossTraining#marginals}, or {@link SemiMarkovMarginals} when the model
 * has whole-segment weights). Meaningful for models trained with the log-loss ({@link TrainerConfig#logLoss}); a
 * perceptron's scores have no scale, so its "probabilities" are near 0 or 1. Used to filter pseudo-labelled sentences
 * in self-training (per-data-set models; the product does not call it).
 */
public final class PathPosterior {
    private PathPosterior() {
    }

    /** The best tags of a sentence and the probability the model gives that whole path (1 for no words). */
    public record Best(String[] tags, double probability) {
    }

    /** The model's best path for the words, with its posterior probability. */
    public static Best of(PerceptronTagger model, List<String> words) {
        int n = words.size();
        String[] labels = model.labels().toArray(new String[0]);
        if (n == 0) {
            return new Best(new String[0], 1);
        }
        CharSequence[] w = words.toArray(new CharSequence[0]);
        int[] ids = model.tagIds(w, n);
        PerceptronTagger.Lattice lattice = model.lattice(w, n);
        int l = labels.length;
        float[] t = model.transitions();
        double logZ = lattice.segments() == null
                ? LogLossTraining.marginals(l, t, lattice.moves(), lattice.emission(), n).logZ()
                : SemiMarkovMarginals.of(l, t, lattice.moves(), lattice.emission(), n, lattice.segments(),
                SegmentFeatures.MAX_LENGTH).logZ();
        double p = Math.min(1, Math.exp(score(l, t, lattice, ids) - logZ));
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            tags[i] = labels[ids[i]];
        }
        return new Best(tags, p);
    }

    /** The score of one tag path: emissions, moves (with their edge scores) and the segment scores of its names. */
    static double score(int l, float[] transitions, PerceptronTagger.Lattice lattice, int[] ids) {
        int block = (l + 1) * l;
        double s = 0;
        for (int i = 0; i < ids.length; i++) {
            int from = i == 0 ? l : ids[i - 1];
            s += lattice.emission()[i * l + ids[i]] + transitions[from * l + ids[i]];
            if (lattice.moves() != null) {
                s += lattice.moves()[i * block + from * l + ids[i]];
            }
        }
        if (lattice.segments() != null) {
            int types = (l - 1) / 2;
            int max = SegmentFeatures.MAX_LENGTH;
            for (int[] name : SegmentFeatures.segments(ids)) {
                s += lattice.segments()[(name[0] * max + name[1] - 1) * types + name[2]];
            }
        }
        return s;
    }
}
