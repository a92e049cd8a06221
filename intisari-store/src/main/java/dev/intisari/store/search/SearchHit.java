package dev.intisari.store.search;

/**
 * One matching article. {@code title} and {@code snippet} are HTML-escaped with the matched words in
 * {@code <mark>}; {@code published} is the contract's value or null.
 */
public record SearchHit(String id, String title, String outlet, String published, float score, String snippet) {
}
