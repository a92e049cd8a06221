package dev.intisari.core.summary;

import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.OutletCoverage;
import dev.intisari.model.QuoteCitation;
import dev.intisari.model.StoryEntity;
import dev.intisari.model.StoryKeyPoint;
import dev.intisari.model.StoryQuote;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a story is about and what each outlet carried of it: entities counted by the articles that mention them,
 * and per outlet its first publication, its articles, the story key points it carried (one of its articles is
 * cited) and the quotes it carried (its own quote ids that a story quote cites) — so a reader sees what each
 * outlet left out.
 */
final class StoryCoverage {
    /** The outlet name of an article without one. */
    static final String UNKNOWN_OUTLET = "?";

    private StoryCoverage() {
    }

    static String outletName(Article a) {
        return a.outlet() == null || a.outlet().isBlank() ? UNKNOWN_OUTLET : a.outlet();
    }

    /** Entities by canonical name, most-mentioned first, with the number of articles naming them. */
    static List<StoryEntity> entities(List<Article> articles) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Map<EntityType, Integer>> types = new HashMap<>();
        for (Article a : articles) {
            Set<String> named = new HashSet<>();
            for (Entity e : a.entities()) {
                types.computeIfAbsent(e.name(), x -> new EnumMap<>(EntityType.class)).merge(e.type(), 1, Integer::sum);
                if (named.add(e.name())) {
                    count.merge(e.name(), 1, Integer::sum);
                }
            }
        }
        List<StoryEntity> out = new ArrayList<>();
        count.forEach((name, n) -> out.add(new StoryEntity(name, types.get(name).entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey(), n)));
        out.sort(Comparator.comparingInt(StoryEntity::articles).reversed().thenComparing(StoryEntity::name));
        return out;
    }

    /**
     * One entry per outlet in order of first publication ({@code articles} are in publication order). Each
     * citation is looked at once, so a story of any size costs time linear in its citations.
     */
    static List<OutletCoverage> outlets(List<Article> articles, List<StoryKeyPoint> points, List<StoryQuote> quotes) {
        Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
        Map<String, String> outletOf = new HashMap<>();
        for (Article a : articles) {
            byOutlet.computeIfAbsent(outletName(a), k -> new ArrayList<>()).add(a);
            outletOf.put(a.id(), outletName(a));
        }
        Map<String, List<String>> carried = new HashMap<>();
        for (StoryKeyPoint p : points) {
            Set<String> carriers = new HashSet<>();
            for (Citation c : p.citations()) {
                String outlet = outletOf.get(c.article());
                if (outlet != null && carriers.add(outlet)) {
                    carried.computeIfAbsent(outlet, k -> new ArrayList<>()).add(p.id());
                }
            }
        }
        Map<String, Set<String>> said = new HashMap<>();
        for (StoryQuote q : quotes) {
            for (QuoteCitation c : q.citations()) {
                String outlet = outletOf.get(c.article());
                if (outlet != null) {
                    said.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(c.quote());
                }
            }
        }
        List<OutletCoverage> out = new ArrayList<>();
        byOutlet.forEach((outlet, list) -> {
            List<String> ids = new ArrayList<>(list.size());
            for (Article a : list) {
                ids.add(a.id());
            }
            out.add(new OutletCoverage(outlet, firstPublished(list), ids, carried.getOrDefault(outlet, List.of()),
                    List.copyOf(said.getOrDefault(outlet, Set.of()))));
        });
        return out;
    }

    /**
     * The publication of the earliest article that gives one (the first of equal instants), or null: each article's
     * instant read once.
     */
    private static String firstPublished(List<Article> articles) {
        Article first = null;
        OffsetDateTime earliest = null;
        for (Article a : articles) {
            if (a.published() == null) {
                continue;
            }
            OffsetDateTime instant = a.published().instant();
            if (earliest == null || instant.compareTo(earliest) < 0) {
                first = a;
                earliest = instant;
            }
        }
        return first == null ? null : first.published().value();
    }
}
