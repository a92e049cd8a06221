package dev.intisari.core.dedupe;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** First version: groups articles whose cleaned text is identical. */
public final class MinHashDuplicateDetector implements DuplicateDetector {
    @Override
    public List<DuplicateGroup> detect(List<Article> articles) {
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (Article a : articles) {
            byText.computeIfAbsent(a.text(), k -> new ArrayList<>()).add(a.id());
        }
        List<DuplicateGroup> groups = new ArrayList<>();
        for (List<String> ids : byText.values()) {
            if (ids.size() > 1) {
                groups.add(new DuplicateGroup(ids, 1.0, ids.get(0)));
            }
        }
        return groups;
    }
}
