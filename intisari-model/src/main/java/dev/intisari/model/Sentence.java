package dev.intisari.model;

import java.util.Objects;

/** A sentence of the cleaned body; {@code index} counts from 0 in text order. */
public record Sentence(int index, Span span) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index");
        }
    }
}
