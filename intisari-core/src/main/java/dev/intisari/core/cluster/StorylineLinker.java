package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Story;
import dev.intisari.model.Storyline;

import java.util.List;
import java.util.Map;

/** Links stories that continue one thread into storylines. */
public interface StorylineLinker {
    List<Storyline> link(List<Story> stories, Map<String, Article> articles);
}
