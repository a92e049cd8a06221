package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles that are copies of each other (exact, lightly edited or syndicated).
 *
 * @param similarity the lowest estimated similarity between a member and the first
 * @param first      the earliest published member
 */
public record DuplicateGroup(List<String> articles, double similarity, String first) {
    public DuplicateGroup {
        articles = List.copyOf(articles);
        Objects.requireNonNull(first, "first");
    }
}
