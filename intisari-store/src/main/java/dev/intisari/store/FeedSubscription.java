package dev.intisari.store;

/**
 * A feed that {@code intisari watch} polls: the validators of its last answer (for a conditional GET), when
 * it was last checked and the HTTP status then (null before the first poll).
 */
public record FeedSubscription(String url, String etag, String lastModified, String lastChecked,
                               Integer lastStatus) {
}
