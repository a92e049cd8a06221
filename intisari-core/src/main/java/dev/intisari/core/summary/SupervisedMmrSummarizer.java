package dev.intisari.core.summary;

import dev.intisari.model.Entity;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.StableId;
import dev.intisari.model.TokenizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Article key points by supervised extractive selection: a {@link SentenceModel} (by default the shipped
 * {@link BoostedTreeSentenceModel}, trained on IndoSum's gold labels) scores every sentence, maximal marginal relevance picks the best ones that do not repeat each
 * other, and a {@link PointTrimmer} cleans them by deletions only. Points keep the article's order; every
 * point passes {@link DeletionCheck} against its sentence before it is emitted.
 */
public final class SupervisedMmrSummarizer implements Summarizer {
    /** Room for an article's distinct terms (a news article has a few hundred), so the vocabulary never grows. */
    static final int VOCABULARY = 512;

    private final SentenceModel model;
    private final PointTrimmer trimmer;
    private final KeyPointConfig config;

    public SupervisedMmrSummarizer() {
        this(BoostedTreeSentenceModel.standard(), new PointTrimmer(), KeyPointConfig.DEFAULTS);
    }

    public SupervisedMmrSummarizer(SentenceModel model, PointTrimmer trimmer, KeyPointConfig config) {
        this.model = model;
        this.trimmer = trimmer;
        this.config = config;
    }

    @Override
    public List<KeyPoint> keyPoints(String articleId, TokenizedText text, List<Entity> entities) {
        return keyPoints(articleId, null, text, entities);
    }

    @Override
    public List<KeyPoint> keyPoints(String articleId, String title, TokenizedText text, List<Entity> entities) {
        return summarize(articleId, title, text, entities).keyPoints();
    }

    /**
     * The key points, the model's score of each sentence read (the first {@link KeyPointConfig#maxSentences}) and
     * those sentences' terms.
     */
    @Override
    public Summary summarize(String articleId, String title, TokenizedText text, List<Entity> entities) {
        SentenceSet set = articleSet(title, text, entities);
        ScoringBuffers buffers = ScoringBuffers.own();
        double[][] similarity = set.similarities(buffers.cosines(set.size()));
        double[] scores = model.probabilities(
                SentenceFeatures.of(set, trimmer, similarity, buffers.features(set.size())));
        int eligible = 0;
        for (int i = 0; i < set.size(); i++) {
            eligible += set.letterWords(i) >= config.minWords() ? 1 : 0;
        }
        List<KeyPoint> points = keyPoints(articleId, set, scores, similarity, config.articlePointsFor(eligible));
        Double[] kept = new Double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            kept[i] = scores[i];
        }
        // an immutable list already: the summary keeps it without a copy; the terms go on to the story's explanation
        return new Summary(points, List.of(kept), set.carried());
    }

    /** Exactly {@code k} key points (fewer only when the article has fewer sentences), in article order. */
    public List<KeyPoint> keyPoints(String articleId, SentenceSet set, int k) {
        double[][] similarity = set.similarities();
        return keyPoints(articleId, set, model.probabilities(SentenceFeatures.of(set, trimmer, similarity)),
                similarity, k);
    }

    private List<KeyPoint> keyPoints(String articleId, SentenceSet set, double[] scores, double[][] similarity,
                                     int k) {
        int[] chosen = select(set, scores, k, similarity);
        List<KeyPoint> points = new ArrayList<>();
        for (int i : chosen) {
            String sentence = set.text(i);
            String point = trimmer.trim(sentence);
            // an untrimmed point is the stripped sentence, which the fallback would give anyway
            String whole = sentence.strip();
            if (!point.equals(whole) && !DeletionCheck.derivable(point, sentence)) {
                point = whole;
            }
            points.add(new KeyPoint(StableId.of("kp", articleId, Integer.toString(i), point), point, i));
        }
        return points;
    }

    /** The model's probability that each sentence belongs in a summary. */
    public double[] scores(SentenceSet set) {
        return model.probabilities(SentenceFeatures.of(set, trimmer));
    }

    /**
     * The scores {@link #summarize} gives an article's sentences: the same set, read with the article's own
     * vocabulary (term ids in another order add the same weights in another order, which may differ in the last
     * bit).
     */
    public double[] scores(String title, TokenizedText text, List<Entity> entities) {
        return scores(articleSet(title, text, entities));
    }

    /** The sentences {@link #summarize} reads, with a vocabulary of their own. */
    private SentenceSet articleSet(String title, TokenizedText text, List<Entity> entities) {
        return SentenceSet.ofOwnTerms(config.readable(text), title, entities);
    }

    /**
     * Up to {@code k} sentence indices by maximal marginal relevance over {@code scores}, in article order.
     * Sentences shorter than the configured minimum, and pieces of a quotation split across sentences
     * ({@link QuoteFragment}), are used only when too few others remain.
     */
    public int[] select(SentenceSet set, double[] scores, int k) {
        return select(set, scores, k, null);
    }

    /** {@link #select(SentenceSet, double[], int)} reading cosines from {@code similarity} when it is not null. */
    private int[] select(SentenceSet set, double[] scores, int k, double[][] similarity) {
        int n = set.size();
        double meanWords = 0;
        for (int i = 0; i < n; i++) {
            meanWords += (double) set.words(i) / n;
        }
        // usable: long enough to say something, and not a piece of a quotation cut across sentences
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            usable[i] = set.letterWords(i) >= config.minWords() && !QuoteFragment.test(set.text(i));
        }
        boolean[] taken = new boolean[n];
        int[] chosen = new int[Math.max(0, Math.min(k, n))];
        int count = 0;
        for (boolean lastResort : new boolean[] {false, true}) {
            while (count < chosen.length) {
                int best = -1;
                double bestValue = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (taken[i] || (!lastResort && !usable[i])) {
                        continue;
                    }
                    double redundancy = 0;
                    for (int c = 0; c < count; c++) {
                        int j = chosen[c];
                        redundancy = Math.max(redundancy, similarity != null ? similarity[i][j] : set.cosine(i, j));
                    }
                    if (!lastResort && redundancy >= config.redundantCosine()) {
                        continue;
                    }
                    double salience = scores[i] - config.lengthPenalty() * set.words(i) / Math.max(1, meanWords);
                    double value = config.mmrLambda() * salience - (1 - config.mmrLambda()) * redundancy;
                    if (value > bestValue) {
                        bestValue = value;
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                taken[best] = true;
                chosen[count++] = best;
            }
        }
        int[] out = Arrays.copyOf(chosen, count);
        Arrays.sort(out);
        return out;
    }
}
