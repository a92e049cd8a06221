package dev.intisari.core.dedupe;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;

import java.util.List;

/** Groups exact, lightly edited and syndicated copies. {@code articles} come in publication order. */
public interface DuplicateDetector {
    List<DuplicateGroup> detect(List<Article> articles);
}
