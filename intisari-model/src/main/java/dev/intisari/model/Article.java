package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/**
 * One analysed article: everything the output contract says of it, and {@code sentenceScores}, which the contract
 * does not carry: the key-point model's probability that each of the first sentences it read belongs in a summary
 * (empty when not known, as for an article read back from the output). A story's explanation ranks the article's
 * sentences by them, so they are scored once per article, not again per story. Nor does the contract carry
 * {@code terms}, the content terms of those sentences as the key-point stage read them (null when not known), which
 * the explanation maps into its story's vocabulary instead of reading the sentences again.
 */
public record Article(String id, String source, String outlet, String url, String title, Published published,
                      String language, List<String> flags, String text, List<Span> headings,
                      List<RemovedLine> removed, Credits credits, List<String> wire, List<String> related,
                      List<Sentence> sentences, List<Entity> entities, List<Quote> quotes,
                      List<DateMention> dates, List<KeyPoint> keyPoints, List<Double> sentenceScores,
                      ArticleTerms terms) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        flags = List.copyOf(flags);
        headings = List.copyOf(headings);
        removed = List.copyOf(removed);
        Objects.requireNonNull(credits, "credits");
        wire = List.copyOf(wire);
        related = List.copyOf(related);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        keyPoints = List.copyOf(keyPoints);
        sentenceScores = List.copyOf(sentenceScores);
        if (sentenceScores.size() > sentences.size()) {
            throw new IllegalArgumentException("more sentence scores than sentences");
        }
        if (terms != null && terms.sentences() > sentences.size()) {
            throw new IllegalArgumentException("terms of more sentences than the article has");
        }
    }

    /** An article with its sentence scores and without its terms. */
    public Article(String id, String source, String outlet, String url, String title, Published published,
                   String language, List<String> flags, String text, List<Span> headings,
                   List<RemovedLine> removed, Credits credits, List<String> wire, List<String> related,
                   List<Sentence> sentences, List<Entity> entities, List<Quote> quotes,
                   List<DateMention> dates, List<KeyPoint> keyPoints, List<Double> sentenceScores) {
        this(id, source, outlet, url, title, published, language, flags, text, headings, removed, credits, wire,
                related, sentences, entities, quotes, dates, keyPoints, sentenceScores, null);
    }

    /** An article as the output contract gives it: no sentence scores, no terms. */
    public Article(String id, String source, String outlet, String url, String title, Published published,
                   String language, List<String> flags, String text, List<Span> headings,
                   List<RemovedLine> removed, Credits credits, List<String> wire, List<String> related,
                   List<Sentence> sentences, List<Entity> entities, List<Quote> quotes,
                   List<DateMention> dates, List<KeyPoint> keyPoints) {
        this(id, source, outlet, url, title, published, language, flags, text, headings, removed, credits, wire,
                related, sentences, entities, quotes, dates, keyPoints, List.of(), null);
    }

    /** The text of sentence {@code i}. */
    public String sentenceText(int i) {
        return sentences.get(i).span().of(text);
    }
}
