package dev.intisari.store;

/**
 * Which stories to list: {@code sort} latest (by last article date) or largest (by articles); optional
 * date range (YYYY-MM-DD, stories overlapping it) and entity name; a page.
 */
public record StoryFilter(Sort sort, String from, String to, String entity, int offset, int limit) {
    public enum Sort { LATEST, LARGEST }

    public StoryFilter {
        if (sort == null) {
            sort = Sort.LATEST;
        }
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page");
        }
    }
}
