package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.TokenizedText;

import java.util.List;

/** First version: finds nothing. */
public final class PatternQuoteExtractor implements QuoteExtractor {
    @Override
    public List<Quote> extract(String articleId, TokenizedText text, List<Entity> entities) {
        return List.of();
    }
}
