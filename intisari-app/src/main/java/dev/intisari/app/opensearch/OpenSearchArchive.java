package dev.intisari.app.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.store.ArchiveUnavailableException;
import dev.intisari.store.ArticleSummary;
import dev.intisari.store.EntityView;
import dev.intisari.store.ErrorReport;
import dev.intisari.store.NewsArchive;
import dev.intisari.store.StoredQuote;
import dev.intisari.store.StoryArticlePage;
import dev.intisari.store.StoryFilter;
import dev.intisari.store.StorySummary;
import dev.intisari.store.search.SearchHit;
import dev.intisari.store.search.SearchQuery;
import dev.intisari.store.search.SearchResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.intisari.app.opensearch.OpenSearchClient.JSON;
import static dev.intisari.app.opensearch.OpenSearchClient.segment;

/**
 * The news archive read from the Flink job's OpenSearch indices: the article index (the contract's article
 * plus {@code story}, {@code duplicate_of}, {@code similarity}) and the story index (the contract's story),
 * joined by an article's {@code story}. Thread-safe (one {@code HttpClient}). What the indices do not hold
 * is not made up: a story merged into another is deleted by the job, so its old id is not found (the store
 * keeps aliases); the search's day facet and date filters count days in Jakarta time (the store takes each
 * article's own offset). Error reports go to their own index ({@link ReportIndex}).
 */
public final class OpenSearchArchive implements NewsArchive {
    /** Merges followed from an old story id to the story now carrying it (a chain is short; a loop is not followed). */
    private static final int MAX_MERGES = 16;
    private final OpenSearchClient client;
    private final IndexNames names;
    private final ReportIndex reports;

    private OpenSearchArchive(OpenSearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
        this.reports = new ReportIndex(client, names.reports());
    }

    /**
     * Connects to OpenSearch at {@code url} and checks that the article and story indices exist; an
     * unreachable server or a missing index is an {@link ArchiveUnavailableException} that says which.
     */
    public static OpenSearchArchive open(String url, IndexNames names) throws IOException {
        OpenSearchArchive archive = new OpenSearchArchive(new OpenSearchClient(url), names);
        archive.articleCount();
        archive.storyCount();
        return archive;
    }

    /** The server's address, without credentials. */
    public String address() {
        return client.address();
    }

    @Override
    public int articleCount() throws IOException {
        return count(names.articles());
    }

    @Override
    public int storyCount() throws IOException {
        return count(names.stories());
    }

    private int count(String index) throws IOException {
        return ok(client.get("/" + segment(index) + "/_count"), "count " + index).path("count").asInt();
    }

    @Override
    public Optional<String> article(String id) throws IOException {
        Optional<JsonNode> doc = source(names.articles(), id, null);
        return doc.map(JsonNode::toString);
    }

