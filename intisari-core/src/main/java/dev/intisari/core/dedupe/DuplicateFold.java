package dev.intisari.core.dedupe;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;

import java.util.List;

/**
 * Near-duplicate detection driven one article at a time by a runner that interleaves it with another fold over
 * the same reading of each article (story clustering, which needs each article's copy group as it comes).
 * {@link #read} takes what the detector needs of one article alone and may run on any thread, ahead of the fold;
 * {@link #add} folds the readings in publication order and says which group, if any, the article copies;
 * {@link #groups} then gives the groups {@link DuplicateDetector#detect} gives for the same articles.
 *
 * @param <R> what the detector reads of one article
 */
public interface DuplicateFold<R> {
    /** What the detector needs of {@code article} alone; safe to call from several threads at once. */
    R read(Article article);

    /** The next article, in publication order: updates the fold and says what it copies (itself for nothing). */
    DuplicateMatch add(R reading);

    /** The copy groups of the articles added, as {@link DuplicateDetector#detect} gives them. */
    List<DuplicateGroup> groups();
}
