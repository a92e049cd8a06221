package dev.intisari.flink;

import dev.intisari.model.Article;
import dev.intisari.model.StoryGroup;

import java.util.List;
import java.util.Objects;

/**
 * What grouping says about one story after an article: its new membership with the member articles in
 * publication order (to be explained again), or that it was merged into another story.
 *
 * @param story      the story's id
 * @param group      the story's members and aliases; null when it was merged away
 * @param articles   the members' analysed articles, in the order of {@code group}; empty when merged away
 * @param mergedInto the story that absorbed it, or null
 */
public record StoryChange(String story, StoryGroup group, List<Article> articles, String mergedInto) {
    public StoryChange {
        Objects.requireNonNull(story, "story");
        articles = List.copyOf(articles);
        if ((group == null) == (mergedInto == null)) {
            throw new IllegalArgumentException("a change is either a new membership or a merge");
        }
    }

    public static StoryChange members(StoryGroup group, List<Article> articles) {
        return new StoryChange(group.id(), group, articles, null);
    }

    public static StoryChange merged(String story, String into) {
        return new StoryChange(story, null, List.of(), into);
    }
}
