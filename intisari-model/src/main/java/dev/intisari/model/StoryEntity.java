package dev.intisari.model;

import java.util.Objects;

/** An entity of a story and the number of the story's articles that mention it. */
public record StoryEntity(String name, EntityType type, int articles) {
    public StoryEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
