/**
 * Intisari Utama: grounded key points of articles and stories, each citing the sentences it comes from and
 * derivable from its first citation by deletions only ({@link dev.intisari.core.summary.DeletionCheck}).
 * <p>
 * Stage {@link dev.intisari.core.summary.Summarizer} (one article's {@code TokenizedText}, headline and
 * entities in; {@code KeyPoint}s out): {@link dev.intisari.core.summary.SupervisedMmrSummarizer} scores
 * sentences with boosted trees over {@link dev.intisari.core.summary.SentenceFeatures}, picks them by maximal
 * marginal relevance (a piece of a quotation cut across sentences, {@link dev.intisari.core.summary.QuoteFragment},
 * only as a last resort) and trims them with {@link dev.intisari.core.summary.PointTrimmer}.
 * <p>
 * Stage {@link dev.intisari.core.summary.StoryExplainer} (a {@code StoryGroup} and its articles in
 * publication order in; a {@code Story} out): {@link dev.intisari.core.summary.CitingStoryExplainer} picks
 * story key points citing every sentence that states the same thing, the title, entities and outlet coverage,
 * and delegates quotes to a {@code QuoteMerger} and the timeline to a {@code TimelineBuilder}.
 * <p>
 * Resources: {@code sentence-trees.tsv} (the trained model), {@code connectives.txt},
 * {@code attribution-cues.txt}, {@code dateline-patterns.txt}, {@code dependent-openings.txt}.
 */
package dev.intisari.core.summary;
