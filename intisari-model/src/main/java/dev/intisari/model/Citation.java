package dev.intisari.model;

import java.util.Objects;

/** A sentence of an article, cited as evidence. */
public record Citation(String article, int sentence) {
    public Citation {
        Objects.requireNonNull(article, "article");
    }
}
