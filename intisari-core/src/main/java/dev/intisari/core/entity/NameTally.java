package dev.intisari.core.entity;

import dev.intisari.model.Article;

/**
 * Entity linking for a run that does not hold its articles: each analysed article is added once, in any
 * order, and when all are in, {@link #renaming()} gives the names the linker chose, to be put into each
 * article when it is read again. Not thread-safe: one thread adds.
 */
public interface NameTally {
    /** Counts what linking reads of {@code analysed}: its entities' types, names and mention spellings. */
    void add(Article analysed);

    /** The linked names of everything added so far. */
    Renaming renaming();
}
