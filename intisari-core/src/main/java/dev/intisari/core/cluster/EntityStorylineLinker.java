package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Story;
import dev.intisari.model.Storyline;

import java.util.List;
import java.util.Map;

/** First version: links nothing. */
public final class EntityStorylineLinker implements StorylineLinker {
    @Override
    public List<Storyline> link(List<Story> stories, Map<String, Article> articles) {
        return List.of();
    }
}
