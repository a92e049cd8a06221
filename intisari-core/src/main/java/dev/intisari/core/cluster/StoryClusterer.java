package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.StoryGroup;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

/** Groups articles, given in publication order, into stories. */
public interface StoryClusterer {
    List<StoryGroup> cluster(List<Article> articles, List<DuplicateGroup> duplicates);

    /**
     * The same stories as {@link #cluster(List, List)}; an implementation may do the work that reads one
     * article alone on {@code pool} (null: none), ahead of the fold in order.
     */
    default List<StoryGroup> cluster(List<Article> articles, List<DuplicateGroup> duplicates, ForkJoinPool pool) {
        return cluster(articles, duplicates);
    }

    /**
     * The same clustering as a fold the caller drives one article at a time, given each article's copy group as
     * it comes (see {@link StoryFold}), or null when this clusterer offers none (then the caller uses
     * {@link #cluster}).
     */
    default StoryFold<?> startFold() {
        return null;
    }
}
