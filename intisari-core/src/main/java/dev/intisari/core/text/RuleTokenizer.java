package dev.intisari.core.text;

import dev.intisari.model.Span;
import dev.intisari.model.Token;

import java.util.ArrayList;
import java.util.List;

/** First version: letters and digits form words; every other visible character is a token of its own. */
public final class RuleTokenizer implements Tokenizer {
    @Override
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(new Span(start, i), text.substring(start, i)));
            } else {
                tokens.add(new Token(new Span(i, i + 1), text.substring(i, i + 1)));
                i++;
            }
        }
        return tokens;
    }
}
