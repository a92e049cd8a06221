package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Features of a sentence's place in the sequence, appended to {@link SentenceFeatures}: what its previous and
 * next sentences look like (a summary is mostly a contiguous block, so a sentence after a strong one is likely
 * in it too), the size of its paragraph and where it ends, and how new its terms are against the sentences
 * before it.
 */
public final class SequenceFeatures {
    /** Columns of {@link SentenceFeatures} copied from the neighbours. */
    private static final List<String> NEIGHBOUR = List.of("log_words", "centroid", "lexrank", "title_overlap", "quote",
            "connective", "sim_first", "entities", "digits");
    private static final int[] COLUMNS = NEIGHBOUR.stream().mapToInt(SentenceFeatures.NAMES::indexOf).toArray();

    /** Names of the appended columns, in order. */
    public static final List<String> NAMES = names();

    private SequenceFeatures() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        NEIGHBOUR.forEach(n -> names.add("prev_" + n));
        NEIGHBOUR.forEach(n -> names.add("next_" + n));
        names.addAll(List.of("para_size", "para_last", "para_left", "paragraphs", "novelty", "max_sim_before",
                "max_sim_after"));
        return List.copyOf(names);
    }

    /** {@code base} rows of {@code set} with the sequence columns appended. */
    public static double[][] extend(SentenceSet set, double[][] base) {
        int n = base.length;
        int width = base.length == 0 ? SentenceFeatures.NAMES.size() : base[0].length;
        double[][] out = new double[n][width + NAMES.size()];
        int[] paraStart = new int[n];
        int[] paraEnd = new int[n];
        for (int i = 0; i < n; i++) {
            paraStart[i] = i > 0 && set.paragraph(i) == set.paragraph(i - 1) ? paraStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            paraEnd[i] = i < n - 1 && set.paragraph(i) == set.paragraph(i + 1) ? paraEnd[i + 1] : i + 1;
        }
        double paragraphs = n == 0 ? 0 : set.paragraph(n - 1) - set.paragraph(0) + 1;
        for (int i = 0; i < n; i++) {
            double[] r = out[i];
            System.arraycopy(base[i], 0, r, 0, width);
            int c = width;
            for (int col : COLUMNS) {
                r[c++] = i > 0 ? base[i - 1][col] : -1;
            }
            for (int col : COLUMNS) {
                r[c++] = i < n - 1 ? base[i + 1][col] : -1;
            }
            r[c++] = paraEnd[i] - paraStart[i];
            r[c++] = i == paraEnd[i] - 1 ? 1 : 0;
            r[c++] = paraEnd[i] - 1 - i;
            r[c++] = Math.log(paragraphs + 1);
            r[c++] = novelty(set, i);
            double before = 0;
            for (int j = 0; j < i; j++) {
                before = Math.max(before, set.cosine(i, j));
            }
            double after = 0;
            for (int j = i + 1; j < n; j++) {
                after = Math.max(after, set.cosine(i, j));
            }
            r[c++] = before;
            r[c++] = after;
        }
        return out;
    }

    /** Share of sentence {@code i}'s content terms that no earlier sentence has. */
    private static double novelty(SentenceSet set, int i) {
        int[] terms = set.terms(i);
        if (terms.length == 0) {
            return 0;
        }
        int fresh = 0;
        for (int t : terms) {
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = java.util.Arrays.binarySearch(set.terms(j), t) >= 0;
            }
            fresh += seen ? 0 : 1;
        }
        return (double) fresh / terms.length;
    }
}
