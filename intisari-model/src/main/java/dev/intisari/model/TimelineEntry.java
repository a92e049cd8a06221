package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/** A dated statement of a story, citing the sentences that state it. {@code date} is YYYY[-MM[-DD]]. */
public record TimelineEntry(String date, String text, List<Citation> citations) {
    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }
}
