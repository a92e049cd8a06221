package dev.intisari.core.text;

import dev.intisari.model.Token;

import java.util.List;

/** Splits text into word, number and punctuation tokens with their offsets. */
public interface Tokenizer {
    List<Token> tokenize(String text);
}
