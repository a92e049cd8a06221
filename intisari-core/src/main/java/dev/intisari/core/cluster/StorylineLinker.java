package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Story;
import dev.intisari.model.Storyline;

import java.util.List;
import java.util.Map;

/**
 * Links stories that continue one thread into storylines. A linker may read each story's articles ahead
 * ({@link #read}), on any thread, while the story's articles are at hand (as they are when it is explained), and
 * link the readings afterwards ({@link #link(List, List, Map)}): the same storylines as {@link #link(List, Map)}.
 */
public interface StorylineLinker {
    List<Storyline> link(List<Story> stories, Map<String, Article> articles);

    /** What {@link #link(List, List, Map)} needs of one story's articles, made ahead. */
    interface Reading {
    }

    /**
     * What this linker reads of {@code story}'s {@code articles} (in the story's order), or null when it reads them
     * only in {@link #link(List, Map)}. Pure, so it may run on any thread.
     */
    default Reading read(Story story, List<Article> articles) {
        return null;
    }

    /**
     * {@link #link(List, Map)} given each story's {@link #read reading} ({@code readings.get(i)} of
     * {@code stories.get(i)}); the same storylines.
     */
    default List<Storyline> link(List<Story> stories, List<Reading> readings, Map<String, Article> articles) {
        return link(stories, articles);
    }
}
