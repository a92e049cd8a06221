package dev.intisari.core.summary;

import dev.intisari.model.Article;
import dev.intisari.model.Story;
import dev.intisari.model.StoryGroup;

import java.util.List;

/**
 * Explains one story: title, key points with citations and outlet counts, timeline, entities, quotes
 * grouped by statement, and what each outlet carried.
 */
public interface StoryExplainer {
    /** {@code articles} are the group's articles in publication order. */
    Story explain(StoryGroup group, List<Article> articles);
}
