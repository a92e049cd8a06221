package dev.intisari.core.entity;

import dev.intisari.model.Article;

/** The linker's answer for a run: an article added to the tally, with its entities' linked names. Immutable. */
public interface Renaming {
    /**
     * {@code article} with each entity's linked name; ids, types and mentions are kept, and a quote whose
     * speaker is a renamed entity takes the new name. An article the tally never saw comes back unchanged.
     */
    Article apply(Article article);
}
