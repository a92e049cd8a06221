package dev.intisari.eval.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scrapinghub article-extraction-benchmark metric, as its evaluate.py defines it: tokens are runs of
 * Unicode word characters ({@code \w+}); a page's shingles are its 4-token windows (one shorter shingle when
 * it has fewer than 4 tokens) counted as a multiset; TP/FP/FN are normalised by their sum; precision and
 * recall are averaged over pages (a page counts for precision when tp+fp > 0, for recall when tp+fn > 0;
 * fp = fn = 0 scores 1) and F1 = 2PR/(P+R) of those means.
 */
public final class ShingleMetric {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private final List<double[]> pages = new ArrayList<>();

    /** Scores one page; returns its normalised {tp, fp, fn}. */
    public double[] add(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        double[] r = sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0};
        pages.add(r);
        return r;
    }

    public static double precision(double[] r) {
        if (r[1] == 0 && r[2] == 0) {
            return 1;
        }
        return r[0] == 0 && r[1] == 0 ? 0 : r[0] / (r[0] + r[1]);
    }

    public static double recall(double[] r) {
        if (r[1] == 0 && r[2] == 0) {
            return 1;
        }
        return r[0] == 0 && r[2] == 0 ? 0 : r[0] / (r[0] + r[2]);
    }

    public static double f1(double[] r) {
        double p = precision(r);
        double q = recall(r);
        return p + q == 0 ? 0 : 2 * p * q / (p + q);
    }

    public double precision() {
        return pages.stream().filter(r -> r[0] + r[1] > 0).mapToDouble(ShingleMetric::precision).average().orElse(0);
    }

    public double recall() {
        return pages.stream().filter(r -> r[0] + r[2] > 0).mapToDouble(ShingleMetric::recall).average().orElse(0);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> window = tokens.subList(Math.min(i, tokens.size()), Math.min(i + N, tokens.size()));
            if (!window.isEmpty()) {
                out.merge(String.join("\u0001", window), 1, Integer::sum);
            }
        }
        return out;
    }
}
