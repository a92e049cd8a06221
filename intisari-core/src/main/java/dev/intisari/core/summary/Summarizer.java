package dev.intisari.core.summary;

import dev.intisari.model.Entity;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.TokenizedText;

import java.util.List;

/** Chooses the key points of one article. */
public interface Summarizer {
    List<KeyPoint> keyPoints(String articleId, TokenizedText text, List<Entity> entities);

    /** The same with the article's headline ({@code title} may be null), which tells what the article is about. */
    default List<KeyPoint> keyPoints(String articleId, String title, TokenizedText text, List<Entity> entities) {
        return keyPoints(articleId, text, entities);
    }

    /**
     * {@link #keyPoints(String, String, TokenizedText, List)} with the sentence scores they were chosen by, for the
     * stages after it that rank the same sentences (a story's explanation); none by default.
     */
    default Summary summarize(String articleId, String title, TokenizedText text, List<Entity> entities) {
        return new Summary(keyPoints(articleId, title, text, entities), List.of());
    }
}
