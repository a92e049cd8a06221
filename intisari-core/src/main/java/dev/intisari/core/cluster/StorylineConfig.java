package dev.intisari.core.cluster;

import java.time.Duration;

/**
 * Settings of {@link EntityStorylineLinker}.
 *
 * @param termThreshold      lowest TF-IDF cosine of two stories' terms to link them when both name entities
 *                           and share enough of them
 * @param textOnlyThreshold  lowest cosine to link two stories on their terms alone (no shared entities known)
 * @param minSharedEntities  entities two stories must share (of their {@code topEntities}) to count as the
 *                           same actors
 * @param topEntities        a story's most mentioned entities compared
 * @param maxGap             longest time between the end of one story and the start of the next
 * @param topTerms           a story's top terms used to find candidate stories
 * @param maxPosting         a term shared by more stories than this is too common to find candidates by
 * @param maxActorShare      an actor named in more than this share of all stories (and in more than three)
 *                           is too common to tie two stories together
 */
public record StorylineConfig(double termThreshold, double textOnlyThreshold, int minSharedEntities,
                              int topEntities, Duration maxGap, int topTerms, int maxPosting,
                              double maxActorShare) {
    public StorylineConfig {
        if (termThreshold <= 0 || textOnlyThreshold < termThreshold || minSharedEntities < 1 || topEntities < 1
                || topTerms < 1 || maxPosting < 1) {
            throw new IllegalArgumentException("thresholds and limits must be positive");
        }
    }

    public static StorylineConfig defaults() {
        return new StorylineConfig(0.10, 0.35, 2, 8, Duration.ofDays(365), 20, 2_000, 0.01);
    }
}
