package dev.intisari.model;

import java.util.Objects;

/** A word, number or punctuation mark of the cleaned text. */
public record Token(Span span, String text) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
