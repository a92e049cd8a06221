package dev.intisari.eval.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Experiment columns (eval only): supervised word salience. Counts, over training articles, how many sentences
 * hold each content term (stem) and how many of those are gold, and the same for a sentence's first token; a
 * term's salience is the smoothed log-odds of its sentences being gold, minus the prior's. A training article's
 * own counts are taken out before its rows are scored (leave one article out), so its columns never see its own
 * labels. Columns: mean, max and min salience of the sentence's terms, its first token's salience, and the
 * rank of the mean within the article.
 */
final class WordSalienceColumns {
    static final int WIDTH = 5;
    private static final double SMOOTHING = 20;

    /** One article as the columns see it: each sentence's distinct stems and first token, and its labels. */
    record Article(String[][] stems, String[] firsts, boolean[] labels) {
    }

    private final Map<String, int[]> terms = new HashMap<>();
    private final Map<String, int[]> firsts = new HashMap<>();
    private long gold;
    private long sentences;

    /** Counts over {@code articles}. */
    static WordSalienceColumns count(List<Article> articles) {
        WordSalienceColumns out = new WordSalienceColumns();
        for (Article a : articles) {
            for (int i = 0; i < a.labels().length; i++) {
                int g = a.labels()[i] ? 1 : 0;
                out.gold += g;
                out.sentences++;
                for (String s : a.stems()[i]) {
                    int[] c = out.terms.computeIfAbsent(s, k -> new int[2]);
                    c[0] += g;
                    c[1]++;
                }
                int[] c = out.firsts.computeIfAbsent(a.firsts()[i], k -> new int[2]);
                c[0] += g;
                c[1]++;
            }
        }
        return out;
    }

    /**
     * {@code rows} with the salience columns appended; with {@code own} true, {@code a} is one of the counted
     * articles and its own counts are left out.
     */
    double[][] append(double[][] rows, Article a, boolean own) {
        Map<String, int[]> ownTerms = new HashMap<>();
        Map<String, int[]> ownFirsts = new HashMap<>();
        if (own) {
            for (int i = 0; i < a.labels().length; i++) {
                int g = a.labels()[i] ? 1 : 0;
                for (String s : a.stems()[i]) {
                    int[] c = ownTerms.computeIfAbsent(s, k -> new int[2]);
                    c[0] += g;
                    c[1]++;
                }
                int[] c = ownFirsts.computeIfAbsent(a.firsts()[i], k -> new int[2]);
                c[0] += g;
                c[1]++;
            }
        }
        double prior = (double) gold / Math.max(1, sentences);
        int n = rows.length;
        double[] mean = new double[n];
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double max = n == 0 ? 0 : -9;
            double min = 9;
            String[] stems = a.stems()[i];
            for (String s : stems) {
                double v = salience(terms.get(s), ownTerms.get(s), prior);
                sum += v;
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
            mean[i] = stems.length == 0 ? 0 : sum / stems.length;
            double[] r = Arrays.copyOf(rows[i], rows[i].length + WIDTH);
            int c = rows[i].length;
            r[c++] = mean[i];
            r[c++] = stems.length == 0 ? 0 : max;
            r[c++] = stems.length == 0 ? 0 : min;
            r[c++] = salience(firsts.get(a.firsts()[i]), ownFirsts.get(a.firsts()[i]), prior);
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

    private static double salience(int[] all, int[] own, double prior) {
        double g = all == null ? 0 : all[0] - (own == null ? 0 : own[0]);
        double t = all == null ? 0 : all[1] - (own == null ? 0 : own[1]);
        double odds = (g + SMOOTHING * prior) / (t - g + SMOOTHING * (1 - prior));
        return Math.log(odds) - Math.log(prior / (1 - prior));
    }

    /** The distinct words of a sentence (runs of letters and digits, lower-cased; any with a digit as "0"). */
    static String[] words(String sentence) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(sentence.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean digit = false;
            while (j < n && Character.isLetterOrDigit(sentence.charAt(j))) {
                digit |= Character.isDigit(sentence.charAt(j));
                j++;
            }
            out.add(digit ? "0" : sentence.substring(i, j).toLowerCase(Locale.ROOT));
            i = j;
        }
        return out.toArray(String[]::new);
    }

    /** The first token of a sentence: its first run of letters and digits lower-cased, else its first mark. */
    static String first(String sentence) {
        int i = 0;
        while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
            i++;
        }
        if (i == sentence.length()) {
            return "";
        }
        if (!Character.isLetterOrDigit(sentence.charAt(i))) {
            char c = sentence.charAt(i);
            return c == '“' || c == '”' ? "\"" : String.valueOf(c);
        }
        int j = i;
        while (j < sentence.length() && Character.isLetterOrDigit(sentence.charAt(j))) {
            j++;
        }
        return sentence.substring(i, j).toLowerCase(Locale.ROOT);
    }
}
