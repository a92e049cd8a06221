package dev.intisari.core.entity;

import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Entity;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;

import java.util.List;

/** Test support: runs the shipped recogniser over plain text with the project's tokenizer and splitter. */
final class EntityProbe {
    static final PerceptronEntityRecognizer RECOGNIZER = new PerceptronEntityRecognizer();

    private EntityProbe() {
    }

    static TokenizedText tokenized(String text) {
        List<Token> tokens = new RuleTokenizer().tokenize(text);
        List<Sentence> sentences = new RuleSentenceSplitter().split(text, tokens, List.<Span>of());
        return new TokenizedText(text, List.of(), sentences, tokens);
    }

    static List<Entity> entities(String text) {
        return RECOGNIZER.recognize(tokenized(text));
    }

    static String describe(String text) {
        StringBuilder b = new StringBuilder();
        for (Entity e : entities(text)) {
            b.append(e.type()).append(':').append(e.name()).append(" [");
            for (Span s : e.mentions()) {
                b.append(s.of(text)).append('|');
            }
            b.append("] ");
        }
        return b.toString();
    }
}
