package dev.intisari.model;

import java.util.Objects;

/**
 * An input line, or part of one, that the cleaned text does not keep.
 *
 * @param line 1-based line number in the input text (for HTML: in the extracted block text)
 */
public record RemovedLine(String text, RemovalKind kind, int line) {
    public RemovedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
