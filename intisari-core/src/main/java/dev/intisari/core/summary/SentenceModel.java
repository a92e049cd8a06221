package dev.intisari.core.summary;

/** Scores sentences for a summary: the probability that each row of {@link SentenceFeatures} belongs in it. */
public interface SentenceModel {
    double[] probabilities(double[][] rows);
}
