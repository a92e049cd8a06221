package dev.intisari.store;

/** An article in a list. */
public record ArticleSummary(String id, String title, String outlet, String published, String url) {
}
