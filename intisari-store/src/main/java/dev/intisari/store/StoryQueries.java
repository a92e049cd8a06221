package dev.intisari.store;

import static dev.intisari.store.Sql.count;
import static dev.intisari.store.Sql.prepare;
import static dev.intisari.store.Sql.selectByIds;

import dev.intisari.store.search.SearchIndex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The store's reading queries for the story lists, a story's articles and an entity's page. */
final class StoryQueries {
    private StoryQueries() {
    }

    /** The stories the filter selects, in its order, one page. */
    static List<StorySummary> stories(Connection db, StoryFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT id, title, start_date, end_date, size, outlets FROM stories WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.from() != null) {
            sql.append(" AND end_date >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND start_date <= ?");
            args.add(f.to());
        }
        if (f.entity() != null) {
            sql.append(" AND id IN (SELECT story_id FROM story_entities WHERE key = ?)");
            args.add(SearchIndex.key(f.entity()));
        }
        if (f.after() != null) {
            sql.append(" AND ").append(after(f.sort(), f.after(), args));
        }
        sql.append(f.sort() == StoryFilter.Sort.LARGEST
                ? " ORDER BY size DESC, end_date DESC NULLS LAST, id"
                : " ORDER BY end_date DESC NULLS LAST, size DESC, id");
        sql.append(" LIMIT ? OFFSET ?");
        args.add(f.limit());
        args.add(f.offset());
        try (PreparedStatement p = prepare(db, sql.toString(), args.toArray())) {
            return summaries(p);
        }
    }

    /** The condition "comes after {@code last} in this order" (the orders of {@link #stories}), its values added. */
    private static String after(StoryFilter.Sort sort, StorySummary last, List<Object> args) {
        String bySize = "(size < ? OR (size = ? AND %s))";
        String byEnd = last.end() == null ? "(end_date IS NULL AND %s)"
                : "(end_date < ? OR end_date IS NULL OR (end_date = ? AND %s))";
        if (sort == StoryFilter.Sort.LARGEST) {
            args.add(last.articles());
            args.add(last.articles());
            addEnd(last, args);
            args.add(last.id());
            return String.format(Locale.ROOT, bySize, String.format(Locale.ROOT, byEnd, "id > ?"));
        }
        addEnd(last, args);
        args.add(last.articles());
        args.add(last.articles());
        args.add(last.id());
        return String.format(Locale.ROOT, byEnd, String.format(Locale.ROOT, bySize, "id > ?"));
    }

    private static void addEnd(StorySummary last, List<Object> args) {
        if (last.end() != null) {
            args.add(last.end());
            args.add(last.end());
        }
    }

    /** A story's articles in publication order (undated last). */
    static List<ArticleSummary> articlesOf(Connection db, String storyId) throws SQLException {
        try (PreparedStatement p = prepare(db, "SELECT a.id, a.title, a.outlet, a.published, a.url"
                + " FROM story_articles s INDEXED BY story_articles_order"
                + " JOIN articles a INDEXED BY articles_details ON a.id = s.article_id"
                + " WHERE s.story_id = ? ORDER BY s.sort_key, s.article_id", storyId);
             ResultSet r = p.executeQuery()) {
            List<ArticleSummary> out = new ArrayList<>();
            while (r.next()) {
                out.add(new ArticleSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5)));
            }
            return out;
        }
    }

    /**
     * A page of at most {@code limit} of the story's articles in publication order (undated last), after the
     * position {@code afterKey}/{@code afterId} of the previous page (both null for the first page). Reads
     * only the page's rows, so its cost does not grow with the story.
     */
    static StoryArticlePage articlesOf(Connection db, String storyId, String afterKey, String afterId, int limit)
            throws SQLException {
        String sql = "SELECT s.sort_key, a.id, a.title, a.outlet, a.published, a.url"
                + " FROM story_articles s INDEXED BY story_articles_order"
                + " JOIN articles a INDEXED BY articles_details ON a.id = s.article_id WHERE s.story_id = ?"
                + (afterKey == null ? "" : " AND (s.sort_key, s.article_id) > (?, ?)")
                + " ORDER BY s.sort_key, s.article_id LIMIT ?";
        Object[] args = afterKey == null ? new Object[] {storyId, limit + 1}
                : new Object[] {storyId, afterKey, afterId, limit + 1};
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            List<ArticleSummary> out = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            while (r.next()) {
                keys.add(r.getString(1));
                out.add(new ArticleSummary(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6)));
            }
            if (out.size() <= limit) {
                return new StoryArticlePage(out, null, null);
            }
            return new StoryArticlePage(out.subList(0, limit), keys.get(limit - 1), out.get(limit - 1).id());
        }
    }

    /** The list details of these articles (those stored), in the order asked. */
    static List<ArticleSummary> articleSummaries(Connection db, List<String> ids) throws SQLException {
        Map<String, ArticleSummary> found = new HashMap<>();
        selectByIds(db, "SELECT id, title, outlet, published, url FROM articles INDEXED BY articles_details"
                + " WHERE id IN (%s)", ids, r -> found.put(r.getString(1), new ArticleSummary(r.getString(1),
                r.getString(2), r.getString(3), r.getString(4), r.getString(5))));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** An entity by canonical name (any case), with its quotes and stories; empty when no article names it. */
    static Optional<EntityView> entity(Connection db, String name, int limit) throws SQLException {
        String key = SearchIndex.key(name);
        String canonical = null;
        String type = null;
        try (PreparedStatement p = prepare(db, "SELECT name, type, COUNT(DISTINCT article_id) FROM entities"
                + " WHERE key = ? GROUP BY name, type ORDER BY COUNT(*) DESC LIMIT 1", key);
             ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            canonical = r.getString(1);
            type = r.getString(2);
        }
        int articles = count(db, "SELECT COUNT(DISTINCT article_id) FROM entities WHERE key = ?", key);
        List<StoredQuote> quotes = new ArrayList<>();
        try (PreparedStatement p = prepare(db, "SELECT q.id, q.article_id, q.speaker, q.text, q.direct"
                + " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_key = ?"
                + " ORDER BY a.sort_time DESC NULLS LAST, q.article_id, q.sentence LIMIT ?", key, limit);
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                quotes.add(new StoredQuote(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getBoolean(5)));
            }
        }
        List<StorySummary> stories;
        try (PreparedStatement p = prepare(db, "SELECT id, title, start_date, end_date, size, outlets FROM stories"
                + " WHERE id IN (SELECT story_id FROM story_entities WHERE key = ?)"
                + " ORDER BY end_date DESC NULLS LAST, id LIMIT ?", key, limit)) {
            stories = summaries(p);
        }
        return Optional.of(new EntityView(canonical, type, articles, quotes, stories));
    }

    private static List<StorySummary> summaries(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            List<StorySummary> out = new ArrayList<>();
            while (r.next()) {
                out.add(new StorySummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                        r.getInt(6)));
            }
            return out;
        }
    }
}
