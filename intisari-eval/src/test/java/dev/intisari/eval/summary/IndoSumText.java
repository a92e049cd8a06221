package dev.intisari.eval.summary;

import dev.intisari.core.entity.EntityRecognizer;
import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.core.text.Tokenizer;
import dev.intisari.model.Entity;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * An IndoSum article as the pipeline's language layer gives it to the later stages: its sentences (IndoSum's
 * own, whose gold labels are scored) joined into one text, a space between two sentences of a paragraph and a
 * blank line between paragraphs, tokenised by the pipeline's tokenizer; and the entities the pipeline's entity
 * stage finds in it. So the key-point features see in training and evaluation what they see in the product.
 */
final class IndoSumText {
    private static final Tokenizer TOKENIZER = new RuleTokenizer();
    private static final EntityRecognizer ENTITIES = new PerceptronEntityRecognizer();

    private IndoSumText() {
    }

    /** The text, tokens and sentences of {@code d}; sentence {@code i}'s span holds exactly its sentence string. */
    static TokenizedText of(IndoSumFolds.Doc d) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < d.sentences().size(); i++) {
            if (i > 0) {
                text.append(d.paragraphs()[i] != d.paragraphs()[i - 1] ? "\n\n" : " ");
            }
            int start = text.length();
            text.append(d.sentences().get(i));
            sentences.add(new Sentence(i, new Span(start, text.length())));
        }
        String plain = text.toString();
        return new TokenizedText(plain, List.of(), sentences, TOKENIZER.tokenize(plain));
    }

    /** The pipeline's entity stage on {@code text} (an IndoSum article's or any other). */
    static List<Entity> entities(TokenizedText text) {
        return ENTITIES.recognize(text);
    }
}
