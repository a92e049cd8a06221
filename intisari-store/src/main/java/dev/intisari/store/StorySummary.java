package dev.intisari.store;

/** A story in a list: its size in articles and outlets, and its date range (YYYY-MM-DD or null). */
public record StorySummary(String id, String title, String start, String end, int articles, int outlets) {
}
