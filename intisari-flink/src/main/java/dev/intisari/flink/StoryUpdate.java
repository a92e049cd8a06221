package dev.intisari.flink;

import dev.intisari.model.Story;

import java.util.Objects;

/** A story as explained after its latest change, or the notice that it was merged into another story. */
public record StoryUpdate(String id, Story story, String mergedInto) {
    public StoryUpdate {
        Objects.requireNonNull(id, "id");
        if ((story == null) == (mergedInto == null)) {
            throw new IllegalArgumentException("an update is either a story or a merge");
        }
    }
}
