package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/**
 * What one outlet carried of a story: its articles, the story key points and quotes it reported, so a
 * reader sees what it left out.
 *
 * @param firstPublished the outlet's earliest publication in the story (ISO-8601), or null
 */
public record OutletCoverage(String outlet, String firstPublished, List<String> articles,
                             List<String> keyPoints, List<String> quotes) {
    public OutletCoverage {
        Objects.requireNonNull(outlet, "outlet");
        articles = List.copyOf(articles);
        keyPoints = List.copyOf(keyPoints);
        quotes = List.copyOf(quotes);
    }
}
