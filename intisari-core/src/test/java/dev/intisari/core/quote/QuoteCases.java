package dev.intisari.core.quote;

import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;

import java.util.List;

/** Runs the extractor the way the pipeline does, on test sentences. */
final class QuoteCases {
    private static final PatternQuoteExtractor EXTRACTOR = new PatternQuoteExtractor();

    private QuoteCases() {
    }

    static TokenizedText tokenized(String text) {
        List<Token> tokens = new RuleTokenizer().tokenize(text);
        return new TokenizedText(text, List.of(), new RuleSentenceSplitter().split(text, tokens, List.of()), tokens);
    }

    static List<Quote> quotes(String text) {
        return EXTRACTOR.extract("t", tokenized(text), List.of());
    }

    static List<Quote> quotes(String text, List<Entity> entities) {
        return EXTRACTOR.extract("t", tokenized(text), entities);
    }
}
