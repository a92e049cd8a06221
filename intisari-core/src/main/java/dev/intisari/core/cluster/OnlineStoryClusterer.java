package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.StableId;
import dev.intisari.model.StoryGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** First version: every duplicate group is a story, every other article a story of its own. */
public final class OnlineStoryClusterer implements StoryClusterer {
    @Override
    public List<StoryGroup> cluster(List<Article> articles, List<DuplicateGroup> duplicates) {
        Map<String, String> firstOf = new HashMap<>();
        for (DuplicateGroup g : duplicates) {
            for (String id : g.articles()) {
                firstOf.put(id, g.articles().get(0));
            }
        }
        Map<String, List<String>> stories = new LinkedHashMap<>();
        for (Article a : articles) {
            stories.computeIfAbsent(firstOf.getOrDefault(a.id(), a.id()), k -> new ArrayList<>()).add(a.id());
        }
        List<StoryGroup> groups = new ArrayList<>();
        stories.forEach((first, ids) -> groups.add(new StoryGroup(StableId.of("s", first), ids, List.of())));
        return groups;
    }
}
