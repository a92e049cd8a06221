package dev.intisari.core.entity;

import dev.intisari.model.Article;

import java.util.List;

/**
 * Corpus stage: gives the same entity the same name in every article, whatever spelling or short form
 * each article used. Returns the articles in the same order with entity names (and quote speakers)
 * rewritten; ids, types and mentions are kept.
 */
public interface EntityLinker {
    List<Article> link(List<Article> articles);

    /**
     * The same linking for a run that streams its articles: add each article to the tally, then apply its
     * renaming to each article; the result equals {@link #link}'s. Articles are told apart by id. This
     * default keeps a slim copy of every article; linkers that only count names override it.
     */
    default NameTally tally() {
        return new SlimNameTally(this);
    }
}
