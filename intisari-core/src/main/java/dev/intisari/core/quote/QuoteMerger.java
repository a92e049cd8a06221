package dev.intisari.core.quote;

import dev.intisari.model.Article;
import dev.intisari.model.StoryQuote;

import java.util.List;

/**
 * Across the articles of one story: the same statement reported by several outlets, in other words or
 * another translation, becomes one {@link StoryQuote} citing every article that carried it.
 */
public interface QuoteMerger {
    /** {@code articles} are one story's articles in publication order. */
    List<StoryQuote> merge(List<Article> articles);
}
