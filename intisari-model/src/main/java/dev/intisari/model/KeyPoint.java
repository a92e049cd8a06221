package dev.intisari.model;

import java.util.Objects;

/** A key point of one article: a sentence, or a clean part of it, derivable by deletions only. */
public record KeyPoint(String id, String text, int sentence) {
    public KeyPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
