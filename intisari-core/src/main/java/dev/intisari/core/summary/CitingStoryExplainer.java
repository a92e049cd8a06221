package dev.intisari.core.summary;

import dev.intisari.core.quote.QuoteMerger;
import dev.intisari.core.time.TimelineBuilder;
import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.Origin;
import dev.intisari.model.OutletCoverage;
import dev.intisari.model.Story;
import dev.intisari.model.StoryGroup;
import dev.intisari.model.StoryKeyPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** First version: the earliest article's key points and title; outlets listed with their articles. */
public final class CitingStoryExplainer implements StoryExplainer {
    private final QuoteMerger quotes;
    private final TimelineBuilder timeline;

    public CitingStoryExplainer(QuoteMerger quotes, TimelineBuilder timeline) {
        this.quotes = quotes;
        this.timeline = timeline;
    }

    @Override
    public Story explain(StoryGroup group, List<Article> articles) {
        Article first = articles.get(0);
        List<StoryKeyPoint> points = new ArrayList<>();
        for (KeyPoint kp : first.keyPoints()) {
            points.add(new StoryKeyPoint(kp.id(), kp.text(), List.of(new Citation(first.id(), kp.sentence())), 1));
        }
        LinkedHashSet<String> wire = new LinkedHashSet<>();
        Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
        for (Article a : articles) {
            wire.addAll(a.wire());
            byOutlet.computeIfAbsent(Objects.requireNonNullElse(a.outlet(), "?"), k -> new ArrayList<>()).add(a);
        }
        List<OutletCoverage> outlets = new ArrayList<>();
        byOutlet.forEach((outlet, list) -> outlets.add(new OutletCoverage(outlet,
                list.get(0).published() == null ? null : list.get(0).published().value(),
                list.stream().map(Article::id).toList(), List.of(), List.of())));
        String start = articles.stream().filter(a -> a.published() != null)
                .map(a -> a.published().date().toString()).min(String::compareTo).orElse(null);
        String end = articles.stream().filter(a -> a.published() != null)
                .map(a -> a.published().date().toString()).max(String::compareTo).orElse(null);
        return new Story(group.id(), Objects.requireNonNullElse(first.title(), first.id()), group.articles(),
                start, end, new Origin(first.id(), List.copyOf(wire)), points, timeline.build(articles), List.of(),
                quotes.merge(articles), outlets);
    }
}
