package dev.intisari.store;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.store.search.SearchIndex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The rows of analysed articles, written with one prepared statement per table for a whole batch (inside the
 * caller's transaction): the article upserted by id, its entities and quotes replaced, and its order key on
 * the story rows that already hold it brought up to date. A new version is not yet in the stories
 * ({@code grouped = 0}) nor in the committed index ({@code indexed = 0}).
 */
final class ArticleRows {
    /** The JSON of one article, written before the transaction. */
    record Json(String hash, String raw, String analysis) {
    }

    private final PreparedStatement article;
    private final PreparedStatement storyOrder;
    private final PreparedStatement dropEntities;
    private final PreparedStatement dropQuotes;
    private final PreparedStatement entity;
    private final PreparedStatement quote;

    ArticleRows(Connection db) throws SQLException {
        article = db.prepareStatement("INSERT INTO articles(id, hash, source, outlet, title, published, sort_time,"
                + " url, raw, analysis, indexed, grouped, stored_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                + " ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, source = excluded.source,"
                + " outlet = excluded.outlet, title = excluded.title, published = excluded.published,"
                + " sort_time = excluded.sort_time, url = excluded.url, raw = excluded.raw,"
                + " analysis = excluded.analysis, indexed = 0, grouped = 0, stored_at = excluded.stored_at");
        storyOrder = db.prepareStatement("UPDATE story_articles SET sort_key = ? WHERE article_id = ?");
        dropEntities = db.prepareStatement("DELETE FROM entities WHERE article_id = ?");
        dropQuotes = db.prepareStatement("DELETE FROM quotes WHERE article_id = ?");
        entity = db.prepareStatement("INSERT OR IGNORE INTO entities(article_id, entity_id, name, key, type,"
                + " mentions) VALUES (?, ?, ?, ?, ?, ?)");
        quote = db.prepareStatement("INSERT OR IGNORE INTO quotes(id, article_id, speaker, speaker_key, text,"
                + " direct, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    void put(Article a, Json json) throws SQLException {
        article.setString(1, a.id());
        article.setString(2, json.hash());
        article.setString(3, a.source());
        article.setString(4, a.outlet());
        article.setString(5, a.title());
        article.setString(6, a.published() == null ? null : a.published().value());
        article.setString(7, a.published() == null ? null : a.published().instant().toInstant().toString());
        article.setString(8, a.url());
        article.setString(9, json.raw());
        article.setString(10, json.analysis());
        article.executeUpdate();
        storyOrder.setString(1, a.published() == null ? Store.UNDATED : a.published().instant().toInstant().toString());
        storyOrder.setString(2, a.id());
        storyOrder.executeUpdate();
        dropEntities.setString(1, a.id());
        dropEntities.executeUpdate();
        dropQuotes.setString(1, a.id());
        dropQuotes.executeUpdate();
        for (Entity e : a.entities()) {
            entity.setString(1, a.id());
            entity.setString(2, e.id());
            entity.setString(3, e.name());
            entity.setString(4, SearchIndex.key(e.name()));
            entity.setString(5, e.type().name());
            entity.setInt(6, e.mentions().size());
            entity.addBatch();
        }
        for (Quote q : a.quotes()) {
            quote.setString(1, q.id());
            quote.setString(2, a.id());
            quote.setString(3, q.speaker());
            quote.setString(4, q.speaker() == null ? null : SearchIndex.key(q.speaker()));
            quote.setString(5, q.text());
            quote.setBoolean(6, q.direct());
            quote.setInt(7, q.sentence());
            quote.addBatch();
        }
    }

    /** Runs the batched entity and quote inserts and closes the statements. */
    void execute() throws SQLException {
        try {
            entity.executeBatch();
            quote.executeBatch();
        } finally {
            for (PreparedStatement p : new PreparedStatement[] {article, storyOrder, dropEntities, dropQuotes, entity, quote}) {
                p.close();
            }
        }
    }
}
