package dev.intisari.app.bench;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One generated article: the fields of the JSON Lines input plus the truth the generator knows, so
 * clustering and dedupe can be scored on it.
 *
 * @param story  the generated story it belongs to
 * @param copyOf the id of the article it is a syndicated copy of, or null
 */
public record SyntheticArticle(String id, String url, String outlet, String title, OffsetDateTime published,
                               String text, String story, String copyOf) {
    public SyntheticArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
