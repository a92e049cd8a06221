package dev.intisari.core.cluster;

import java.time.Duration;

/**
 * Settings of {@link OnlineStoryClusterer}.
 *
 * @param threshold      lowest score with which an article joins a story; below it, it starts a new one
 * @param mergeThreshold when an article also scores at least this with a second story, and the two stories
 *                       are similar to each other ({@code threshold}), the two stories merge
 * @param entityWeight   share of the score given to entity overlap when both sides have entities
 * @param decay          time constant of the exponential time decay of the score, or null for no decay
 * @param window         a story not updated for this long leaves the active window, or null for no limit
 * @param maxActive      most stories in the active window; the least recently updated leave first
 * @param indexTerms     a story's top terms that point to it in the inverted index
 * @param queryTerms     an article's top terms looked up in the inverted index
 * @param maxCandidates  candidate stories scored per article
 * @param maxPosting     a query term pointing to more stories than this is too common to look up
 * @param maxStoryTerms  terms kept per story centroid (the weakest are pruned)
 * @param articleTerms   an article's heaviest terms kept in its vector (the rest are mostly noise, and
 *                       every later step costs in proportion to this)
 * @param memberLinks    recent member articles kept per story: an article also scores its best cosine with
 *                       one of them, so a story whose articles cover different sides of an event still
 *                       attracts a new article close to one side (0: centroid only)
 */
public record ClusterConfig(double threshold, double mergeThreshold, double entityWeight, Duration decay,
                            Duration window, int maxActive, int indexTerms, int queryTerms, int maxCandidates,
                            int maxPosting, int maxStoryTerms, int articleTerms,
                            int memberLinks) {
    public ClusterConfig {
        if (threshold <= 0 || threshold > 1 || mergeThreshold < threshold) {
            throw new IllegalArgumentException("need 0 < threshold <= mergeThreshold");
        }
        if (entityWeight < 0 || entityWeight >= 1) {
            throw new IllegalArgumentException("entityWeight must be in [0, 1)");
        }
        if (maxActive < 1 || indexTerms < 1 || queryTerms < 1 || maxCandidates < 1 || maxPosting < 1
                || maxStoryTerms < indexTerms || memberLinks < 0 || articleTerms < queryTerms) {
            throw new IllegalArgumentException("limits must be positive, maxStoryTerms >= indexTerms");
        }
    }

    /**
     * Indonesian news articles: ten-day decay, a fortnight's window; tuned on the IndoSum dev set (see
     * docs/grouping.md).
     */
    public static ClusterConfig news() {
        return new ClusterConfig(0.20, 0.45, 0.3, Duration.ofDays(10), Duration.ofDays(14), 20_000, 24, 16, 24,
                5_000, 300, 32, 0);
    }

    public ClusterConfig withThreshold(double value) {
        return new ClusterConfig(value, Math.max(value, mergeThreshold), entityWeight, decay, window, maxActive,
                indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks);
    }

    public ClusterConfig withMergeThreshold(double value) {
        return new ClusterConfig(threshold, value, entityWeight, decay, window, maxActive, indexTerms, queryTerms,
                maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks);
    }

    /** The same settings without time: no decay, no ageing by time (the count limit still holds). */
    public ClusterConfig withoutTime() {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, null, null, maxActive, indexTerms,
                queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks);
    }

    public ClusterConfig withDecay(Duration value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, value, window, maxActive, indexTerms,
                queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks);
    }

    public ClusterConfig withArticleTerms(int value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, window, maxActive, indexTerms,
                queryTerms, maxCandidates, maxPosting, maxStoryTerms, value, memberLinks);
    }

    public ClusterConfig withMemberLinks(int value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, window, maxActive, indexTerms,
                queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, value);
    }
}
