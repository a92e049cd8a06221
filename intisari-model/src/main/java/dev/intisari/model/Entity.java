package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place of one article, with its canonical full name ("Dmitry Peskov", not
 * "Peskov") and every mention in the text.
 *
 * @param id article-local id ({@code e1}, {@code e2}, ... in order of first mention)
 */
public record Entity(String id, String name, EntityType type, List<Span> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
    }
}
