package dev.intisari.core.pipeline;

import dev.intisari.core.cluster.StoryFold;
import dev.intisari.core.dedupe.DuplicateFold;
import dev.intisari.core.dedupe.DuplicateMatch;
import dev.intisari.core.parallel.ComputedAhead;
import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.StoryGroup;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Near-duplicate detection and story clustering in one pass over the articles in publication order. Each article
 * is read once (from the spill, in a corpus run), and what both folds need of it alone (shingles and signature;
 * terms, names and event keys) is made on the pool ahead of the folds; then, on the calling thread, the article
 * goes through the duplicate fold and, with the copy group that fold found for it, through the story fold. The
 * story fold needs of the duplicates only the group of each article as it comes, which the duplicate fold has
 * given by then, so the copy groups and stories are the ones the two passes one after the other give.
 *
 * @param copies  the duplicate groups, as {@link dev.intisari.core.dedupe.DuplicateDetector#detect} gives them
 * @param stories the stories, as {@link dev.intisari.core.cluster.StoryClusterer#cluster} gives them
 */
record CopiesAndStories(List<DuplicateGroup> copies, List<StoryGroup> stories) {
    CopiesAndStories {
        copies = List.copyOf(copies);
        stories = List.copyOf(stories);
    }

    /** Both folds over {@code ordered}, the readings made on {@code pool} a block at a time. */
    static <D, C> CopiesAndStories fold(List<Article> ordered, DuplicateFold<D> duplicates, StoryFold<C> clusters,
                                        ForkJoinPool pool) {
        List<Reading<D, C>> readings = ComputedAhead.of(i -> {
            Article a = ordered.get(i);
            return new Reading<>(duplicates.read(a), clusters.read(a));
        }, ordered.size(), pool);
        for (Reading<D, C> r : readings) {
            DuplicateMatch match = duplicates.add(r.copies());
            clusters.add(r.stories(), match.isCopy() ? match.first() : null);
        }
        return new CopiesAndStories(duplicates.groups(), clusters.groups());
    }

    /** The duplicate fold with each call's thread CPU time counted as {@code stage} on {@code clock}. */
    static <R> DuplicateFold<R> timed(DuplicateFold<R> fold, StageClock clock, String stage) {
        return new DuplicateFold<>() {
            @Override
            public R read(Article article) {
                return clock.time(stage, () -> fold.read(article));
            }

            @Override
            public DuplicateMatch add(R reading) {
                return clock.time(stage, () -> fold.add(reading));
            }

            @Override
            public List<DuplicateGroup> groups() {
                return clock.time(stage, fold::groups);
            }
        };
    }

    /** The story fold with each call's thread CPU time counted as {@code stage} on {@code clock}. */
    static <R> StoryFold<R> timed(StoryFold<R> fold, StageClock clock, String stage) {
        return new StoryFold<>() {
            @Override
            public R read(Article article) {
                return clock.time(stage, () -> fold.read(article));
            }

            @Override
            public void add(R reading, String copyOf) {
                clock.time(stage, () -> {
                    fold.add(reading, copyOf);
                    return null;
                });
            }

            @Override
            public List<StoryGroup> groups() {
                return clock.time(stage, fold::groups);
            }
        };
    }

    /** What the two folds read of one article. */
    private record Reading<D, C>(D copies, C stories) {
    }
}
