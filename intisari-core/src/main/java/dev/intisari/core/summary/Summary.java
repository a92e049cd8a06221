package dev.intisari.core.summary;

import dev.intisari.model.KeyPoint;

import java.util.List;

/**
 * What a {@link Summarizer} made of one article: its key points and the score each sentence it read was chosen
 * by (the model's probability that the sentence belongs in a summary; empty when the summarizer keeps none).
 */
public record Summary(List<KeyPoint> keyPoints, List<Double> sentenceScores) {
    public Summary {
        keyPoints = List.copyOf(keyPoints);
        sentenceScores = List.copyOf(sentenceScores);
    }
}
