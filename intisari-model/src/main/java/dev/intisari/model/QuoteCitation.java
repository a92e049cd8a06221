package dev.intisari.model;

import java.util.Objects;

/** A quote of an article, by the quote's id. */
public record QuoteCitation(String article, String quote) {
    public QuoteCitation {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
    }
}
