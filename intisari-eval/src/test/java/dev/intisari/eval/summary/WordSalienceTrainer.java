package dev.intisari.eval.summary;

import dev.intisari.core.summary.SentenceSet;
import dev.intisari.core.summary.WordSalience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains {@link WordSalience}: counts, over training articles, how many sentences hold each key
 * ({@link WordSalience#keys}: a first token or a word) and how many of those are gold; a key's salience is
 * {@code log((gold + a·p) / (others + a·(1 − p))) − log(p / (1 − p))}, p the share of gold sentences, a =
 * {@link #SMOOTHING}, so a key seen rarely stays near 0. Keys held by fewer than {@link #MIN_SENTENCES} training
 * sentences are left out (0). A training article's own rows are scored with its own counts taken out (leave one
 * article out), so its salience columns never see its own labels; held-out articles use the whole table.
 */
final class WordSalienceTrainer {
    static final double SMOOTHING = 20;
    static final int MIN_SENTENCES = 2;

    /** One article's keys per sentence and its gold labels. */
    record Article(List<List<String>> keys, boolean[] labels) {
        static Article of(SentenceSet set, boolean[] labels) {
            List<List<String>> keys = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                keys.add(WordSalience.keys(set.text(i)));
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

    /** The table for {@code a}'s keys; with {@code own} true, {@code a} was counted and its counts are taken out. */
    WordSalience forArticle(Article a, boolean own) {
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
        return new WordSalience(out);
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
