package dev.intisari.core.quote;

import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the extractor the way the pipeline does, on test sentences. */
final class QuoteCases {
    private static final PatternQuoteExtractor EXTRACTOR = new PatternQuoteExtractor();
    private static final PerceptronEntityRecognizer RECOGNIZER = new PerceptronEntityRecognizer();

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

    /** The speaker (null when unknown) of the one statement {@code text} holds; fails when it holds another number. */
    static String onlySpeaker(String text) {
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size(), quotes::toString);
        return quotes.get(0).speaker();
    }

    /**
     * The speaker of the last statement of {@code text}, with the shipped entity stage's entities; a literal backslash-n
     * in {@code text} separates paragraphs (for one-line table rows).
     */
    static String lastSpeaker(String text) {
        return lastQuote(text).speaker();
    }

    /** The last statement of {@code text}, read as {@link #lastSpeaker} reads it. */
    static Quote lastQuote(String text) {
        String paragraphs = text.replace("\\n", "\n");
        List<Quote> quotes = quotes(paragraphs, RECOGNIZER.recognize(tokenized(paragraphs)));
        return quotes.get(quotes.size() - 1);
    }
}
