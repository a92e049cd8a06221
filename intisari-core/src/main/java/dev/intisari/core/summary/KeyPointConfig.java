package dev.intisari.core.summary;

import dev.intisari.model.TokenizedText;

import java.util.List;

/**
 * Thresholds of key-point selection.
 *
 * @param articlePoints      most key points of one article (fewer for short articles: half its sentences)
 * @param minWords           fewest words a sentence needs to become a key point (captions, "Baca juga")
 * @param mmrLambda          weight of salience against redundancy in an article's maximal marginal relevance
 * @param redundantCosine    a candidate this similar to a chosen point is never chosen too
 * @param sameFactCosine     two sentences this similar (story-wide TF-IDF cosine) state the same thing
 * @param sameFactContainment or when this share of the shorter sentence's terms occur in the longer one
 * @param storyPoints        most key points of a story of several articles
 * @param storyMinPoints     fewest key points of a story of several articles, when it has enough sentences
 * @param candidatesPerArticle best sentences of each article considered for the story's points
 * @param maxSentences       sentences of an article read at most (the rest of a huge text is not a summary's)
 * @param lengthPenalty      salience lost per article-mean length of a sentence (shorter points read better)
 * @param storyCandidates    most candidates of one story (each costs a pass over its terms' postings)
 * @param storyLambda        the same weight in a story's maximal marginal relevance
 */
public record KeyPointConfig(int articlePoints, int minWords, double mmrLambda, double redundantCosine,
                             double sameFactCosine, double sameFactContainment, int storyPoints,
                             int storyMinPoints, int candidatesPerArticle, int maxSentences,
                             double lengthPenalty, int storyCandidates, double storyLambda) {
    public static final KeyPointConfig DEFAULTS = new KeyPointConfig(3, 5, 0.9, 0.6, 0.5, 0.75, 5, 3, 6, 250, 0, 96,
            0.8);

    /** The first {@link #maxSentences} sentences of {@code text}. */
    public TokenizedText readable(TokenizedText text) {
        return text.sentences().size() <= maxSentences ? text
                : new TokenizedText(text.text(), text.headings(), text.sentences().subList(0, maxSentences), List.of());
    }

    /** This configuration with another article lambda and length penalty. */
    public KeyPointConfig withSelection(double lambda, double penalty) {
        return new KeyPointConfig(articlePoints, minWords, lambda, lambda >= 1 ? 1.01 : redundantCosine, sameFactCosine,
                sameFactContainment, storyPoints, storyMinPoints, candidatesPerArticle, maxSentences, penalty,
                storyCandidates, storyLambda);
    }

    /** Key points for an article with {@code eligible} usable sentences: up to 3, half of them when fewer. */
    public int articlePointsFor(int eligible) {
        return Math.min(articlePoints, (eligible + 1) / 2);
    }
}