    /** One {@code _mget} per hundred articles (a story page reads up to 300). */
    @Override
    public Map<String, String> articles(List<String> ids) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 100) {
            JsonNode docs = ok(client.post("/" + segment(names.articles()) + "/_mget",
                    IndexQueries.ids(ids.subList(from, Math.min(ids.size(), from + 100)))), "read articles");
            for (JsonNode d : docs.path("docs")) {
                if (d.path("found").asBoolean()) {
                    out.put(d.path("_id").asText(), d.path("_source").toString());
                }
            }
        }
        return out;
    }

    @Override
    public List<String> storiesOf(String articleId) throws IOException {
        return source(names.articles(), articleId, "story").map(d -> d.path("story").asText(""))
                .filter(s -> !s.isEmpty()).map(List::of).orElse(List.of());
    }

    @Override
    public Optional<String> resolveStory(String id) throws IOException {
        String at = id;
        for (int hop = 0; hop <= MAX_MERGES; hop++) {
            if (source(names.stories(), at, "id").isPresent()) {
                return Optional.of(at);
            }
            Optional<String> into = alias(at);
            if (into.isEmpty()) {
                return Optional.empty();
            }
            at = into.get();
        }
        return Optional.empty();
    }

    /** The story that absorbed {@code id}, as the job recorded the merge; empty when none (or no alias index). */
    private Optional<String> alias(String id) throws IOException {
        if (id.isEmpty() || id.length() > 512) {
            return Optional.empty();
        }
        OpenSearchClient.Answer a = client.get("/" + segment(names.aliases()) + "/_doc/" + segment(id));
        if (a.status() == 404) {
            return Optional.empty(); // no such alias, or a job from before aliases were recorded
        }
        JsonNode doc = ok(a, "read " + names.aliases());
        String into = doc.path("_source").path("into").asText("");
        return doc.path("found").asBoolean() && !into.isEmpty() ? Optional.of(into) : Optional.empty();
    }

    @Override
    public Optional<String> story(String id) throws IOException {
        return source(names.stories(), id, null).map(JsonNode::toString);
    }

    @Override
    public List<StorySummary> stories(StoryFilter f) throws IOException {
        if (f.offset() + f.limit() > IndexQueries.RESULT_WINDOW) {
            return List.of(); // OpenSearch pages by offset only this deep; keyset cursors reach every story
        }
        List<String> entityStories = f.entity() == null ? null : storiesNaming(f.entity());
        JsonNode hits = search(names.stories(), IndexQueries.stories(f, entityStories));
        return OpenSearchResults.stories(hits, IndexQueries.sizeAt(f.sort()));
    }

    @Override
    public StoryArticlePage articlesOf(String storyId, String afterKey, String afterId, int limit) throws IOException {
        if (limit < 1 || (afterKey == null) != (afterId == null)) {
            throw new IllegalArgumentException("bad page of a story's articles");
        }
        if (afterKey != null && !afterKey.matches("-?\\d{1,19}")) {
            throw new IllegalArgumentException("bad position in a story's articles");
        }
        JsonNode hits = search(names.articles(), IndexQueries.storyArticles(storyId, afterKey, afterId, limit));
        return OpenSearchResults.storyArticles(hits, limit);
    }

    @Override
    public List<ArticleSummary> articleSummaries(List<String> ids) throws IOException {
        List<ArticleSummary> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            JsonNode docs = ok(client.post("/" + segment(names.articles())
                    + "/_mget?_source_includes=id,title,outlet,published,url", IndexQueries.ids(chunk)), "read articles");
            for (JsonNode d : docs.path("docs")) {
                if (d.path("found").asBoolean()) {
                    out.add(OpenSearchResults.summary(d.path("_source")));
                }
            }
        }
        return out;
    }

    @Override
    public Optional<EntityView> entity(String name, int limit) throws IOException {
        if (name.isBlank()) {
            return Optional.empty();
        }
        JsonNode found = ok(client.post("/" + segment(names.articles()) + "/_search",
                IndexQueries.entityArticles(name)), "search " + names.articles());
        int articles = found.path("hits").path("total").path("value").asInt();
        if (articles == 0) {
            return Optional.empty();
        }
        String[] canonical = OpenSearchResults.canonical(found.path("hits").path("hits"), name);
        List<StoredQuote> quotes = OpenSearchResults.quotes(
                search(names.articles(), IndexQueries.speakerQuotes(name, limit)), name, limit);
        List<StorySummary> stories = OpenSearchResults.stories(search(names.stories(),
                IndexQueries.entityStories(name, OpenSearchResults.buckets(found, "stories"), limit)), 2);
        return Optional.of(new EntityView(canonical[0], canonical[1], articles, quotes, stories));
    }

    /** The stories of the articles naming an entity (the story's own entities are matched by the story query). */
    private List<String> storiesNaming(String name) throws IOException {
        ObjectNode body = IndexQueries.entityArticles(name);
        body.put("size", 0);
        body.remove("_source");
        return OpenSearchResults.buckets(ok(client.post("/" + segment(names.articles()) + "/_search", body),
                "search " + names.articles()), "stories");
    }

    @Override
    public Optional<String> entityName(String articleId, String entityId) throws IOException {
        Optional<JsonNode> doc = source(names.articles(), articleId, "entities.id,entities.name");
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode e : doc.get().path("entities")) {
            if (e.path("id").asText().equals(entityId)) {
                return Optional.ofNullable(e.path("name").textValue());
            }
        }
        return Optional.empty();
    }

    @Override
    public SearchResult search(SearchQuery q) throws IOException {
        OpenSearchClient.Answer a = client.post("/" + segment(names.articles()) + "/_search",
                IndexQueries.search(q, q.text()));
        if (a.status() == 400) {
            // as the store: a query that is not valid Lucene syntax is searched as plain words
            a = client.post("/" + segment(names.articles()) + "/_search",
                    IndexQueries.search(q, org.apache.lucene.queryparser.classic.QueryParser.escape(q.text())));
            if (a.status() == 400) {
                throw new IllegalArgumentException("cannot read the query: " + a.reason());
            }
        }
        return OpenSearchResults.searchResult(ok(a, "search " + names.articles()));
    }

    @Override
    public List<SearchHit> related(String articleId, int limit) throws IOException {
        if (source(names.articles(), articleId, "id").isEmpty()) {
            return List.of();
        }
        return OpenSearchResults.hits(search(names.articles(),
                IndexQueries.related(names.articles(), articleId, limit)));
    }

    @Override
    public boolean storyHasKeyPoint(String storyId, String keyPoint) throws IOException {
        Optional<JsonNode> doc = source(names.stories(), storyId, "key_points.id");
        if (doc.isEmpty()) {
            return false;
        }
        for (JsonNode kp : doc.get().path("key_points")) {
            if (kp.path("id").asText().equals(keyPoint)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ErrorReport addReport(ErrorReport report, String client) throws IOException {
        return reports.add(report, client);
    }

    @Override
    public List<ErrorReport> reports(String storyId) throws IOException {
        return reports.of(storyId);
    }

    @Override
    public Map<String, Integer> reportCounts(String storyId) throws IOException {
        return reports.counts(storyId);
    }

    /** A document's {@code _source} (only {@code fields}, comma-separated, when given), or empty when absent. */
    private Optional<JsonNode> source(String index, String id, String fields) throws IOException {
        if (id.isEmpty() || id.length() > 512) {
            return Optional.empty();
        }
        OpenSearchClient.Answer a = client.get("/" + segment(index) + "/_doc/" + segment(id)
                + (fields == null ? "" : "?_source_includes=" + fields));
        if (a.status() == 404) {
            return Optional.empty();
        }
        JsonNode doc = ok(a, "read " + index);
        return doc.path("found").asBoolean() ? Optional.of(doc.path("_source")) : Optional.empty();
    }

    /** The hits of a search. */
    private JsonNode search(String index, ObjectNode body) throws IOException {
        return ok(client.post("/" + segment(index) + "/_search", body), "search " + index).path("hits").path("hits");
    }

    /** The body of a successful answer; an unexpected refusal is an error naming what was asked. */
    private JsonNode ok(OpenSearchClient.Answer a, String what) throws IOException {
        if (!a.ok() || a.body() == null) {
            throw new ArchiveUnavailableException("OpenSearch at " + client.address() + " could not " + what + ": "
                    + a.reason().substring(0, Math.min(300, a.reason().length())));
        }
        return a.body();
    }

    @Override
    public void close() {
        // java.net.http.HttpClient holds no resource that needs closing on Java 17
    }
}
