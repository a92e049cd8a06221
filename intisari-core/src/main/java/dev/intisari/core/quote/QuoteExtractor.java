package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.TokenizedText;

import java.util.List;

/** Finds the statements of one article and attributes each to a speaker entity when it can. */
public interface QuoteExtractor {
    List<Quote> extract(String articleId, TokenizedText text, List<Entity> entities);
}
