package dev.intisari.app.bench;

import dev.intisari.core.summary.StoryExplainer;
import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.Origin;
import dev.intisari.model.OutletCoverage;
import dev.intisari.model.Story;
import dev.intisari.model.StoryEntity;
import dev.intisari.model.StoryGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * For {@code bench --store --stories coverage} only: a story with its articles, dates, origin, top entities
 * and outlet coverage, but no key points, timeline or quotes (the title is the first article's headline), so
 * the store can be filled and read at a scale where explaining the synthetic stream's very large stories
 * takes hours (the standard explainer's key points and quote merging grow faster than linearly with a
 * story's size).
 */
final class StoreBenchExplainer implements StoryExplainer {
    @Override
    public Story explain(StoryGroup group, List<Article> articles) {
        String title = articles.stream().map(Article::title).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse(group.id());
        String start = articles.stream().filter(a -> a.published() != null)
                .map(a -> a.published().date().toString()).min(String::compareTo).orElse(null);
        String end = articles.stream().filter(a -> a.published() != null)
                .map(a -> a.published().date().toString()).max(String::compareTo).orElse(null);
        LinkedHashSet<String> wire = new LinkedHashSet<>();
        Map<String, int[]> entities = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
        for (Article a : articles) {
            wire.addAll(a.wire());
            for (Entity e : a.entities()) {
                entities.computeIfAbsent(e.name(), k -> new int[1])[0]++;
                types.putIfAbsent(e.name(), e.type().name());
            }
            byOutlet.computeIfAbsent(a.outlet() == null ? "?" : a.outlet(), k -> new ArrayList<>()).add(a);
        }
        List<StoryEntity> storyEntities = new ArrayList<>();
        entities.entrySet().stream().sorted((x, y) -> y.getValue()[0] - x.getValue()[0]).limit(20)
                .forEach(e -> storyEntities.add(new StoryEntity(e.getKey(),
                        dev.intisari.model.EntityType.valueOf(types.get(e.getKey())), e.getValue()[0])));
        List<OutletCoverage> outlets = new ArrayList<>();
        byOutlet.forEach((outlet, list) -> outlets.add(new OutletCoverage(outlet,
                list.get(0).published() == null ? null : list.get(0).published().value(),
                list.stream().map(Article::id).toList(), List.of(), List.of())));
        String first = articles.isEmpty() ? group.id() : articles.get(0).id();
        return new Story(group.id(), title, group.articles(), start, end, new Origin(first, List.copyOf(wire)),
                List.of(), List.of(), storyEntities, List.of(), outlets);
    }
}
