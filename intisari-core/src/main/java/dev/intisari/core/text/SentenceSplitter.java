package dev.intisari.core.text;

import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;

import java.util.List;

/** Splits cleaned body text into sentences; headings are not sentences. */
public interface SentenceSplitter {
    List<Sentence> split(String text, List<Token> tokens, List<Span> headings);
}
