package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/** Stories that continue one thread across weeks or months. */
public record Storyline(String id, String title, List<String> stories) {
    public Storyline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        stories = List.copyOf(stories);
    }
}
