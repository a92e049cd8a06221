package dev.intisari.core.dedupe;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

/** Groups exact, lightly edited and syndicated copies. {@code articles} come in publication order. */
public interface DuplicateDetector {
    List<DuplicateGroup> detect(List<Article> articles);

    /**
     * The same groups as {@link #detect(List)}; an implementation may do the work that reads one article
     * alone on {@code pool} (null: none), ahead of the fold in order.
     */
    default List<DuplicateGroup> detect(List<Article> articles, ForkJoinPool pool) {
        return detect(articles);
    }

    /**
     * The same detection as a fold the caller drives one article at a time (see {@link DuplicateFold}), or null
     * when this detector offers none (then the caller uses {@link #detect}).
     */
    default DuplicateFold<?> startFold() {
        return null;
    }
}
