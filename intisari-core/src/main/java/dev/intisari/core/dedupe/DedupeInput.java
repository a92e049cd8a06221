package dev.intisari.core.dedupe;

import java.time.Instant;
import java.util.Objects;

/**
 * What near-duplicate detection needs of one article.
 *
 * @param when publication instant, or null when unknown (then the article never ages out of the window by
 *             time, only by count)
 * @param text the cleaned body; the title is not part of it, so a copy with a new headline still matches
 */
public record DedupeInput(String id, Instant when, String text) {
    public DedupeInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
