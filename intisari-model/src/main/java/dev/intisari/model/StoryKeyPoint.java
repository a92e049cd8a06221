package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/**
 * A key point of a story. Its text is derivable from its first citation by deletions only; every other
 * citation states the same thing in another article.
 *
 * @param outlets the number of distinct outlets behind the point
 */
public record StoryKeyPoint(String id, String text, List<Citation> citations, int outlets) {
    public StoryKeyPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a key point cites at least one sentence");
        }
    }
}
