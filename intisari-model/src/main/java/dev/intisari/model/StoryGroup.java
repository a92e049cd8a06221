package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/**
 * The clustering stage's result for one story before it is explained: its id, its articles in
 * publication order, and ids of stories merged into it.
 */
public record StoryGroup(String id, List<String> articles, List<String> aliases) {
    public StoryGroup {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        aliases = List.copyOf(aliases);
    }
}
