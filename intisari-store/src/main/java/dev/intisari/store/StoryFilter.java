package dev.intisari.store;

/**
 * Which stories to list: {@code sort} latest (by last article date) or largest (by articles); optional
 * date range (YYYY-MM-DD, stories overlapping it) and entity name; a page, either by {@code offset} or, for
 * deep pages, by {@code after}: the last story of the previous page (a keyset cursor, so a page costs the
 * same however deep it is and a story added meanwhile does not shift the next page).
 */
public record StoryFilter(Sort sort, String from, String to, String entity, int offset, int limit,
                          StorySummary after) {
    public enum Sort { LATEST, LARGEST }

    public StoryFilter {
        if (sort == null) {
            sort = Sort.LATEST;
        }
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page");
        }
        if (after != null && offset != 0) {
            throw new IllegalArgumentException("a page is by offset or after a story, not both");
        }
    }

    /** A page by offset. */
    public StoryFilter(Sort sort, String from, String to, String entity, int offset, int limit) {
        this(sort, from, to, entity, offset, limit, null);
    }
}
