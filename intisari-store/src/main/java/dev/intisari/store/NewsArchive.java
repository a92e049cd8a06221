package dev.intisari.store;

import dev.intisari.store.search.SearchHit;
import dev.intisari.store.search.SearchQuery;
import dev.intisari.store.search.SearchResult;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the REST API and the web pages read: stories, articles, search, entities, and the readers' error
 * reports on key points. Stories and articles are the output contract's JSON. Two implementations: the
 * embedded {@link Store} (SQLite and Lucene under a data directory) and the reader of the Flink job's
 * OpenSearch indices ({@code serve --opensearch}, docs/scale-out.md).
 *
 * <p>A read that fails because the archive is out of reach throws {@link ArchiveUnavailableException}; the
 * server answers it with 503.
 */
public interface NewsArchive extends AutoCloseable {
    int articleCount() throws IOException;

    int storyCount() throws IOException;

    /** The analysed article as contract JSON. */
    Optional<String> article(String id) throws IOException;

    /** The analysed articles (contract JSON) of those of {@code ids} that exist, by id, in the order asked. */
    default Map<String, String> articles(List<String> ids) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) {
            article(id).ifPresent(json -> out.put(id, json));
        }
        return out;
    }

    /** The ids of the stories the article is in. */
    List<String> storiesOf(String articleId) throws IOException;

    /** The id of the story now carrying {@code id}: itself, the survivor of a merge it went into, or empty. */
    Optional<String> resolveStory(String id) throws IOException;

    /** The story as contract JSON. */
    Optional<String> story(String id) throws IOException;

    /** A page of stories, filtered and in the order of {@code filter}. */
    List<StorySummary> stories(StoryFilter filter) throws IOException;

    /**
     * A page of at most {@code limit} of the story's articles in publication order (undated last), after the
     * position {@code afterKey}/{@code afterId} of the previous page (both null for the first page).
     */
    StoryArticlePage articlesOf(String storyId, String afterKey, String afterId, int limit) throws IOException;

    /** The list details of these articles (those that exist), in the order asked. */
    List<ArticleSummary> articleSummaries(List<String> ids) throws IOException;

    /** An entity by canonical name (any case), with its quotes and stories; empty when no article names it. */
    Optional<EntityView> entity(String name, int limit) throws IOException;

    /** The canonical name of an article's entity ({@code e1} in article {@code a}), or empty. */
    Optional<String> entityName(String articleId, String entityId) throws IOException;

    /** Full-text search with Indonesian analysis, filters and facets; a query that cannot be read at all throws
     * {@link IllegalArgumentException}. */
    SearchResult search(SearchQuery query) throws IOException;

    /** Articles most like the given one by their distinctive terms, best first; empty when it is unknown. */
    List<SearchHit> related(String articleId, int limit) throws IOException;

    boolean storyHasKeyPoint(String storyId, String keyPoint) throws IOException;

    /** Stores a report (its id is given here) and returns it as stored. */
    ErrorReport addReport(ErrorReport report, String client) throws IOException;

    /** The story's reports, oldest first. */
    List<ErrorReport> reports(String storyId) throws IOException;

    /** Reports per key point of a story. */
    Map<String, Integer> reportCounts(String storyId) throws IOException;

    @Override
    void close() throws IOException;
}
