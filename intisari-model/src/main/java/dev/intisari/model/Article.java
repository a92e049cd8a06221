package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/** One analysed article: everything the output contract says of it. */
public record Article(String id, String source, String outlet, String url, String title, Published published,
                      String language, List<String> flags, String text, List<Span> headings,
                      List<RemovedLine> removed, Credits credits, List<String> wire, List<String> related,
                      List<Sentence> sentences, List<Entity> entities, List<Quote> quotes,
                      List<DateMention> dates, List<KeyPoint> keyPoints) {
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
    }

    /** The text of sentence {@code i}. */
    public String sentenceText(int i) {
        return sentences.get(i).span().of(text);
    }
}
