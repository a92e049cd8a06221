package dev.intisari.store.search;

/**
 * A search: the query text (Lucene syntax; words must all match), optional filters (null for none;
 * dates as YYYY-MM-DD, inclusive) and a page ({@code offset}, {@code limit}).
 */
public record SearchQuery(String text, String outlet, String entity, String from, String to, int offset, int limit) {
    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty query");
        }
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page");
        }
    }
}
