package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event across outlets.
 *
 * @param id    derived from the story's earliest article, stable for the same input
 * @param start earliest publication date of its articles (YYYY-MM-DD), or null
 * @param end   latest publication date of its articles (YYYY-MM-DD), or null
 */
public record Story(String id, String title, List<String> articles, String start, String end, Origin origin,
                    List<StoryKeyPoint> keyPoints, List<TimelineEntry> timeline, List<StoryEntity> entities,
                    List<StoryQuote> quotes, List<OutletCoverage> outlets) {
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(articles);
        Objects.requireNonNull(origin, "origin");
        keyPoints = List.copyOf(keyPoints);
        timeline = List.copyOf(timeline);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        outlets = List.copyOf(outlets);
    }
}
