package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.StoryGroup;

import java.util.List;

/**
 * Story clustering driven one article at a time by a runner that interleaves it with near-duplicate detection
 * over the same reading of each article, so that each article's copy group is known when it comes.
 * {@link #read} takes what the clusterer needs of one article alone and may run on any thread, ahead of the fold;
 * {@link #add} folds the readings in publication order; {@link #groups} then gives the stories
 * {@link StoryClusterer#cluster} gives for the same articles and copy groups.
 *
 * @param <R> what the clusterer reads of one article
 */
public interface StoryFold<R> {
    /** What the clusterer needs of {@code article} alone; safe to call from several threads at once. */
    R read(Article article);

    /**
     * The next article, in publication order; {@code copyOf} is the first article of the copy group it belongs to
     * (the duplicate groups' first), or null when it copies nothing.
     */
    void add(R reading, String copyOf);

    /** The stories of the articles added, in order of their first article. */
    List<StoryGroup> groups();
}
