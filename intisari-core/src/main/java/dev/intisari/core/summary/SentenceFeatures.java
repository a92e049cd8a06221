package dev.intisari.core.summary;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The features a {@link SentenceModel} weighs, one row per sentence: position in the article and in
 * its paragraph, length, TF-IDF centroid similarity and LexRank centrality (raw and as rank), similarity to
 * the opening sentence, entity and number density, quotations, connectives, datelines and questions; then the
 * {@link SequenceFeatures} of its place among its neighbours.
 */
public final class SentenceFeatures {
    /** Names of the columns that describe the sentence alone, in column order. */
    private static final List<String> POINTWISE_NAMES = List.of(
            "pos0", "pos1", "pos2", "pos3", "pos4", "pos5", "pos6", "pos7", "pos8_9", "inv_pos", "rel_pos",
            "para0", "para1", "para2", "para3", "inv_para", "para_first", "pos_in_para1", "pos_in_para2",
            "cell_0_0", "cell_0_1", "cell_1_0", "cell_1_1", "cell_2_0",
            "log_words", "words_lt8", "words_8_15", "words_16_25", "words_26_35", "words_gt45", "rel_words",
            "centroid", "centroid_rank", "lexrank", "lexrank_rank", "sim_first", "sim_max_lead", "sim_prev",
            "sim_next", "entities", "caps", "digits", "quote", "quote_open", "connective", "dateline", "question",
            "log_sentences", "title_overlap", "title_rank", "title_best");

    /** Feature names in column order (the sentence's own, then its sequence's); model resources name them. */
    public static final List<String> NAMES = Stream.concat(POINTWISE_NAMES.stream(), SequenceFeatures.NAMES.stream())
            .toList();

    /** The first columns, which describe the sentence alone (a model may use only these). */
    public static final int POINTWISE = POINTWISE_NAMES.size();

    /**
     * Sentences LexRank walks over: its cost is quadratic, and a summary's sentences lie well within the first
     * sixty (IndoSum articles have about 25); later sentences get centrality 0.
     */
    private static final int LEXRANK_SENTENCES = 60;

    /** Up to this many sentences, ranks come from an insertion sort of positions (no boxing); above, a sort. */
    private static final int RANK_BY_INSERTION = 64;

    /** Pointwise columns that {@link SequenceFeatures} copies from a sentence's neighbours. */
    private static final int[] NEIGHBOUR_COLUMNS = SequenceFeatures.NEIGHBOUR.stream()
            .mapToInt(POINTWISE_NAMES::indexOf).toArray();

    private SentenceFeatures() {
    }

    /** One row of {@link #NAMES} per sentence of {@code set}. */
    public static double[][] of(SentenceSet set, PointTrimmer trimmer) {
        return of(set, trimmer, set.similarities());
    }

    /** {@link #of(SentenceSet, PointTrimmer)} with the set's {@link SentenceSet#similarities()} already computed. */
    public static double[][] of(SentenceSet set, PointTrimmer trimmer, double[][] similarity) {
        return of(set, trimmer, similarity, new double[set.size()][NAMES.size()]);
    }

    /**
     * {@link #of(SentenceSet, PointTrimmer, double[][])} written into {@code rows}, one per sentence, each as wide as
     * {@link #NAMES} (reused rows: every column is written).
     */
    static double[][] of(SentenceSet set, PointTrimmer trimmer, double[][] similarity, double[][] rows) {
        return SequenceFeatures.extend(set, pointwise(set, trimmer, similarity, rows), similarity, NEIGHBOUR_COLUMNS);
    }

