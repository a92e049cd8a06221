package dev.intisari.app.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.store.StoryFilter;
import dev.intisari.store.StorySummary;
import dev.intisari.store.search.SearchQuery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * The search bodies {@link OpenSearchArchive} sends, one method per read, built against the Flink job's
 * mappings ({@code articles-index.json}, {@code stories-index.json}): ids, outlets, entity names and
 * speakers are keywords (matched regardless of case, as the store's lower-cased keys), {@code title} and
 * {@code text} go through the {@code indonesian} analyzer, {@code published}, {@code start}, {@code end} are
 * dates. Orders are the store's, keys for keyset paging included.
 */
final class IndexQueries {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The publication day of the date facet and filters; the store takes each article's own offset. */
    static final String DAY_ZONE = "Asia/Jakarta";
    /** How many values a facet lists (the store's {@code FACET_VALUES}). */
    static final int FACET_VALUES = 10;
    /** How deep OpenSearch pages by offset ({@code index.max_result_window}, default 10,000). */
    static final int RESULT_WINDOW = 10_000;
    /** At most this many stories are found through the articles that name an entity. */
    static final int STORIES_BY_ARTICLE_ENTITY = 10_000;
    /** A story's size: its number of articles, from the keyword doc values of {@code articles}. */
    private static final String STORY_SIZE = "doc['articles'].size()";

    private IndexQueries() {
    }

    /** A case-insensitive exact match on a keyword field (entity names and speakers). */
    static ObjectNode anyCase(String field, String value) {
        ObjectNode term = NODES.objectNode();
        term.putObject("term").putObject(field).put("value", value.strip()).put("case_insensitive", true);
        return term;
    }

    static ObjectNode term(String field, String value) {
        ObjectNode term = NODES.objectNode();
        term.putObject("term").put(field, value);
        return term;
    }

    /**
     * A page of stories in the order of {@code f}: latest (end date descending, undated last, then size
     * descending, then id) or largest (size, end date, id); {@code entityStories} are the stories of the
     * articles naming {@code f.entity()} (null without an entity filter).
     */
    static ObjectNode stories(StoryFilter f, Collection<String> entityStories) {
        ObjectNode body = NODES.objectNode();
        body.put("size", f.limit());
        if (f.offset() > 0) {
            body.put("from", f.offset());
        }
        body.put("track_total_hits", false);
        body.putArray("_source").add("id").add("title").add("start").add("end").add("outlets.outlet");
        ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
        if (f.from() != null) {
            filter.addObject().putObject("range").putObject("end").put("gte", f.from());
        }
        if (f.to() != null) {
            filter.addObject().putObject("range").putObject("start").put("lte", f.to());
        }
        if (f.entity() != null) {
            ArrayNode either = filter.addObject().putObject("bool").put("minimum_should_match", 1)
                    .putArray("should");
            either.add(anyCase("entities.name", f.entity()));
            if (!entityStories.isEmpty()) {
                ArrayNode ids = either.addObject().putObject("terms").putArray("id");
                entityStories.forEach(ids::add);
            }
        }
        ArrayNode sort = body.putArray("sort");
        boolean largest = f.sort() == StoryFilter.Sort.LARGEST;
        if (largest) {
            sort.add(sizeDescending());
        }
        sort.addObject().putObject("end").put("order", "desc").put("missing", "_last");
        if (!largest) {
            sort.add(sizeDescending());
        }
        sort.addObject().put("id", "asc");
        if (f.after() != null) {
            StorySummary last = f.after();
            ArrayNode after = body.putArray("search_after");
            if (largest) {
                after.add(last.articles());
            }
            after.add(endKey(last.end()));
            if (!largest) {
                after.add(last.articles());
            }
            after.add(last.id());
        }
        return body;
    }

    /**
     * The newest stories naming an entity themselves or through their articles ({@code entityStories}):
     * end date descending (undated last), then id, as the store's entity page; the size is the third sort value.
     */
    static ObjectNode entityStories(String name, Collection<String> entityStories, int limit) {
        ObjectNode body = stories(new StoryFilter(StoryFilter.Sort.LATEST, null, null, name, 0, limit), entityStories);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject("end").put("order", "desc").put("missing", "_last");
        sort.addObject().put("id", "asc");
        sort.add(sizeDescending());
        return body;
    }

    /** The sort value of a story's end date: epoch milliseconds; an undated story sorts last (descending). */
    static long endKey(String end) {
        return end == null ? Long.MIN_VALUE : LocalDate.parse(end).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static ObjectNode sizeDescending() {
        ObjectNode s = NODES.objectNode();
        ObjectNode script = s.putObject("_script").put("type", "number").put("order", "desc");
        script.putObject("script").put("lang", "painless").put("source", STORY_SIZE);
        return s;
    }

    /** Where the sort values of {@link #stories} hold the story's size. */
    static int sizeAt(StoryFilter.Sort sort) {
        return sort == StoryFilter.Sort.LARGEST ? 0 : 1;
    }

    /**
     * A page of a story's articles in publication order (undated last), then by id, one more than
     * {@code limit} (to know whether a next page exists), after the previous page's last sort key and id.
     */
    static ObjectNode storyArticles(String story, String afterKey, String afterId, int limit) {
        ObjectNode body = NODES.objectNode();
        body.put("size", limit + 1);
        body.put("track_total_hits", false);
        body.set("_source", summaryFields());
        body.putObject("query").putObject("bool").putArray("filter").add(term("story", story));
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject("published").put("order", "asc").put("missing", "_last");
        sort.addObject().put("id", "asc");
        if (afterKey != null) {
            body.putArray("search_after").add(Long.parseLong(afterKey)).add(afterId);
        }
        return body;
    }

    /** The fields of an article in a list. */
    static ArrayNode summaryFields() {
        return NODES.arrayNode().add("id").add("title").add("outlet").add("published").add("url");
    }

    static ObjectNode ids(List<String> ids) {
        ObjectNode body = NODES.objectNode();
        ArrayNode list = body.putArray("ids");
        ids.forEach(list::add);
        return body;
    }

    /**
     * A full-text search: the query in Lucene syntax over title (weight 2) and text, all words required;
     * filters; highlights in {@code <mark>} (HTML-escaped, two passages of the text); facets by outlet,
     * entity and publication day (Jakarta time).
     */
    static ObjectNode search(SearchQuery q, String text) {
        ObjectNode body = NODES.objectNode();
        body.put("from", q.offset());
        body.put("size", q.limit());
        body.put("track_total_hits", true);
        body.putArray("_source").add("id").add("title").add("outlet").add("published");
        ObjectNode bool = body.putObject("query").putObject("bool");
        ObjectNode qs = bool.putArray("must").addObject().putObject("query_string");
        qs.put("query", text);
        qs.putArray("fields").add("title^2").add("text");
        qs.put("default_operator", "and");
        ArrayNode filter = bool.putArray("filter");
        if (q.outlet() != null) {
            filter.add(term("outlet", q.outlet()));
        }
        if (q.entity() != null) {
            filter.add(anyCase("entities.name", q.entity()));
        }
        if (q.from() != null || q.to() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("published");
            if (q.from() != null) {
                range.put("gte", q.from() + "||/d");
            }
            if (q.to() != null) {
                range.put("lte", q.to() + "||/d");
            }
            range.put("format", "yyyy-MM-dd").put("time_zone", DAY_ZONE);
        }
        ObjectNode highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        highlight.put("encoder", "html").put("type", "unified");
        ObjectNode fields = highlight.putObject("fields");
        fields.putObject("title").put("number_of_fragments", 0);
        fields.putObject("text").put("number_of_fragments", 2);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("outlet").putObject("terms").put("field", "outlet").put("size", FACET_VALUES);
        aggs.putObject("entity").putObject("terms").put("field", "entities.name").put("size", FACET_VALUES);
        aggs.putObject("day").putObject("date_histogram").put("field", "published").put("calendar_interval", "day")
                .put("time_zone", DAY_ZONE).put("format", "yyyy-MM-dd").put("min_doc_count", 1);
        return body;
    }

    /** Articles like {@code id} by their distinctive terms in title and text, itself excluded. */
    static ObjectNode related(String index, String id, int limit) {
        ObjectNode body = NODES.objectNode();
        body.put("size", limit);
        body.putArray("_source").add("id").add("title").add("outlet").add("published");
        ObjectNode mlt = body.putObject("query").putObject("more_like_this");
        mlt.putArray("fields").add("title").add("text");
        mlt.putArray("like").addObject().put("_index", index).put("_id", id);
        mlt.put("min_term_freq", 1).put("min_doc_freq", 1).put("max_query_terms", 40);
        return body;
    }

    /**
     * The articles naming an entity: how many (exactly), the entity names and types of the first hundred (for
     * the canonical name and type), and the stories they are in.
     */
    static ObjectNode entityArticles(String name) {
        ObjectNode body = NODES.objectNode();
        body.put("size", 100);
        body.put("track_total_hits", true);
        body.putArray("_source").add("entities.name").add("entities.type");
        body.set("query", anyCase("entities.name", name));
        body.putObject("aggs").putObject("stories").putObject("terms").put("field", "story")
                .put("size", STORIES_BY_ARTICLE_ENTITY);
        return body;
    }

    /** The newest articles quoting a speaker, with their quotes. */
    static ObjectNode speakerQuotes(String name, int limit) {
        ObjectNode body = NODES.objectNode();
        body.put("size", limit);
        body.put("track_total_hits", false);
        body.putArray("_source").add("id").add("quotes.id").add("quotes.speaker").add("quotes.text")
                .add("quotes.direct");
        body.set("query", anyCase("quotes.speaker", name));
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject("published").put("order", "desc").put("missing", "_last");
        sort.addObject().put("id", "asc");
        return body;
    }
}
