package dev.intisari.core.time;

import dev.intisari.model.Article;
import dev.intisari.model.TimelineEntry;

import java.util.List;

/**
 * A story's timeline: its dated statements in order, each citing its sentences, with the same event from
 * several outlets merged into one entry.
 */
public interface TimelineBuilder {
    /** {@code articles} are one story's articles in publication order. */
    List<TimelineEntry> build(List<Article> articles);
}
