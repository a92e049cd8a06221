package dev.intisari.app.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intisari.store.ArticleSummary;
import dev.intisari.store.StoredQuote;
import dev.intisari.store.StoryArticlePage;
import dev.intisari.store.StorySummary;
import dev.intisari.store.search.FacetCount;
import dev.intisari.store.search.SearchHit;
import dev.intisari.store.search.SearchResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads OpenSearch's answers to the bodies of {@link IndexQueries} into the store's records. */
final class OpenSearchResults {
    private OpenSearchResults() {
    }

    /** Story summaries from hits whose sort values hold the story's size at {@code sizeAt}. */
    static List<StorySummary> stories(JsonNode hits, int sizeAt) {
        List<StorySummary> out = new ArrayList<>();
        for (JsonNode h : hits) {
            JsonNode s = h.path("_source");
            out.add(new StorySummary(s.path("id").asText(), s.path("title").textValue(), s.path("start").textValue(),
                    s.path("end").textValue(), h.path("sort").path(sizeAt).asInt(), s.path("outlets").size()));
        }
        return out;
    }

    /** A page of a story's articles from {@code limit + 1} hits: the next position is the last kept hit's sort. */
    static StoryArticlePage storyArticles(JsonNode hits, int limit) {
        List<ArticleSummary> out = new ArrayList<>();
        for (JsonNode h : hits) {
            out.add(summary(h.path("_source")));
        }
        if (out.size() <= limit) {
            return new StoryArticlePage(out, null, null);
        }
        JsonNode last = hits.get(limit - 1).path("sort");
        return new StoryArticlePage(out.subList(0, limit), last.path(0).asText(), last.path(1).asText());
    }

    static ArticleSummary summary(JsonNode s) {
        return new ArticleSummary(s.path("id").asText(), s.path("title").textValue(), s.path("outlet").textValue(),
                s.path("published").textValue(), s.path("url").textValue());
    }

    /**
     * The canonical name and type of an entity: the most frequent (name, type) among the entities of these
     * hits whose name is {@code asked} in any case; ties go to the first seen.
     */
    static String[] canonical(JsonNode hits, String asked) {
        String key = asked.strip().toLowerCase(Locale.ROOT);
        Map<List<String>, Integer> counts = new HashMap<>();
        List<List<String>> order = new ArrayList<>();
        for (JsonNode h : hits) {
            for (JsonNode e : h.path("_source").path("entities")) {
                String name = e.path("name").asText();
                if (name.toLowerCase(Locale.ROOT).equals(key)) {
                    List<String> pair = List.of(name, e.path("type").asText(""));
                    if (counts.merge(pair, 1, Integer::sum) == 1) {
                        order.add(pair);
                    }
                }
            }
        }
        List<String> best = order.stream().max(Comparator.comparingInt(counts::get)).orElse(List.of(asked.strip(), ""));
        return new String[] {best.get(0), best.get(1).isEmpty() ? null : best.get(1)};
    }

    /** The quotes of {@code speaker} (any case) in these articles, in hit order, at most {@code limit}. */
    static List<StoredQuote> quotes(JsonNode hits, String speaker, int limit) {
        String key = speaker.strip().toLowerCase(Locale.ROOT);
        List<StoredQuote> out = new ArrayList<>();
        for (JsonNode h : hits) {
            String article = h.path("_source").path("id").asText();
            for (JsonNode q : h.path("_source").path("quotes")) {
                String who = q.path("speaker").textValue();
                if (who != null && who.toLowerCase(Locale.ROOT).equals(key) && out.size() < limit) {
                    out.add(new StoredQuote(q.path("id").asText(), article, who, q.path("text").asText(),
                            q.path("direct").asBoolean()));
                }
            }
        }
        return out;
    }

    /** The keys of a terms aggregation's buckets. */
    static List<String> buckets(JsonNode body, String aggregation) {
        List<String> out = new ArrayList<>();
        body.path("aggregations").path(aggregation).path("buckets").forEach(b -> out.add(b.path("key").asText()));
        return out;
    }

    static SearchResult searchResult(JsonNode body) {
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode h : body.path("hits").path("hits")) {
            JsonNode s = h.path("_source");
            JsonNode marked = h.path("highlight");
            String title = marked.path("title").path(0).textValue();
            List<String> passages = new ArrayList<>();
            marked.path("text").forEach(p -> passages.add(p.asText()));
            hits.add(new SearchHit(s.path("id").asText(), title != null ? title : escape(s.path("title").textValue()),
                    s.path("outlet").textValue(), s.path("published").textValue(), (float) h.path("_score").asDouble(),
                    passages.isEmpty() ? null : String.join(" … ", passages)));
        }
        JsonNode aggs = body.path("aggregations");
        Map<String, List<FacetCount>> facets = new HashMap<>();
        facets.put("outlet", counts(aggs.path("outlet")));
        facets.put("entity", counts(aggs.path("entity")));
        List<FacetCount> days = new ArrayList<>();
        aggs.path("day").path("buckets").forEach(b -> days.add(new FacetCount(b.path("key_as_string").asText(),
                b.path("doc_count").asInt())));
        days.sort(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value));
        facets.put("day", days.subList(0, Math.min(IndexQueries.FACET_VALUES, days.size())));
        return new SearchResult(body.path("hits").path("total").path("value").asLong(), hits, facets);
    }

    private static List<FacetCount> counts(JsonNode terms) {
        List<FacetCount> out = new ArrayList<>();
        terms.path("buckets").forEach(b -> out.add(new FacetCount(b.path("key").asText(), b.path("doc_count").asInt())));
        return out;
    }

    /** Related articles: titles HTML-escaped, no snippet (as the store's). */
    static List<SearchHit> hits(JsonNode hits) {
        List<SearchHit> out = new ArrayList<>();
        for (JsonNode h : hits) {
            JsonNode s = h.path("_source");
            out.add(new SearchHit(s.path("id").asText(), escape(s.path("title").textValue()),
                    s.path("outlet").textValue(), s.path("published").textValue(), (float) h.path("_score").asDouble(),
                    null));
        }
        return out;
    }

    /** As the store's index escapes titles without a highlight. */
    static String escape(String s) {
        if (s == null) {
            return null;
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }
}
