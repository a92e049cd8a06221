/**
 * Who said what. Stage {@link dev.intisari.core.quote.QuoteExtractor} (implementation
 * {@link dev.intisari.core.quote.PatternQuoteExtractor}): input one article's id, its
 * {@link dev.intisari.model.TokenizedText} and its entities (possibly none); output its
 * {@link dev.intisari.model.Quote}s, direct and reported, each with a canonical speaker or null, the cue as
 * written, addressee and place. Stage {@link dev.intisari.core.quote.QuoteMerger} (implementation
 * {@link dev.intisari.core.quote.SpeakerQuoteMerger}): input one story's articles; output each statement once
 * as a {@link dev.intisari.model.StoryQuote} citing every article that carried it. Word lists live in
 * {@code src/main/resources/dev/intisari/core/quote/}. Everything else in the package is internal.
 */
package dev.intisari.core.quote;
