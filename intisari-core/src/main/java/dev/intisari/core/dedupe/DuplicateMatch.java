package dev.intisari.core.dedupe;

import java.util.Objects;

/**
 * One step of near-duplicate detection: {@code article} is a copy in the group whose earliest member is
 * {@code first}, at estimated Jaccard {@code similarity} to it ({@code 1.0} for an exact copy). An article
 * that copies nothing earlier is its own first, with similarity 1.
 */
public record DuplicateMatch(String article, String first, double similarity) {
    public DuplicateMatch {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(first, "first");
    }

    public boolean isCopy() {
        return !article.equals(first);
    }
}
