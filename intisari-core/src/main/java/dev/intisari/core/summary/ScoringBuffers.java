package dev.intisari.core.summary;

/**
 * The large arrays one article's key points are scored with (the sentences' cosine matrix and their feature rows),
 * kept by each thread from one article to the next. Fresh ones were about 60 KB per article, two thirds of the
 * key-point stage's allocation; in a short run, whose heap is still growing, each new array also pays the first
 * touch of its memory. Nothing here outlives one {@link SupervisedMmrSummarizer#summarize} call: the matrices are
 * filled, read and dropped before it returns, and the scores it returns are arrays of their own.
 * <p>
 * Up to {@link #SENTENCES} sentences the arrays come from the thread's pool; a longer article gets new ones.
 * A pooled matrix's rows are {@link #SENTENCES} long whatever the article's size: a reader goes by the
 * outer array's length (the sentence count), never by a row's.
 */
final class ScoringBuffers {
    /** Articles up to this many sentences are scored in pooled arrays (a news article has about 25). */
    static final int SENTENCES = 64;

    private static final ThreadLocal<ScoringBuffers> OWN = ThreadLocal.withInitial(ScoringBuffers::new);

    private final double[][] cosineRows = new double[SENTENCES][SENTENCES];
    private final double[][] featureRows = new double[SENTENCES][SentenceFeatures.NAMES.size()];
    /** For each sentence count, an outer array over the first rows of the pools. */
    private final double[][][] cosines = new double[SENTENCES + 1][][];
    private final double[][][] features = new double[SENTENCES + 1][][];

    private ScoringBuffers() {
    }

    /** This thread's buffers. */
    static ScoringBuffers own() {
        return OWN.get();
    }

    /**
     * An {@code n}-by-{@code n} matrix to fill with cosines (rows may be longer than {@code n}); what it holds is
     * left from an earlier article.
     */
    double[][] cosines(int n) {
        if (n > SENTENCES) {
            return new double[n][n];
        }
        double[][] m = cosines[n];
        if (m == null) {
            m = java.util.Arrays.copyOf(cosineRows, n);
            cosines[n] = m;
        }
        return m;
    }

    /** {@code n} feature rows as wide as {@link SentenceFeatures#NAMES}, holding an earlier article's values. */
    double[][] features(int n) {
        if (n > SENTENCES) {
            return new double[n][SentenceFeatures.NAMES.size()];
        }
        double[][] m = features[n];
        if (m == null) {
            m = java.util.Arrays.copyOf(featureRows, n);
            features[n] = m;
        }
        return m;
    }
}
