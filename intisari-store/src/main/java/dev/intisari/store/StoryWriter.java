package dev.intisari.store;

import dev.intisari.model.Article;
import dev.intisari.model.Story;
import dev.intisari.model.StoryEntity;
import dev.intisari.model.StoryKeyPoint;
import dev.intisari.store.search.SearchIndex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Writes stories (their row, articles, entities, key points) and aliases, inside the caller's transaction. */
final class StoryWriter {
    private final Connection db;

    StoryWriter(Connection db) {
        this.db = db;
    }

    /** Replaces the story with this id. {@code articles} gives the analysed articles of its members. */
    void put(Story s, Function<String, Article> articles) throws SQLException {
        delete(s.id());
        Sql.update(db, "INSERT INTO stories(id, title, start_date, end_date, size, outlets, body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), s.title(), s.start(), s.end(), s.articles().size(),
                s.outlets().size(), ContractJson.story(s));
        try (PreparedStatement p = db.prepareStatement(
                "INSERT OR IGNORE INTO story_articles(story_id, article_id, sort_key) VALUES (?, ?,"
                        + " COALESCE((SELECT sort_time FROM articles WHERE id = ?), '" + Store.UNDATED + "'))")) {
            for (String a : s.articles()) {
                p.setString(1, s.id());
                p.setString(2, a);
                p.setString(3, a);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement(
                "INSERT OR IGNORE INTO story_entities(story_id, key, name) VALUES (?, ?, ?)")) {
            // the story's own entities, and every entity of its articles, so "stories by entity" finds both
            Map<String, String> names = new LinkedHashMap<>();
            for (StoryEntity e : s.entities()) {
                names.putIfAbsent(SearchIndex.key(e.name()), e.name());
            }
            for (String id : s.articles()) {
                Article a = articles.apply(id);
                if (a != null) {
                    a.entities().forEach(e -> names.putIfAbsent(SearchIndex.key(e.name()), e.name()));
                }
            }
            for (Map.Entry<String, String> e : names.entrySet()) {
                p.setString(1, s.id());
                p.setString(2, e.getKey());
                p.setString(3, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement(
                "INSERT OR IGNORE INTO story_key_points(story_id, key_point) VALUES (?, ?)")) {
            for (StoryKeyPoint k : s.keyPoints()) {
                p.setString(1, s.id());
                p.setString(2, k.id());
                p.addBatch();
            }
            p.executeBatch();
        }
        Sql.update(db, "DELETE FROM story_aliases WHERE alias = ?", s.id());
    }

    /** Removes a story (its rows cascade). */
    void delete(String id) throws SQLException {
        Sql.update(db, "DELETE FROM stories WHERE id = ?", id);
    }

    /** {@code old} no longer exists: links to it (and to its own aliases) now lead to {@code heir}. */
    void alias(String old, String heir) throws SQLException {
        Sql.update(db, "INSERT INTO story_aliases(alias, story_id) VALUES (?, ?)"
                + " ON CONFLICT(alias) DO UPDATE SET story_id = excluded.story_id", old, heir);
        Sql.update(db, "UPDATE story_aliases SET story_id = ? WHERE story_id = ?", heir, old);
    }

    /** The story sharing most articles with an old one's (ties: the first given), or null. */
    static String heir(Set<String> oldArticles, Collection<Story> stories) {
        String best = null;
        int shared = 0;
        for (Story s : stories) {
            int n = (int) s.articles().stream().filter(oldArticles::contains).count();
            if (n > shared) {
                shared = n;
                best = s.id();
            }
        }
        return best;
    }
}
