package dev.intisari.eval.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-N and ROUGE-L F1 (Lin, 2004) over lower-cased words (runs of letters and digits; punctuation
 * dropped, no stemming, no stopword removal). N-gram overlap is clipped by counts; ROUGE-L takes the longest
 * common subsequence of the whole candidate and the whole reference, each read as one sequence.
 */
public final class Rouge {
    private Rouge() {
    }

    /** Precision, recall and F1 of one comparison. */
    public record Score(double precision, double recall, double f1) {
        static Score of(double overlap, int candidate, int reference) {
            double p = candidate == 0 ? 0 : overlap / candidate;
            double r = reference == 0 ? 0 : overlap / reference;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** Lower-cased letter-and-digit runs of {@code text}. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** ROUGE-N of a candidate against a reference, both as words. */
    public static Score n(List<String> candidate, List<String> reference, int n) {
        Map<String, Integer> ref = grams(reference, n);
        Map<String, Integer> cand = grams(candidate, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : cand.entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return Score.of(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    /** ROUGE-L: longest common subsequence over the candidate's and the reference's lengths. */
    public static Score l(List<String> candidate, List<String> reference) {
        int[] previous = new int[reference.size() + 1];
        int[] current = new int[reference.size() + 1];
        for (String c : candidate) {
            for (int j = 1; j <= reference.size(); j++) {
                current[j] = c.equals(reference.get(j - 1))
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Score.of(previous[reference.size()], candidate.size(), reference.size());
    }

    private static Map<String, Integer> grams(List<String> words, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
            grams.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }
}
