package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Supervised word salience: for each word seen in training, how much more (or less) often than the average
 * sentence a sentence holding it is in the gold summary — the smoothed log-odds of its sentences being gold,
 * minus the prior's (words that open a summary sentence, name its actor or its event score high; "baca", "foto",
 * "kata" low). Words are runs of letters and digits, lower-cased; a run with a digit counts as the word "0". A
 * second table keys the sentence's first token (its first word, or its first mark: "(", "[", a quotation mark).
 * Built from training labels by the evaluation module and shipped as {@code word-salience.tsv} ({@code word},
 * tab, value; first tokens as {@code ^token}). Immutable; the columns cost one scan of each sentence's text.
 */
public final class WordSalience {
    private static final String RESOURCE = "word-salience.tsv";

    /** Column names, in the order {@link #columns} fills them. */
    static final List<String> NAMES = List.of("sal_mean", "sal_max", "sal_min", "sal_first", "sal_rank");

    /** Words longer than this are not looked up (no table word is). */
    private static final int MAX_WORD = 40;

    /** No salience at all: every column 0 (sentences of a text nothing was learnt for). */
    public static final WordSalience NONE = new WordSalience(Map.of());

    private final WordTable table;
    private final double[] values;

    /** A table of word saliences; keys starting with "^" are first tokens. */
    public WordSalience(Map<String, Double> saliences) {
        table = new WordTable(Math.max(16, saliences.size()));
        values = new double[saliences.size()];
        int k = 0;
        for (Map.Entry<String, Double> e : saliences.entrySet()) {
            char[] word = e.getKey().toCharArray();
            int h = 0;
            for (char c : word) {
                h = 31 * h + c;
            }
            table.put(word, WordTable.hash(h), k);
            values[k++] = e.getValue();
        }
    }

    /** The shipped table (trained on IndoSum dev folds 1-4), read once. */
    public static WordSalience standard() {
        return Holder.STANDARD;
    }

    /**
     * Writes the first four {@link #NAMES} columns of every sentence of {@code set} into {@code rows}, from column
     * {@code column}: the mean, largest and smallest salience of its distinct known words (0 when it has none) and
     * its first token's salience; returns the means (the caller ranks them). The columns are left as they are (0 in
     * fresh rows) when the table is empty.
     */
    double[] columns(SentenceSet set, double[][] rows, int column) {
        int n = set.size();
        double[] mean = new double[n];
        if (values.length == 0) {
            return mean;
        }
        char[] word = new char[MAX_WORD];
        char[] opener = new char[MAX_WORD + 1];
        opener[0] = '^';
        int[] seen = new int[64];
        for (int i = 0; i < n; i++) {
            String text = set.text(i);
            int len = text.length();
            int distinct = 0;
            double sum = 0;
            double max = 0;
            double min = 0;
            double first = 0;
            int p = 0;
            while (p < len && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            boolean opening = p < len;
            if (opening && !Character.isLetterOrDigit(text.charAt(p))) {
                char c = text.charAt(p);
                opener[1] = SentenceFeatures.isQuoteMark(c) ? '"' : c;
                first = value(opener, 2);
                opening = false;
            }
            while (p < len) {
                char c = text.charAt(p);
                if (!Character.isLetterOrDigit(c)) {
                    p++;
                    continue;
                }
                int w = 0;
                boolean digit = false;
                while (p < len && Character.isLetterOrDigit(c = text.charAt(p))) {
                    digit |= Character.isDigit(c);
                    if (w < MAX_WORD) {
                        word[w] = Character.toLowerCase(c);
                    }
                    w++;
                    p++;
                }
                if (digit) {
                    word[0] = '0';
                    w = 1;
                }
                if (w > MAX_WORD) {
                    opening = false;
                    continue;
                }
                if (opening) {
                    System.arraycopy(word, 0, opener, 1, w);
                    first = value(opener, w + 1);
                    opening = false;
                }
                int k = index(word, w);
                if (k < 0) {
                    continue;
                }
                boolean repeated = false;
                for (int s = 0; s < Math.min(distinct, seen.length) && !repeated; s++) {
                    repeated = seen[s] == k;
                }
                if (repeated) {
                    continue;
                }
                if (distinct < seen.length) {
                    seen[distinct] = k;
                }
                double v = values[k];
                max = distinct == 0 ? v : Math.max(max, v);
                min = distinct == 0 ? v : Math.min(min, v);
                sum += v;
                distinct++;
            }
            mean[i] = distinct == 0 ? 0 : sum / distinct;
            double[] r = rows[i];
            r[column] = mean[i];
            r[column + 1] = max;
            r[column + 2] = min;
            r[column + 3] = first;
        }
        return mean;
    }

    /**
     * The keys a sentence's columns read, as the table's trainer counts them: its first token as "^token" (or null
     * for an empty sentence), then its distinct words in order.
     */
    public static List<String> keys(String sentence) {
        List<String> out = new ArrayList<>();
        int len = sentence.length();
        int p = 0;
        while (p < len && Character.isWhitespace(sentence.charAt(p))) {
            p++;
        }
        out.add(p == len ? null : Character.isLetterOrDigit(sentence.charAt(p)) ? null
                : "^" + (SentenceFeatures.isQuoteMark(sentence.charAt(p)) ? '"' : sentence.charAt(p)));
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

    /** The salience of {@code word[0, len)}, 0 when unknown. */
    private double value(char[] word, int len) {
        int k = index(word, len);
        return k < 0 ? 0 : values[k];
    }

    /** The value index of {@code word[0, len)}, or -1. */
    private int index(char[] word, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + word[i];
        }
        int k = table.get(word, len, WordTable.hash(h));
        return k == WordTable.ABSENT ? -1 : k;
    }

    /** Reads {@code word}, tab, value lines. */
    static WordSalience parse(List<String> lines) {
        Map<String, Double> out = new java.util.HashMap<>();
        for (String line : lines) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("bad salience line: " + line);
            }
            out.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new WordSalience(out);
    }

    private static final class Holder {
        static final WordSalience STANDARD = parse(WordList.read(RESOURCE));
    }
}
