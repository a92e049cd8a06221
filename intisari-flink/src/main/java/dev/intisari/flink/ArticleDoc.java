package dev.intisari.flink;

import dev.intisari.model.Article;

import java.util.Objects;

/**
 * One analysed, linked article as the index stores it: the article, the story it is in now, and, when it is a
 * near-duplicate, the first article of its copy group and its similarity to it.
 */
public record ArticleDoc(Article article, String story, String duplicateOf, double similarity) {
    public ArticleDoc {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(story, "story");
    }
}
