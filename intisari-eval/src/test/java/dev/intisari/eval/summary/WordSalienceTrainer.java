package dev.intisari.eval.summary;

import dev.intisari.core.summary.SentenceSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Session 9's experiment, not shipped (docs/summary.md, "Accuracy, session 9"): supervised word salience columns.
 * Counts, over training articles, how many sentences hold each key ({@link #keys}: a first token or a word) and
 * how many of those are gold; a key's salience is
 * {@code log((gold + a·p) / (others + a·(1 − p))) − log(p / (1 − p))}, p the share of gold sentences, a =
 * {@link #SMOOTHING}, so a key seen rarely stays near 0. Keys held by fewer than {@link #MIN_SENTENCES} training
 * sentences are left out (0). A training article's own rows are scored with its own counts taken out (leave one
 * article out), so its salience columns never see its own labels; held-out articles use the whole table.
 */
final class WordSalienceTrainer {
    static final double SMOOTHING = 20;
    static final int MIN_SENTENCES = 2;
    /** Appended columns: sal_mean, sal_max, sal_min, sal_first, sal_rank. */
    static final int WIDTH = 5;
    /** Words longer than this are skipped. */
    private static final int MAX_WORD = 40;
    /** Marks read as '"' when they open a sentence. */
    private static final String QUOTES = "\"“”„«»";

    /** One article's keys per sentence and its gold labels. */
    record Article(List<List<String>> keys, boolean[] labels) {
        static Article of(SentenceSet set, boolean[] labels) {
            List<List<String>> keys = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                keys.add(WordSalienceTrainer.keys(set.text(i)));
            }
            return new Article(keys, labels);
        }
    }

    private final Map<String, int[]> counts = new HashMap<>();
    private final double prior;

    private WordSalienceTrainer(List<Article> articles) {
        long gold = 0;
        long sentences = 0;
        for (Article a : articles) {
            for (int i = 0; i < a.labels().length; i++) {
                gold += a.labels()[i] ? 1 : 0;
                sentences++;
            }
            tally(a, counts);
        }
        prior = (double) gold / Math.max(1, sentences);
    }

    static WordSalienceTrainer count(List<Article> articles) {
        return new WordSalienceTrainer(articles);
    }

    private static void tally(Article a, Map<String, int[]> into) {
        for (int i = 0; i < a.labels().length; i++) {
            int g = a.labels()[i] ? 1 : 0;
            for (String key : a.keys().get(i)) {
                if (key != null) {
                    int[] c = into.computeIfAbsent(key, k -> new int[2]);
                    c[0] += g;
                    c[1]++;
                }
            }
        }
    }

    /** The salience of {@code a}'s keys; with {@code own} true, {@code a} was counted and its counts are taken out. */
    Map<String, Double> forArticle(Article a, boolean own) {
        Map<String, int[]> mine = new HashMap<>();
        if (own) {
            tally(a, mine);
        }
        Map<String, Double> out = new HashMap<>();
        for (List<String> keys : a.keys()) {
            for (String key : keys) {
                int[] all = key == null ? null : counts.get(key);
                if (all != null && all[1] >= MIN_SENTENCES && !out.containsKey(key)) {
                    int[] m = mine.get(key);
                    out.put(key, salience(all[0] - (m == null ? 0 : m[0]), all[1] - (m == null ? 0 : m[1])));
                }
            }
        }
        return out;
    }

    /**
     * {@code rows} with {@link #WIDTH} columns appended from {@code salience} ({@link #forArticle}): the mean,
     * largest and smallest salience of each sentence's distinct known words (0 when it has none), its first token's
     * salience, and 1 / (1 + the rank of its mean in the article, ties by position).
     */
    static double[][] append(double[][] rows, Article a, Map<String, Double> salience) {
        int n = rows.length;
        double[] mean = new double[n];
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            List<String> keys = a.keys().get(i);
            double[] known = keys.subList(1, keys.size()).stream().filter(salience::containsKey)
                    .mapToDouble(salience::get).toArray();
            mean[i] = known.length == 0 ? 0 : Arrays.stream(known).sum() / known.length;
            double[] r = Arrays.copyOf(rows[i], rows[i].length + WIDTH);
            int c = rows[i].length;
            r[c++] = mean[i];
            r[c++] = known.length == 0 ? 0 : Arrays.stream(known).max().orElse(0);
            r[c++] = known.length == 0 ? 0 : Arrays.stream(known).min().orElse(0);
            r[c] = keys.get(0) == null ? 0 : salience.getOrDefault(keys.get(0), 0.0);
            out[i] = r;
        }
        for (int i = 0; i < n; i++) {
            int rank = 0;
            for (int j = 0; j < n; j++) {
                rank += mean[j] > mean[i] || (mean[j] == mean[i] && j < i) ? 1 : 0;
            }
            out[i][rows[i].length + WIDTH - 1] = 1.0 / (rank + 1);
        }
        return out;
    }

    /**
     * The keys a sentence's columns read: its first token as "^token" (its first word lower-cased, or "^" and its
     * first mark, any quotation mark as '"'; null for an empty sentence or a first word longer than
     * {@link #MAX_WORD}), then its distinct words in order (runs of letters and digits, lower-cased character by
     * character; a run with a digit is "0"; longer runs skipped).
     */
    static List<String> keys(String sentence) {
        List<String> out = new ArrayList<>();
        int len = sentence.length();
        int p = 0;
        while (p < len && Character.isWhitespace(sentence.charAt(p))) {
            p++;
        }
        out.add(p == len || Character.isLetterOrDigit(sentence.charAt(p)) ? null
                : "^" + (QUOTES.indexOf(sentence.charAt(p)) >= 0 ? '"' : sentence.charAt(p)));
        boolean opening = p < len && out.get(0) == null;
        Set<String> distinct = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        while (p < len) {
            char c = sentence.charAt(p);
            if (!Character.isLetterOrDigit(c)) {
                p++;
                continue;
            }
            word.setLength(0);
            boolean digit = false;
            while (p < len && Character.isLetterOrDigit(c = sentence.charAt(p))) {
                digit |= Character.isDigit(c);
                word.append(Character.toLowerCase(c));
                p++;
            }
            if (word.length() > MAX_WORD && !digit) {
                opening = false;
                continue;
            }
            String key = digit ? "0" : word.toString();
            if (opening) {
                out.set(0, "^" + key);
                opening = false;
            }
            distinct.add(key);
        }
        out.addAll(distinct);
        return out;
    }

    /** The whole table as resource lines (key, tab, value), keys sorted. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        new TreeMap<>(counts).forEach((key, c) -> {
            if (c[1] >= MIN_SENTENCES) {
                out.add(key + "\t" + String.format(Locale.ROOT, "%.4f", salience(c[0], c[1])));
            }
        });
        return out;
    }

    /** Rounded to four decimals, as the resource stores it. */
    private double salience(int gold, int sentences) {
        double odds = (gold + SMOOTHING * prior) / (sentences - gold + SMOOTHING * (1 - prior));
        double v = Math.log(odds) - Math.log(prior / (1 - prior));
        return Math.round(v * 1e4) / 1e4;
    }
}
