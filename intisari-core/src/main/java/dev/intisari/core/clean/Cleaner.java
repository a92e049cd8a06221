package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;

/** Separates an article's body from its boilerplate. Never throws on odd input: removes, never loses. */
public interface Cleaner {
    CleanArticle clean(RawArticle raw);
}
