package dev.intisari.store;

import static dev.intisari.store.Sql.count;
import static dev.intisari.store.Sql.one;
import static dev.intisari.store.Sql.prepare;
import static dev.intisari.store.Sql.strings;
import static dev.intisari.store.Sql.update;

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
import java.util.List;
import java.util.Map;
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
        return read(db -> StoryQueries.stories(db, f));
    }

    /** A story's articles in publication order (undated last). */
    public List<ArticleSummary> articlesOf(String storyId) throws IOException {
        return read(db -> StoryQueries.articlesOf(db, storyId));
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
        return read(db -> StoryQueries.articlesOf(db, storyId, afterKey, afterId, limit));
    }

    /** The list details of these articles (those stored), in the order asked. */
    @Override
    public List<ArticleSummary> articleSummaries(List<String> ids) throws IOException {
        return read(db -> StoryQueries.articleSummaries(db, ids));
    }

    /** An entity by canonical name (any case), with its quotes and stories; empty when no article names it. */
    @Override
    public Optional<EntityView> entity(String name, int limit) throws IOException {
        return read(db -> StoryQueries.entity(db, name, limit));
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
        return transaction(db -> ReportQueries.add(db, report, client));
    }

    @Override
    public List<ErrorReport> reports(String storyId) throws IOException {
        return read(db -> ReportQueries.of(db, storyId));
    }

    /** Reports per key point of a story. */
    @Override
    public Map<String, Integer> reportCounts(String storyId) throws IOException {
        return read(db -> ReportQueries.counts(db, storyId));
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
