package dev.intisari.store;

/** A quote as stored: its contract id, the article it is in, speaker (canonical name or null), text. */
public record StoredQuote(String id, String article, String speaker, String text, boolean direct) {
}
