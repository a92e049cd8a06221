package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/** One statement of a story, once, with every article that carried it. {@code speaker} may be null. */
public record StoryQuote(String speaker, String text, List<QuoteCitation> citations, int outlets) {
    public StoryQuote {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }
}
