package dev.intisari.model;

import java.util.Objects;

/**
 * A date expression of the body and its value resolved against the publication date.
 *
 * @param value {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null when it cannot be resolved
 */
public record DateMention(String text, Span span, String value) {
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
