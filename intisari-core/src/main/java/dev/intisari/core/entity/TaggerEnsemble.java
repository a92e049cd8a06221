package dev.intisari.core.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several taggers of one tag set, trained apart (other seeds, other options), decoded as one on a fixed list of
 * sentences, in one of two ways:
 * <ul>
 *   <li>{@link #summed}: the members' lattices (emission, tag move, edge move and whole-segment scores) are added and
 *   the sum decoded once. For members of one configuration this is the model whose weights are the members' weights
 *   added (averaged, up to a factor that does not change the best path).</li>
 *   <li>{@link #voted}: each member decodes on its own, and a name (start, length, type) is kept when more than half
 *   of the members' best paths have it. Two such names cannot overlap (some member would hold both).</li>
 *   <li>{@link #posteriorVoted}: with posteriors on, each member's lattice is read as a (semi-)CRF's and gives every
 *   candidate name its posterior probability ({@link SemiMarkovMarginals}); a name is kept when its probability
 *   averaged over the members is above one half. Two such names cannot overlap (the probabilities of overlapping
 *   names sum to at most 1 for each member). Meaningful for log-loss members only.</li>
 * </ul>
 * Members are added one at a time and only the sums and the members' paths are held, not the models (a per-data-set
 * model holds 0.1–0.2 GB of weights). Per-data-set evaluations only: the product decodes its one model.
 */
public final class TaggerEnsemble {
    private static final float FORBIDDEN = -1e29f;

    private final String[] labels;
    private final List<CharSequence[]> sentences;
    private final float[] transitions;
    private final float[][] emission;
    private final float[][] moves;
    private float[][] segments;
    /** Per member, each sentence's best tag ids by that member alone. */
    private final List<int[][]> paths = new ArrayList<>();
    /** Per sentence, every candidate name's posterior probability summed over the members; null with posteriors off. */
    private final float[][] namePosteriors;

    /** An ensemble with no member yet over these sentences, for taggers of these labels. */
    public TaggerEnsemble(List<String> labels, List<List<String>> sentences) {
        this(labels, sentences, false);
    }

    /** As above; with {@code posteriors}, each member's name probabilities are summed too (for {@link #posteriorVoted}). */
    public TaggerEnsemble(List<String> labels, List<List<String>> sentences, boolean posteriors) {
        this.labels = labels.toArray(new String[0]);
        this.sentences = new ArrayList<>();
        int l = this.labels.length;
        this.transitions = new float[(l + 1) * l];
        this.emission = new float[sentences.size()][];
        this.moves = new float[sentences.size()][];
        for (int j = 0; j < sentences.size(); j++) {
            List<String> words = sentences.get(j);
            this.sentences.add(words.toArray(new CharSequence[0]));
            emission[j] = new float[words.size() * l];
            moves[j] = new float[words.size() * (l + 1) * l];
        }
        this.namePosteriors = posteriors ? new float[sentences.size()][] : null;
    }

    /** How many taggers were added. */
    public int members() {
        return paths.size();
    }

    /** Adds a tagger: its lattice of every sentence to the sums, and its own best path of every sentence. */
    public void add(PerceptronTagger model) {
        if (!Arrays.equals(labels, model.labels().toArray(new String[0]))) {
            throw new IllegalArgumentException("an ensemble's members share one tag set: " + model.labels());
        }
        int l = labels.length;
        float[] t = model.transitions();
        for (int k = 0; k < transitions.length; k++) {
            transitions[k] += t[k];
        }
        int[][] own = new int[sentences.size()][];
        for (int j = 0; j < sentences.size(); j++) {
            CharSequence[] words = sentences.get(j);
            int n = words.length;
            own[j] = model.tagIds(words, n);
            if (n == 0) {
                continue;
            }
            PerceptronTagger.Lattice lattice = model.lattice(words, n);
            addInto(emission[j], lattice.emission());
            if (lattice.moves() != null) {
                addInto(moves[j], lattice.moves());
            }
            if (lattice.segments() != null) {
                if (segments == null) {
                    segments = new float[sentences.size()][];
                }
                if (segments[j] == null) {
                    segments[j] = new float[n * SegmentFeatures.MAX_LENGTH * ((l - 1) / 2)];
                }
                addInto(segments[j], lattice.segments());
            }
            if (namePosteriors != null) {
                addNames(j, l, model.transitions(), lattice, n);
            }
        }
        paths.add(own);
    }

    /** Adds a member's posterior probability of every candidate name of sentence {@code j} (a first-order member: no segment scores). */
    private void addNames(int j, int l, float[] t, PerceptronTagger.Lattice lattice, int n) {
        int max = SegmentFeatures.MAX_LENGTH;
        float[] seg = lattice.segments() != null ? lattice.segments() : new float[n * max * ((l - 1) / 2)];
        double[] q = SemiMarkovMarginals.of(l, t, lattice.moves(), lattice.emission(), n, seg, max).names();
        if (namePosteriors[j] == null) {
            namePosteriors[j] = new float[q.length];
        }
        for (int k = 0; k < q.length; k++) {
            namePosteriors[j][k] += (float) q[k];
        }
    }

    private static void addInto(float[] sum, float[] add) {
        for (int k = 0; k < sum.length; k++) {
            sum[k] += add[k];
        }
    }

    /** The best tags of sentence {@code j} under the summed scores of every member. */
    public String[] summed(int j) {
        requireMembers();
        int n = sentences.get(j).length;
        if (n == 0) {
            return new String[0];
        }
        int l = labels.length;
        float[] seg = segments == null ? null : segments[j] != null ? segments[j]
                : new float[n * SegmentFeatures.MAX_LENGTH * ((l - 1) / 2)];
        int[] ids = seg != null
                ? SemiMarkovDecoder.decode(l, transitions, moves[j], emission[j], n, seg, SegmentFeatures.MAX_LENGTH)
                : ViterbiDecoder.decode(l, transitions, moves[j], emission[j], n, FORBIDDEN * paths.size());
        return names(ids);
    }

    /** The tags of sentence {@code j} that keep every name more than half of the members' own best paths have. */
    public String[] voted(int j) {
        requireMembers();
        int n = sentences.get(j).length;
        Map<List<Integer>, Integer> votes = new HashMap<>();
        for (int[][] member : paths) {
            for (int[] name : SegmentFeatures.segments(member[j])) {
                votes.merge(List.of(name[0], name[1], name[2]), 1, Integer::sum);
            }
        }
        int[] ids = new int[n];
        votes.forEach((name, count) -> {
            if (2 * count > paths.size()) {
                int start = name.get(0);
                int type = name.get(2);
                ids[start] = 2 * type + 1;
                for (int i = start + 1; i < start + name.get(1); i++) {
                    ids[i] = 2 * type + 2;
                }
            }
        });
        return names(ids);
    }

    /** The tags of sentence {@code j} that keep every name whose posterior probability, averaged over the members, is above one half. */
    public String[] posteriorVoted(int j) {
        requireMembers();
        if (namePosteriors == null) {
            throw new IllegalStateException("an ensemble built without posteriors");
        }
        int n = sentences.get(j).length;
        int[] ids = new int[n];
        float[] q = namePosteriors[j];
        int types = (labels.length - 1) / 2;
        int max = SegmentFeatures.MAX_LENGTH;
        for (int s = 0; q != null && s < q.length; s++) {
            int start = s / types / max;
            int length = s / types % max + 1;
            if (2 * q[s] > paths.size() && free(ids, start, length)) {
                int type = s % types;
                ids[start] = 2 * type + 1;
                for (int i = start + 1; i < start + length; i++) {
                    ids[i] = 2 * type + 2;
                }
            }
        }
        return names(ids);
    }

    /**
     * The tags of sentence {@code j} whose names, none overlapping, have the largest sum of (mean posterior probability
     * minus {@code threshold}), each name above the threshold (a best set of intervals, found left to right). At a
     * threshold of one half this is {@link #posteriorVoted}; below it, of two overlapping names the members spread
     * their probability over, the surer one is kept where the half threshold drops both.
     */
    public String[] posteriorDecoded(int j, double threshold) {
        requireMembers();
        if (namePosteriors == null) {
            throw new IllegalStateException("an ensemble built without posteriors");
        }
        int n = sentences.get(j).length;
        float[] q = namePosteriors[j];
        int types = (labels.length - 1) / 2;
        int max = SegmentFeatures.MAX_LENGTH;
        double[] best = new double[n + 1];
        int[] chosen = new int[n + 1];
        for (int end = 1; end <= n; end++) {
            best[end] = best[end - 1];
            chosen[end] = -1;
            for (int k = 1; k <= max && k <= end && q != null; k++) {
                int start = end - k;
                for (int y = 0; y < types; y++) {
                    int s = (start * max + k - 1) * types + y;
                    double gain = q[s] / paths.size() - threshold;
                    if (gain > 0 && best[start] + gain > best[end]) {
                        best[end] = best[start] + gain;
                        chosen[end] = s;
                    }
                }
            }
        }
        int[] ids = new int[n];
        for (int end = n; end > 0; ) {
            int s = chosen[end];
            if (s < 0) {
                end--;
                continue;
            }
            int start = s / types / max;
            int type = s % types;
            ids[start] = 2 * type + 1;
            for (int i = start + 1; i < end; i++) {
                ids[i] = 2 * type + 2;
            }
            end = start;
        }
        return names(ids);
    }

    /** Whether no name was kept yet on these words (rounding could lift two overlapping names just above one half). */
    private static boolean free(int[] ids, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (ids[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Sentence {@code j}'s tags by member {@code m} alone. */
    public String[] member(int m, int j) {
        return names(paths.get(m)[j]);
    }

    private String[] names(int[] ids) {
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = labels[ids[i]];
        }
        return out;
    }

    private void requireMembers() {
        if (paths.isEmpty()) {
            throw new IllegalStateException("an ensemble with no member");
        }
    }
}
