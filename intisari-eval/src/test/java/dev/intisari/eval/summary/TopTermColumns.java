package dev.intisari.eval.summary;

import dev.intisari.core.summary.SentenceSet;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Experiment columns (eval only) from the article alone: whether a sentence holds the article's most widespread
 * content term and how many of its five most widespread, the mean spread of its terms, whether it names the
 * article's most frequent capitalised word (a stand-in for its main actor), and whether it carries a day or a
 * date.
 */
final class TopTermColumns {
    static final int WIDTH = 5;
    private static final Pattern DATE = Pattern.compile(
            "\\b(senin|selasa|rabu|kamis|jumat|sabtu|minggu)\\b|\\(\\s*\\d{1,2}\\s*/\\s*\\d{1,2}");

    private TopTermColumns() {
    }

    static double[][] append(double[][] rows, SentenceSet set) {
        int n = set.size();
        int maxId = -1;
        for (int i = 0; i < n; i++) {
            int[] t = set.terms(i);
            maxId = t.length == 0 ? maxId : Math.max(maxId, t[t.length - 1]);
        }
        int[] df = new int[maxId + 1];
        for (int i = 0; i < n; i++) {
            for (int t : set.terms(i)) {
                df[t]++;
            }
        }
        Integer[] order = new Integer[df.length];
        for (int t = 0; t < df.length; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> df[b] != df[a] ? df[b] - df[a] : a - b);
        boolean[] top5 = new boolean[df.length];
        for (int k = 0; k < Math.min(5, order.length); k++) {
            top5[order[k]] = df[order[k]] >= 2;
        }
        int top1 = order.length > 0 && df[order[0]] >= 2 ? order[0] : -1;
        Map<String, Integer> caps = new HashMap<>();
        String[][] tokens = new String[n][];
        for (int i = 0; i < n; i++) {
            tokens[i] = set.text(i).split("\\s+");
            for (int k = 1; k < tokens[i].length; k++) {
                String w = tokens[i][k];
                if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))) {
                    caps.merge(w, 1, Integer::sum);
                }
            }
        }
        String actor = null;
        int best = 1;
        for (Map.Entry<String, Integer> e : caps.entrySet()) {
            if (e.getValue() > best || (e.getValue() == best && actor != null && e.getKey().compareTo(actor) < 0)) {
                best = e.getValue();
                actor = e.getKey();
            }
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] r = Arrays.copyOf(rows[i], rows[i].length + WIDTH);
            int c = rows[i].length;
            int[] terms = set.terms(i);
            int hasTop = 0;
            int inTop5 = 0;
            double spread = 0;
            for (int t : terms) {
                hasTop |= t == top1 ? 1 : 0;
                inTop5 += top5[t] ? 1 : 0;
                spread += n > 1 ? (df[t] - 1.0) / (n - 1) : 0;
            }
            r[c++] = hasTop;
            r[c++] = inTop5 / 5.0;
            r[c++] = terms.length == 0 ? 0 : spread / terms.length;
            boolean named = false;
            for (String w : tokens[i]) {
                named |= w.equals(actor);
            }
            r[c++] = named ? 1 : 0;
            r[c++] = DATE.matcher(set.text(i).toLowerCase(Locale.ROOT)).find() ? 1 : 0;
            out[i] = r;
        }
        return out;
    }
}
