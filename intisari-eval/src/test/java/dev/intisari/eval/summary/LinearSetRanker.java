package dev.intisari.eval.summary;

import dev.intisari.core.summary.SentenceSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses an article's three key points jointly: among the {@link #candidates()} most probable usable sentences
 * (by the {@link SentenceModel}), every set of three is scored by a linear function of the set's features
 * ({@link #NAMES}: the three probabilities, how similar the three are to each other, their length against the
 * article's, how many content terms they share, whether they are contiguous or open the article) and the best
 * set wins. The weights ({@link SetRankerTrainer}) are fitted by least squares to the ROUGE-1 of every candidate
 * set against IndoSum's reference summaries, with the sentence model's held-out probabilities. An experiment of
 * {@link IndoSumCrossValidationEval}, not shipped: its gain there comes from its length columns alone (it learns
 * IndoSum's summary length), and it lost on fold 5 and on detik-1000 (docs/summary.md).
 */
final class LinearSetRanker {
    /** Feature names in column order; the resource names them, so a changed list cannot load old weights. */
    public static final List<String> NAMES = List.of("p_first", "p_second", "p_third", "log_p_sum", "cos_max",
            "cos_mean", "words", "words_sq", "words_rel", "terms_unique", "contiguous", "opens", "opens_two",
            "third_is_2", "inv_last", "rel_last", "log_sentences_words", "cos_max_p_third");

    private final int candidates;
    private final double[] weights;

    public LinearSetRanker(int candidates, double[] weights) {
        if (weights.length != NAMES.size() || candidates < 3) {
            throw new IllegalArgumentException("set ranker: " + weights.length + " weights, " + candidates
                    + " candidates");
        }
        this.candidates = candidates;
        this.weights = weights.clone();
    }

    public int candidates() {
        return candidates;
    }

    /**
     * The usable sentences (at least {@code minWords} words holding a letter; every sentence when fewer than three
     * are usable) with the highest {@code scores}, best first (ties by position), at most {@link #candidates()}.
     */
    public int[] candidates(SentenceSet set, double[] scores, int minWords) {
        int n = set.size();
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (set.letterWords(i) >= minWords) {
                usable.add(i);
            }
        }
        if (usable.size() < 3) {
            usable.clear();
            for (int i = 0; i < n; i++) {
                usable.add(i);
            }
        }
        usable.sort((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : a - b);
        return usable.stream().limit(candidates).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The best three sentences, in article order, or null when the article has fewer than three: every set of
     * three {@link #candidates} is scored, the first best in the order i &lt; j &lt; k over the candidates wins.
     */
    public int[] best(SentenceSet set, double[] scores, int minWords) {
        int[] c = candidates(set, scores, minWords);
        if (c.length < 3) {
            return null;
        }
        double meanWords = meanWords(set);
        int[] best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        double[] f = new double[NAMES.size()];
        for (int a = 0; a < c.length; a++) {
            for (int b = a + 1; b < c.length; b++) {
                for (int d = b + 1; d < c.length; d++) {
                    features(set, scores, meanWords, c[a], c[b], c[d], f);
                    double value = 0;
                    for (int k = 0; k < f.length; k++) {
                        value += weights[k] * f[k];
                    }
                    if (value > bestValue) {
                        bestValue = value;
                        best = new int[] {c[a], c[b], c[d]};
                    }
                }
            }
        }
        Arrays.sort(best);
        return best;
    }

    /** The article's mean sentence length in words. */
    public static double meanWords(SentenceSet set) {
        double total = 0;
        for (int i = 0; i < set.size(); i++) {
            total += set.words(i);
        }
        return total / Math.max(1, set.size());
    }

    /** {@link #NAMES} of the set of sentences {@code x, y, z} (distinct, any order) into {@code f}. */
    public static void features(SentenceSet set, double[] scores, double meanWords, int x, int y, int z, double[] f) {
        int s0 = Math.min(x, Math.min(y, z));
        int s2 = Math.max(x, Math.max(y, z));
        int s1 = x + y + z - s0 - s2;
        double p0 = Math.max(scores[x], Math.max(scores[y], scores[z]));
        double p2 = Math.min(scores[x], Math.min(scores[y], scores[z]));
        double p1 = scores[x] + scores[y] + scores[z] - p0 - p2;
        double c01 = set.cosine(s0, s1);
        double c02 = set.cosine(s0, s2);
        double c12 = set.cosine(s1, s2);
        double cosMax = Math.max(c01, Math.max(c02, c12));
        double words = (set.words(s0) + set.words(s1) + set.words(s2)) / 100.0;
        int n = set.size();
        int[] t0 = set.terms(s0);
        int[] t1 = set.terms(s1);
        int[] t2 = set.terms(s2);
        int total = t0.length + t1.length + t2.length;
        int c = 0;
        f[c++] = p0;
        f[c++] = p1;
        f[c++] = p2;
        f[c++] = Math.log(Math.max(1e-6, p0)) + Math.log(Math.max(1e-6, p1)) + Math.log(Math.max(1e-6, p2));
        f[c++] = cosMax;
        f[c++] = (c01 + c02 + c12) / 3;
        f[c++] = words;
        f[c++] = words * words;
        f[c++] = words / Math.max(0.01, meanWords / 100);
        f[c++] = (double) distinct(t0, t1, t2) / Math.max(1, total);
        f[c++] = (s1 == s0 + 1 ? 1 : 0) + (s2 == s1 + 1 ? 1 : 0);
        f[c++] = s0 == 0 ? 1 : 0;
        f[c++] = s0 == 0 && s1 == 1 ? 1 : 0;
        f[c++] = s2 == 2 ? 1 : 0;
        f[c++] = 1.0 / (1 + s2);
        f[c++] = (double) s2 / n;
        f[c++] = Math.log(n) * words;
        f[c++] = cosMax * p2;
        assert c == NAMES.size();
    }

    /** Distinct values in the union of three sorted arrays of distinct values. */
    private static int distinct(int[] a, int[] b, int[] c) {
        int i = 0;
        int j = 0;
        int k = 0;
        int count = 0;
        while (i < a.length || j < b.length || k < c.length) {
            int min = Math.min(i < a.length ? a[i] : Integer.MAX_VALUE,
                    Math.min(j < b.length ? b[j] : Integer.MAX_VALUE, k < c.length ? c[k] : Integer.MAX_VALUE));
            count++;
            while (i < a.length && a[i] == min) {
                i++;
            }
            while (j < b.length && b[j] == min) {
                j++;
            }
            while (k < c.length && c[k] == min) {
                k++;
            }
        }
        return count;
    }
}
