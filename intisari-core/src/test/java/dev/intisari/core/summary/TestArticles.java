package dev.intisari.core.summary;

import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Published;
import dev.intisari.model.Quote;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/** Builds analysed articles from text for the summary tests, with the rule tokenizer and splitter. */
final class TestArticles {
    private TestArticles() {
    }

    static TokenizedText tokenized(String text) {
        List<Token> tokens = new RuleTokenizer().tokenize(text);
        List<Sentence> sentences = new RuleSentenceSplitter().split(text, tokens, List.of());
        return new TokenizedText(text, List.of(), sentences, tokens);
    }

    /** Entities given as "TYPE:Name" whose every occurrence in the text is a mention. */
    static List<Entity> entities(String text, String... typed) {
        List<Entity> out = new ArrayList<>();
        for (String t : typed) {
            String name = t.substring(t.indexOf(':') + 1);
            List<Span> mentions = new ArrayList<>();
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                mentions.add(new Span(i, i + name.length()));
            }
            out.add(new Entity("e" + (out.size() + 1), name, EntityType.valueOf(t.substring(0, t.indexOf(':'))),
                    mentions));
        }
        return out;
    }

    static Article article(String id, String outlet, String published, String title, String text,
                           List<Entity> entities, List<Quote> quotes) {
        TokenizedText t = tokenized(text);
        return new Article(id, id, outlet, null, title, published == null ? null : new Published(published, "jsonl"),
                "id", List.of(), text, List.of(), List.of(), Credits.NONE, List.of(), List.of(), t.sentences(),
                entities, quotes, List.of(), new SupervisedMmrSummarizer().keyPoints(id, t, entities));
    }

    static Article article(String id, String outlet, String published, String title, String text) {
        return article(id, outlet, published, title, text, List.of(), List.of());
    }
}
