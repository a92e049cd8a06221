package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.StoryGroup;

import java.util.List;

/** Groups articles, given in publication order, into stories. */
public interface StoryClusterer {
    List<StoryGroup> cluster(List<Article> articles, List<DuplicateGroup> duplicates);
}
