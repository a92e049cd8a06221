package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Features of a sentence's place in the sequence, appended to {@link SentenceFeatures}' own: what its previous and
 * next sentences look like (a summary is mostly a contiguous block, so a sentence after a strong one is likely
 * in it too), the size of its paragraph and where it ends, and how new its terms are against the sentences
 * before it.
 */
final class SequenceFeatures {
    /** Pointwise columns copied from the previous and the next sentence. */
    static final List<String> NEIGHBOUR = List.of("log_words", "centroid", "lexrank", "title_overlap", "quote",
            "connective", "sim_first", "entities", "digits");

    /** Names of the appended columns, in order. */
    static final List<String> NAMES = names();

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

    /**
     * Fills the sequence columns of {@code rows} (as wide as {@link SentenceFeatures#NAMES}, the pointwise
     * features already in their first {@link SentenceFeatures#POINTWISE} columns) and returns them; {@code columns}
     * are the positions of {@link #NEIGHBOUR}'s features in a row; {@code similarity} is the sentences' cosine
     * matrix.
     */
    static double[][] extend(SentenceSet set, double[][] rows, double[][] similarity, int[] columns) {
        int n = rows.length;
        int width = SentenceFeatures.POINTWISE;
        int[] paraStart = new int[n];
        int[] paraEnd = new int[n];
        for (int i = 0; i < n; i++) {
            paraStart[i] = i > 0 && set.paragraph(i) == set.paragraph(i - 1) ? paraStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            paraEnd[i] = i < n - 1 && set.paragraph(i) == set.paragraph(i + 1) ? paraEnd[i + 1] : i + 1;
        }
        double paragraphs = n == 0 ? 0 : set.paragraph(n - 1) - set.paragraph(0) + 1;
        double[] novelty = novelty(set);
        for (int i = 0; i < n; i++) {
            double[] r = rows[i];
            int c = width;
            for (int col : columns) {
                r[c++] = i > 0 ? rows[i - 1][col] : -1;
            }
            for (int col : columns) {
                r[c++] = i < n - 1 ? rows[i + 1][col] : -1;
            }
            r[c++] = paraEnd[i] - paraStart[i];
            r[c++] = i == paraEnd[i] - 1 ? 1 : 0;
            r[c++] = paraEnd[i] - 1 - i;
            r[c++] = Math.log(paragraphs + 1);
            r[c++] = novelty[i];
            double[] cosines = similarity[i];
            double before = 0;
            for (int j = 0; j < i; j++) {
                before = Math.max(before, cosines[j]);
            }
            double after = 0;
            for (int j = i + 1; j < n; j++) {
                after = Math.max(after, cosines[j]);
            }
            r[c++] = before;
            r[c++] = after;
        }
        return rows;
    }

    /** For every sentence, the share of its content terms that no earlier sentence has. */
    private static double[] novelty(SentenceSet set) {
        int n = set.size();
        int maxId = -1;
        for (int i = 0; i < n; i++) {
            int[] terms = set.terms(i);
            maxId = terms.length == 0 ? maxId : Math.max(maxId, terms[terms.length - 1]);
        }
        boolean[] seen = new boolean[maxId + 1];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int[] terms = set.terms(i);
            int fresh = 0;
            for (int t : terms) {
                fresh += seen[t] ? 0 : 1;
            }
            for (int t : terms) {
                seen[t] = true;
            }
            out[i] = terms.length == 0 ? 0 : (double) fresh / terms.length;
        }
        return out;
    }
}
