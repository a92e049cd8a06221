package dev.intisari.store;

import java.util.List;

/**
 * One page of a story's articles in publication order (undated last), and where the next page starts:
 * {@code nextKey} and {@code nextId} are the last article's order key and id, both null on the last page.
 * Pass them back to {@link Store#articlesOf(String, String, String, int)} for the next page.
 */
public record StoryArticlePage(List<ArticleSummary> articles, String nextKey, String nextId) {
    public StoryArticlePage {
        articles = List.copyOf(articles);
        if ((nextKey == null) != (nextId == null)) {
            throw new IllegalArgumentException("a next position has both a key and an id, or neither");
        }
    }

    public boolean hasNext() {
        return nextKey != null;
    }
}
