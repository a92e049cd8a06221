package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.TokenizedText;

import java.util.List;

/** Finds the statements of one article and attributes each to a speaker entity when it can. */
public interface QuoteExtractor {
    List<Quote> extract(String articleId, TokenizedText text, List<Entity> entities);

    /**
     * The same for an article in {@code language} (an ISO 639-1 code such as "id" or "en", or null when
     * unknown): an extractor that knows several languages chooses its rules; the default ignores it.
     */
    default List<Quote> extract(String articleId, TokenizedText text, List<Entity> entities, String language) {
        return extract(articleId, text, entities);
    }
}
