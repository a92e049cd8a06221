package dev.intisari.core.text;

/** Names the language of a text as an ISO 639-1 code ("id", "ms", "en"), or "und" when unsure. */
public interface LanguageIdentifier {
    String identify(String text);
}
