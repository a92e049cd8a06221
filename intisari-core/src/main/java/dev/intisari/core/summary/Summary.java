package dev.intisari.core.summary;

import dev.intisari.model.ArticleTerms;
import dev.intisari.model.KeyPoint;

import java.util.List;

/**
 * What a {@link Summarizer} made of one article: its key points, the score each sentence it read was chosen by
 * (the model's probability that the sentence belongs in a summary; empty when the summarizer keeps none), and the
 * content terms of those sentences as it read them ({@code terms}, null when it keeps none).
 */
public record Summary(List<KeyPoint> keyPoints, List<Double> sentenceScores, ArticleTerms terms) {
    public Summary {
        keyPoints = List.copyOf(keyPoints);
        sentenceScores = List.copyOf(sentenceScores);
    }

    /** Key points and scores, without terms. */
    public Summary(List<KeyPoint> keyPoints, List<Double> sentenceScores) {
        this(keyPoints, sentenceScores, null);
    }
}
