package dev.intisari.store;

import java.util.List;

/** An entity across the store: its name and type, how many articles mention it, its quotes and stories. */
public record EntityView(String name, String type, int articles, List<StoredQuote> quotes,
                         List<StorySummary> stories) {
    public EntityView {
        quotes = List.copyOf(quotes);
        stories = List.copyOf(stories);
    }
}
