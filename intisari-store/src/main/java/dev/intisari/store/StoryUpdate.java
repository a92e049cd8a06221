package dev.intisari.store;

/**
 * What one story update did.
 *
 * @param folded         articles run through the grouping stages (all stored ones when rebuilt)
 * @param storiesChanged stories explained and written again
 * @param storiesRemoved stories that no longer exist (absorbed by another, or gone in a rebuild)
 * @param rebuilt        whether the fold restarted from an empty state over every stored article
 * @param why            why it rebuilt, or "incremental"
 * @param groupingNanos  reading the new articles and the fold (near-duplicates and clustering)
 * @param explanationNanos explaining the changed stories
 * @param writingNanos   reading back their other articles, writing the stories and the state
 */
public record StoryUpdate(int folded, int storiesChanged, int storiesRemoved, boolean rebuilt, String why,
                          long groupingNanos, long explanationNanos, long writingNanos) {
}