    /** {@code rows}, their first {@link #POINTWISE} columns filled. */
    private static double[][] pointwise(SentenceSet set, PointTrimmer trimmer, double[][] similarity,
                                        double[][] rows) {
        int n = set.size();
        if (n == 0) {
            return rows;
        }
        double[] centroid = set.centroidSimilarity();
        double[] lexrank = LexRank.centrality(similarity, Math.min(n, LEXRANK_SENTENCES));
        int[] centroidRank = ranks(centroid);
        int[] lexrankRank = ranks(lexrank);
        double[] title = new double[n];
        double bestTitle = 0;
        for (int i = 0; i < n; i++) {
            title[i] = set.titleOverlap(i);
            bestTitle = Math.max(bestTitle, title[i]);
        }
        int[] titleRank = ranks(title);
        double meanWords = 0;
        for (int i = 0; i < n; i++) {
            meanWords += set.words(i);
        }
        meanWords = Math.max(1, meanWords / n);
        int paraStart = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || set.paragraph(i) != set.paragraph(i - 1)) {
                paraStart = i;
            }
            String text = set.text(i);
            int words = Math.max(1, set.words(i));
            double[] r = rows[i];
            int c = 0;
            for (int p = 0; p < 8; p++) {
                r[c++] = i == p ? 1 : 0;
            }
            r[c++] = i == 8 || i == 9 ? 1 : 0;
            r[c++] = 1.0 / (i + 1);
            r[c++] = n == 1 ? 0 : (double) i / (n - 1);
            int para = set.paragraph(i);
            int inPara = i - paraStart;
            for (int p = 0; p < 4; p++) {
                r[c++] = para == p ? 1 : 0;
            }
            r[c++] = 1.0 / (para + 1);
            r[c++] = inPara == 0 ? 1 : 0;
            r[c++] = inPara == 1 ? 1 : 0;
            r[c++] = inPara == 2 ? 1 : 0;
            r[c++] = para == 0 && inPara == 0 ? 1 : 0;
            r[c++] = para == 0 && inPara == 1 ? 1 : 0;
            r[c++] = para == 1 && inPara == 0 ? 1 : 0;
            r[c++] = para == 1 && inPara == 1 ? 1 : 0;
            r[c++] = para == 2 && inPara == 0 ? 1 : 0;
            r[c++] = Math.log1p(words);
            r[c++] = words < 8 ? 1 : 0;
            r[c++] = words >= 8 && words <= 15 ? 1 : 0;
            r[c++] = words >= 16 && words <= 25 ? 1 : 0;
            r[c++] = words >= 26 && words <= 35 ? 1 : 0;
            r[c++] = words > 45 ? 1 : 0;
            r[c++] = words / meanWords;
            r[c++] = centroid[i];
            r[c++] = 1.0 / (centroidRank[i] + 1);
            r[c++] = lexrank[i] * Math.min(n, LEXRANK_SENTENCES);
            r[c++] = 1.0 / (lexrankRank[i] + 1);
            r[c++] = i == 0 ? 1 : similarity[0][i];
            double lead = 0;
            for (int j = 0; j < Math.min(3, n); j++) {
                if (j != i) {
                    lead = Math.max(lead, similarity[i][j]);
                }
            }
            r[c++] = lead;
            r[c++] = i == 0 ? 0 : similarity[i][i - 1];
            r[c++] = i == n - 1 ? 0 : similarity[i][i + 1];
            r[c++] = (double) set.entityMentions(i) / words;
            r[c++] = set.capitalised(i) / (double) words;
            r[c++] = set.numbers(i) / (double) words;
            r[c++] = set.hasQuote(i) ? 1 : 0;
            r[c++] = !text.isEmpty() && isQuoteMark(text.charAt(0)) ? 1 : 0;
            r[c++] = trimmer.startsWithConnective(text) ? 1 : 0;
            r[c++] = trimmer.startsWithDateline(text) ? 1 : 0;
            r[c++] = endsWithQuestionMark(text) ? 1 : 0;
            r[c++] = Math.log(n);
            r[c++] = title[i];
            r[c++] = set.hasTitle() ? 1.0 / (titleRank[i] + 1) : 0;
            r[c++] = set.hasTitle() && title[i] == bestTitle && bestTitle > 0 ? 1 : 0;
            assert c == POINTWISE;
        }
        return rows;
    }

    /** 0 for the highest value, ties broken by position. */
    private static int[] ranks(double[] values) {
        int n = values.length;
        int[] rank = new int[n];
        if (n > RANK_BY_INSERTION) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
            for (int r = 0; r < n; r++) {
                rank[order[r]] = r;
            }
            return rank;
        }
        // an insertion sort of the positions: stable like the sort above, so equal values keep their order
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j > 0 && Double.compare(values[i], values[order[j - 1]]) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** True when the last character that is not whitespace is a question mark. */
    private static boolean endsWithQuestionMark(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '?';
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }
}
