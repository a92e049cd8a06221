package dev.intisari.eval.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Class-based language-model word clusters by the exchange algorithm (Kneser and Ney 1993), in the
 * predictive form of Uszkoreit and Brants (2008) with both neighbours as histories: a word is predicted by
 * the word before it through its class, P(w | v) = P(w | c(w)) P(c(w) | v), and likewise by the word after
 * it. Each word of the vocabulary is moved, in turn, to the class that most raises the likelihood of the
 * text, until an iteration moves few words. Unlike {@link WordClusters} (PPMI vectors of the four
 * neighbours, k-means), the classes are chosen for the text's likelihood, as Brown clusters are, at the
 * cost of one flat clustering per granularity. Deterministic: frequency order, no randomness.
 */
final class ExchangeClustering {
    /** The most frequent words serve as histories; rarer ones share one history per side. */
    private static final int HISTORIES = 10_000;
    private static final int TABLE = 1 << 16;
    private static final double[] XLOGX = new double[TABLE];

    static {
        for (int x = 1; x < TABLE; x++) {
            XLOGX[x] = x * Math.log(x);
        }
    }

    private ExchangeClustering() {
    }

    /** Which neighbours serve as histories: both (the shipped clusters), only the word before, only the word after. */
    enum Histories { BOTH, LEFT, RIGHT }

    /** word -> class id (0-based) per granularity, for the lowercased words seen at least {@code minCount} times. */
    static Map<String, int[]> build(List<List<String>> sentences, int minCount, int[] granularities, int iterations) {
        return build(sentences, minCount, granularities, iterations, Histories.BOTH);
    }

    /** As above, with the words before, after or on both sides as histories. */
    static Map<String, int[]> build(List<List<String>> sentences, int minCount, int[] granularities, int iterations,
                                    Histories histories) {
        FrequentWords frequent = FrequentWords.of(sentences, minCount);
        List<String> vocab = frequent.words();
        Map<String, Integer> index = frequent.index();
        int v = vocab.size();
        int side = Math.min(HISTORIES, v) + 2;
        int rare = side - 2;
        int boundary = side - 1;
        boolean useLeft = histories != Histories.RIGHT;
        boolean useRight = histories != Histories.LEFT;
        int sides = (useLeft ? 1 : 0) + (useRight ? 1 : 0);
        long[] pairs = new long[countTokens(sentences, index) * sides];
        int p = 0;
        for (List<String> s : sentences) {
            int[] ids = PositionalCounts.ids(s, index);
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                int left = i == 0 ? boundary : history(ids[i - 1], rare);
                int right = i + 1 == ids.length ? boundary : history(ids[i + 1], rare);
                if (useLeft) {
                    pairs[p++] = (long) ids[i] << 32 | left;
                }
                if (useRight) {
                    pairs[p++] = (long) ids[i] << 32 | (side + right);
                }
            }
        }
        Arrays.sort(pairs, 0, p);
        int[] start = new int[v + 1];
        int[] hist = new int[p];
        int[] count = new int[p];
        long[] wordCount = new long[v];
        int distinct = 0;
        for (int k = 0; k < p; k++) {
            int w = (int) (pairs[k] >>> 32);
            int h = (int) pairs[k];
            if (distinct > 0 && k > 0 && pairs[k] == pairs[k - 1]) {
                count[distinct - 1]++;
            } else {
                hist[distinct] = h;
                count[distinct] = 1;
                distinct++;
                start[w + 1] = distinct;
            }
            wordCount[w]++;
        }
        for (int w = 1; w <= v; w++) {
            start[w] = Math.max(start[w], start[w - 1]);
        }
        for (int w = 0; w < v; w++) {
            wordCount[w] /= sides;
        }
        Map<String, int[]> out = new HashMap<>();
        for (String w : vocab) {
            out.put(w, new int[granularities.length]);
        }
        for (int g = 0; g < granularities.length; g++) {
            int[] classes = cluster(v, 2 * side, start, hist, count, wordCount, Math.min(granularities[g], v), iterations, sides);
            for (int w = 0; w < v; w++) {
                out.get(vocab.get(w))[g] = classes[w];
            }
        }
        return out;
    }

    private static int history(int id, int rare) {
        return id >= 0 && id < rare ? id : rare;
    }

    private static int countTokens(List<List<String>> sentences, Map<String, Integer> index) {
        int n = 0;
        for (List<String> s : sentences) {
            for (String w : s) {
                if (index.containsKey(w.toLowerCase(Locale.ROOT))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The exchange iterations for {@code k} classes, words visited from the most frequent. */
    private static int[] cluster(int v, int histories, int[] start, int[] hist, int[] count, long[] wordCount,
                                 int k, int iterations, int sides) {
        int[] classOf = new int[v];
        int[] byHistory = new int[histories * k];
        long[] classCount = new long[k];
        for (int w = 0; w < v; w++) {
            classOf[w] = w % k;
            move(w, w % k, +1, start, hist, count, wordCount, byHistory, classCount, k);
        }
        double[] gain = new double[k];
        for (int it = 0; it < iterations; it++) {
            int moved = 0;
            for (int w = 0; w < v; w++) {
                int from = classOf[w];
                move(w, from, -1, start, hist, count, wordCount, byHistory, classCount, k);
                long nw = wordCount[w];
                for (int c = 0; c < k; c++) {
                    gain[c] = -sides * (xlogx(classCount[c] + nw) - xlogx(classCount[c]));
                }
                for (int e = start[w]; e < start[w + 1]; e++) {
                    int n = count[e];
                    int base = hist[e] * k;
                    for (int c = 0; c < k; c++) {
                        int x = byHistory[base + c];
                        gain[c] += xlogx(x + n) - xlogx(x);
                    }
                }
                int best = from;
                for (int c = 0; c < k; c++) {
                    if (gain[c] > gain[best] + 1e-9) {
                        best = c;
                    }
                }
                if (best != from) {
                    moved++;
                }
                classOf[w] = best;
                move(w, best, +1, start, hist, count, wordCount, byHistory, classCount, k);
            }
            System.out.printf(Locale.ROOT, "  exchange k=%d iteration %d: %d of %d words moved%n", k, it + 1, moved, v);
            if (moved < v / 1000) {
                break;
            }
        }
        return classOf;
    }

    private static void move(int w, int c, int sign, int[] start, int[] hist, int[] count, long[] wordCount,
                             int[] byHistory, long[] classCount, int k) {
        for (int e = start[w]; e < start[w + 1]; e++) {
            byHistory[hist[e] * k + c] += sign * count[e];
        }
        classCount[c] += sign * wordCount[w];
    }

    private static double xlogx(long x) {
        return x < TABLE ? XLOGX[(int) x] : x * Math.log(x);
    }
}
