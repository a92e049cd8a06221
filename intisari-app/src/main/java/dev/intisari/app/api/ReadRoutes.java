package dev.intisari.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.store.EntityView;
import dev.intisari.store.NewsArchive;
import dev.intisari.store.StoryArticlePage;
import dev.intisari.store.StoryFilter;
import dev.intisari.store.StorySummary;
import dev.intisari.store.search.FacetCount;
import dev.intisari.store.search.SearchHit;
import dev.intisari.store.search.SearchQuery;
import dev.intisari.store.search.SearchResult;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.intisari.app.api.ApiServer.JSON;
import static dev.intisari.app.api.ApiServer.json;

/** The GET endpoints. */
final class ReadRoutes {
    private static final int ENTITY_ITEMS = 50;
    private static final int MAX_QUERY = 500;

    private final NewsArchive store;

    ReadRoutes(NewsArchive store) {
        this.store = store;
    }

    void stories(Context ctx) throws IOException {
        String sort = Optional.ofNullable(Params.optional(ctx, "sort")).orElse("latest");
        StoryFilter.Sort order = switch (sort) {
            case "latest" -> StoryFilter.Sort.LATEST;
            case "largest" -> StoryFilter.Sort.LARGEST;
            default -> throw ApiError.badRequest("sort must be latest or largest");
        };
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        boolean keyset = Cursor.isStoryPosition(cursor);
        StorySummary after = keyset ? Cursor.storyPosition(cursor, sort) : null;
        int offset = keyset ? 0 : Params.offset(ctx);
        List<StorySummary> page = store.stories(new StoryFilter(order, Params.date(ctx, "from"),
                Params.date(ctx, "to"), Params.optional(ctx, "entity"), offset, limit + 1, after));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("stories");
        page.stream().limit(limit).forEach(s -> items.add(summary(s)));
        body.put("next", page.size() > limit ? Cursor.afterStory(sort, page.get(limit - 1)) : null);
        json(ctx, body);
    }

    void story(Context ctx) throws IOException {
        String asked = ctx.pathParam("id");
        String id = store.resolveStory(asked).orElseThrow(() -> ApiError.notFound("no story " + asked));
        ObjectNode body = (ObjectNode) JSON.readTree(store.story(id).orElseThrow(
                () -> ApiError.notFound("no story " + asked)));
        body.remove("type");
        if (!id.equals(asked)) {
            body.put("resolved_from", asked);
        }
        Map<String, Integer> counts = store.reportCounts(id);
        for (JsonNode kp : body.path("key_points")) {
            ((ObjectNode) kp).put("reports", counts.getOrDefault(kp.path("id").asText(), 0));
        }
        String[] after = Cursor.articlePosition(ctx.queryParam("cursor"), id);
        StoryArticlePage details = store.articlesOf(id, after == null ? null : after[0],
                after == null ? null : after[1], Params.limit(ctx, Params.MAX_LIMIT));
        body.set("article_details", JSON.valueToTree(details.articles()));
        body.put("article_details_next", details.hasNext()
                ? Cursor.afterArticle(id, details.nextKey(), details.nextId()) : null);
        json(ctx, body);
    }

    void reports(Context ctx) throws IOException {
        String asked = ctx.pathParam("id");
        String id = store.resolveStory(asked).orElseThrow(() -> ApiError.notFound("no story " + asked));
        ObjectNode body = JSON.createObjectNode();
        body.put("story", id);
        ArrayNode items = body.putArray("reports");
        store.reports(id).forEach(r -> items.add(WriteRoutes.report(r)));
        body.set("counts", JSON.valueToTree(store.reportCounts(id)));
        json(ctx, body);
    }

    void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ObjectNode body = (ObjectNode) JSON.readTree(store.article(id).orElseThrow(
                () -> ApiError.notFound("no article " + id)));
        body.remove("type");
        body.set("stories", JSON.valueToTree(store.storiesOf(id)));
        json(ctx, body);
    }

    void related(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (store.article(id).isEmpty()) {
            throw ApiError.notFound("no article " + id);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("article", id);
        ArrayNode items = body.putArray("related");
        store.related(id, Params.limit(ctx)).forEach(h -> items.add(hit(h)));
        json(ctx, body);
    }

    void search(Context ctx) throws IOException {
        String q = Params.optional(ctx, "q");
        if (q == null) {
            throw ApiError.badRequest("q is required");
        }
        if (q.length() > MAX_QUERY) {
            throw ApiError.badRequest("q is longer than " + MAX_QUERY + " characters");
        }
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        SearchResult result;
        try {
            result = store.search(new SearchQuery(q, Params.optional(ctx, "outlet"),
                    Params.optional(ctx, "entity"), Params.date(ctx, "from"), Params.date(ctx, "to"), offset, limit));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("query", q);
        body.put("total", result.total());
        ArrayNode hits = body.putArray("hits");
        result.hits().forEach(h -> hits.add(hit(h)));
        ObjectNode facets = body.putObject("facets");
        for (String field : List.of("outlet", "entity", "day")) {
            ArrayNode values = facets.putArray(field.equals("day") ? "date" : field);
            for (FacetCount c : result.facets().getOrDefault(field, List.of())) {
                values.addObject().put("value", c.value()).put("count", c.count());
            }
        }
        body.put("next", offset + limit < result.total() && offset + limit <= Params.MAX_OFFSET
                ? Cursor.of(offset + limit) : null);
        json(ctx, body);
    }

    void entity(Context ctx) throws IOException {
        String asked = ctx.pathParam("name");
        Optional<EntityView> found = store.entity(asked, ENTITY_ITEMS);
        int colon = asked.lastIndexOf(':');
        if (found.isEmpty() && colon > 0) {
            Optional<String> name = store.entityName(asked.substring(0, colon), asked.substring(colon + 1));
            if (name.isPresent()) {
                found = store.entity(name.get(), ENTITY_ITEMS);
            }
        }
        EntityView e = found.orElseThrow(() -> ApiError.notFound("no entity " + asked));
        ObjectNode body = JSON.createObjectNode();
        body.put("name", e.name());
        body.put("type", e.type());
        body.put("articles", e.articles());
        body.set("quotes", JSON.valueToTree(e.quotes()));
        ArrayNode stories = body.putArray("stories");
        e.stories().forEach(s -> stories.add(summary(s)));
        json(ctx, body);
    }

    private static ObjectNode summary(StorySummary s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", s.id());
        n.put("title", s.title());
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("article_count", s.articles());
        n.put("outlet_count", s.outlets());
        return n;
    }

    private static ObjectNode hit(SearchHit h) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", h.id());
        n.put("title", h.title());
        n.put("outlet", h.outlet());
        n.put("published", h.published());
        n.put("score", Math.round(h.score() * 1000) / 1000.0);
        if (h.snippet() != null) {
            n.put("snippet", h.snippet());
        }
        return n;
    }
}
