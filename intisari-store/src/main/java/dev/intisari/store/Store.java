package dev.intisari.store;

import dev.intisari.store.search.SearchHit;
import dev.intisari.store.search.SearchIndex;
import dev.intisari.store.search.SearchQuery;
import dev.intisari.store.search.SearchResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The store under one data directory: {@code intisari.db} (SQLite, write-ahead log) and {@code index/}
 * (Lucene). One connection, used under this object's lock, so readers and the ingest never interleave a
 * transaction. The database is the source of truth; the index is rebuilt from it where it lags
 * ({@link Ingest#recover}).
 */
public final class Store implements NewsArchive {
    /** The order key of an undated article in a story's article list: after every instant. */
    static final String UNDATED = "~";
    /** Ids per {@code IN (...)} query ({@link #selectByIds}). */
    private static final int IN_CHUNK = 500;

    private final Path folder;
    private final Connection db;
    private final SearchIndex index;

    private Store(Path folder, Connection db, SearchIndex index) {
        this.folder = folder;
        this.db = db;
        this.index = index;
    }

    /** Opens (creating when needed) the store in {@code folder} and brings its schema up to date. */
    public static Store open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Connection db = null;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("intisari.db").toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                // a batch of analysed articles is megabytes: checkpoint (and sync) the log every 64 MB, not every
                // 4 MB; a killed process loses nothing committed (the log is in the file), see docs/store.md
                s.execute("PRAGMA wal_autocheckpoint=16384");
                s.execute("PRAGMA cache_size=-65536");
                s.execute("PRAGMA temp_store=MEMORY");
            }
            Migrations.migrate(db);
            SearchIndex index = new SearchIndex(folder.resolve("index"));
            if (index.rebuilt()) {
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("UPDATE articles SET indexed = 0");
                }
            }
            return new Store(folder, db, index);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            closeQuietly(db);
            throw new IOException("the data directory " + folder + " is in use by another intisari process"
                    + " (a running 'serve'? post to /api/articles instead, or stop it first)", e);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new IOException("cannot open the store in " + folder + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    public Path folder() {
        return folder;
    }

    public SearchIndex index() {
        return index;
    }

    @Override
    public SearchResult search(SearchQuery query) throws IOException {
        return index.search(query);
    }

    @Override
    public List<SearchHit> related(String articleId, int limit) throws IOException {
        return index.related(articleId, limit);
    }

    /** Work inside one transaction. */
    interface Work<T> {
        T run(Connection db) throws SQLException, IOException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    synchronized <T> T transaction(Work<T> work) throws IOException {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run(db);
                db.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("store: " + e.getMessage(), e);
        }
    }

    /** A read (or single statement) outside an explicit transaction. */
    synchronized <T> T read(Work<T> work) throws IOException {
        try {
            return work.run(db);
        } catch (SQLException e) {
            throw new IOException("store: " + e.getMessage(), e);
        }
    }

    public int schemaVersion() throws IOException {
        return read(Migrations::version);
    }

    @Override
    public int articleCount() throws IOException {
        return read(db -> count(db, "SELECT COUNT(*) FROM articles"));
    }

    @Override
    public int storyCount() throws IOException {
        return read(db -> count(db, "SELECT COUNT(*) FROM stories"));
    }

    /** The analysed article as contract JSON. */
    @Override
    public Optional<String> article(String id) throws IOException {
        return read(db -> one(db, "SELECT analysis FROM articles WHERE id = ?", id));
    }

    /** The input article as JSON in the JSON Lines input format. */
    public Optional<String> rawArticle(String id) throws IOException {
        return read(db -> one(db, "SELECT raw FROM articles WHERE id = ?", id));
    }

    @Override
    public List<String> storiesOf(String articleId) throws IOException {
        return read(db -> strings(db, "SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id",
                articleId));
    }

    /** Every story with its article ids (sorted), by story id: what the stories are, for checks and tools. */
    public Map<String, List<String>> storyMembers() throws IOException {
        return read(db -> {
            Map<String, List<String>> out = new java.util.TreeMap<>();
            try (PreparedStatement p = db.prepareStatement("SELECT story_id, article_id FROM story_articles"
                    + " ORDER BY story_id, article_id"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            return out;
        });
    }

    /** The id of the story now carrying {@code id}: itself, the story an alias points to, or empty. */
    @Override
    public Optional<String> resolveStory(String id) throws IOException {
        return read(db -> {
            Optional<String> self = one(db, "SELECT id FROM stories WHERE id = ?", id);
            return self.isPresent() ? self : one(db, "SELECT story_id FROM story_aliases WHERE alias = ?", id);
        });
    }

    /** The story as contract JSON. */
    @Override
    public Optional<String> story(String id) throws IOException {
        return read(db -> one(db, "SELECT body FROM stories WHERE id = ?", id));
    }

    @Override
    public List<StorySummary> stories(StoryFilter f) throws IOException {
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
        return read(db -> {
            try (PreparedStatement p = prepare(db, sql.toString(), args.toArray())) {
                return summaries(p);
            }
        });
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
            return String.format(java.util.Locale.ROOT, bySize, String.format(java.util.Locale.ROOT, byEnd, "id > ?"));
        }
        addEnd(last, args);
        args.add(last.articles());
        args.add(last.articles());
        args.add(last.id());
        return String.format(java.util.Locale.ROOT, byEnd, String.format(java.util.Locale.ROOT, bySize, "id > ?"));
    }

    private static void addEnd(StorySummary last, List<Object> args) {
        if (last.end() != null) {
            args.add(last.end());
            args.add(last.end());
        }
    }

    public List<ArticleSummary> articlesOf(String storyId) throws IOException {
        return read(db -> {
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
        });
    }

    /**
     * A page of at most {@code limit} of the story's articles in publication order (undated last), after the
     * position {@code afterKey}/{@code afterId} of the previous page (both null for the first page). Reads
     * only the page's rows, so its cost does not grow with the story.
     */
    @Override
    public StoryArticlePage articlesOf(String storyId, String afterKey, String afterId, int limit) throws IOException {
        if (limit < 1 || (afterKey == null) != (afterId == null)) {
            throw new IllegalArgumentException("bad page of a story's articles");
        }
        return read(db -> {
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
        });
    }

    /** The list details of these articles (those stored), in the order asked. */
    @Override
    public List<ArticleSummary> articleSummaries(List<String> ids) throws IOException {
        Map<String, ArticleSummary> found = new HashMap<>();
        read(db -> {
            selectByIds(db, "SELECT id, title, outlet, published, url FROM articles INDEXED BY articles_details"
                    + " WHERE id IN (%s)", ids, r -> found.put(r.getString(1), new ArticleSummary(r.getString(1),
                    r.getString(2), r.getString(3), r.getString(4), r.getString(5))));
            return null;
        });
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** One row of a result, read by the caller. */
    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code select}, whose {@code %s} stands for the placeholders of an {@code IN} list, over {@code ids}
     * in chunks small enough for SQLite's parameter limit, handing every row to {@code row}.
     */
    static void selectByIds(Connection db, String select, List<String> ids, Row row) throws SQLException {
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement p = prepare(db, String.format(Locale.ROOT, select, marks), chunk.toArray());
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }

    /** An entity by canonical name (any case), with its quotes and stories; empty when no article names it. */
    @Override
    public Optional<EntityView> entity(String name, int limit) throws IOException {
        String key = SearchIndex.key(name);
        return read(db -> {
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
        });
    }

    /** The canonical name of an article's entity ({@code e1} in article {@code a}), or empty. */
    @Override
    public Optional<String> entityName(String articleId, String entityId) throws IOException {
        return read(db -> one(db, "SELECT name FROM entities WHERE article_id = ? AND entity_id = ?", articleId,
                entityId));
    }

    public boolean hasArticle(String id) throws IOException {
        return read(db -> count(db, "SELECT COUNT(*) FROM articles WHERE id = ?", id) > 0);
    }

    /** Subscribes to a feed; false when it was already there. */
    public boolean addFeed(String url) throws IOException {
        return transaction(db -> update(db, "INSERT OR IGNORE INTO feeds(url, added_at)"
                + " VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))", url) > 0);
    }

    public List<FeedSubscription> feeds() throws IOException {
        return read(db -> {
            try (PreparedStatement p = prepare(db, "SELECT url, etag, last_modified, last_checked, last_status"
                    + " FROM feeds ORDER BY url"); ResultSet r = p.executeQuery()) {
                List<FeedSubscription> out = new ArrayList<>();
                while (r.next()) {
                    int status = r.getInt(5);
                    out.add(new FeedSubscription(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.wasNull() ? null : status));
                }
                return out;
            }
        });
    }

    /** Records a poll: its status and, when the feed answered, its new validators. */
    public void feedPolled(String url, int status, String etag, String lastModified) throws IOException {
        transaction(db -> update(db, "UPDATE feeds SET last_status = ?, etag = ?, last_modified = ?,"
                + " last_checked = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE url = ?",
                status, etag, lastModified, url));
    }

    @Override
    public boolean storyHasKeyPoint(String storyId, String keyPoint) throws IOException {
        return read(db -> count(db, "SELECT COUNT(*) FROM story_key_points WHERE story_id = ? AND key_point = ?",
                storyId, keyPoint) > 0);
    }

    @Override
    public ErrorReport addReport(ErrorReport report, String client) throws IOException {
        return transaction(db -> {
            try (PreparedStatement p = prepare(db, "INSERT INTO reports(story_id, key_point, reason, comment, client,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                    report.story(), report.keyPoint(), report.reason(), report.comment(), client)) {
                p.executeUpdate();
            }
            long id = count(db, "SELECT last_insert_rowid()");
            return reports(db, "SELECT id, story_id, key_point, reason, comment, created_at FROM reports WHERE id = ?",
                    id).get(0);
        });
    }

    @Override
    public List<ErrorReport> reports(String storyId) throws IOException {
        return read(db -> reports(db, "SELECT id, story_id, key_point, reason, comment, created_at FROM reports"
                + " WHERE story_id = ? ORDER BY id", storyId));
    }

    /** Reports per key point of a story. */
    @Override
    public Map<String, Integer> reportCounts(String storyId) throws IOException {
        return read(db -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement p = prepare(db, "SELECT key_point, COUNT(*) FROM reports WHERE story_id = ?"
                    + " GROUP BY key_point", storyId);
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
            return out;
        });
    }

    private static List<ErrorReport> reports(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            List<ErrorReport> out = new ArrayList<>();
            while (r.next()) {
                out.add(new ErrorReport(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6)));
            }
            return out;
        }
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

    static PreparedStatement prepare(Connection db, String sql, Object... args) throws SQLException {
        PreparedStatement p = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            p.setObject(i + 1, args[i]);
        }
        return p;
    }

    static int update(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args)) {
            return p.executeUpdate();
        }
    }

    static Optional<String> one(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        }
    }

    static List<String> strings(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    static int count(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            index.close();
        } finally {
            try {
                db.close();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }
}
