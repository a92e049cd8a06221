package dev.intisari.store;

import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.Article;
import dev.intisari.model.Grouping;
import dev.intisari.model.Story;
import dev.intisari.model.StoryEntity;
import dev.intisari.model.StoryKeyPoint;
import dev.intisari.store.search.SearchIndex;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes the stories over every stored article ({@link Pipeline#group}) and replaces the stored ones in
 * one transaction. A story id that disappears becomes an alias of the new story sharing most of its
 * articles, so links to it keep working. Cost: reads and regroups the whole store on every ingest, linear in
 * the stored articles; an incremental clusterer state is the next step (see docs/store.md).
 */
final class StoryRegrouping {
    private final Store store;
    private final Pipeline pipeline;

    StoryRegrouping(Store store, Pipeline pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    /** Returns the number of stories written. */
    int run() throws IOException {
        List<Article> articles = store.read(db -> Store.strings(db, "SELECT analysis FROM articles ORDER BY id"))
                .stream().map(ContractJson::readArticle).toList();
        Grouping grouping = pipeline.group(articles);
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        return store.transaction(db -> {
            Map<String, Set<String>> before = storyArticles(db);
            Set<String> now = new HashSet<>();
            Store.update(db, "DELETE FROM stories");
            for (Story s : grouping.stories()) {
                insert(db, s, byId);
                now.add(s.id());
            }
            for (Map.Entry<String, Set<String>> old : before.entrySet()) {
                if (!now.contains(old.getKey())) {
                    String heir = heir(old.getValue(), grouping.stories());
                    if (heir != null) {
                        Store.update(db, "INSERT INTO story_aliases(alias, story_id) VALUES (?, ?)"
                                + " ON CONFLICT(alias) DO UPDATE SET story_id = excluded.story_id",
                                old.getKey(), heir);
                        Store.update(db, "UPDATE story_aliases SET story_id = ? WHERE story_id = ?",
                                heir, old.getKey());
                    }
                }
            }
            for (String id : now) {
                Store.update(db, "DELETE FROM story_aliases WHERE alias = ?", id);
            }
            Store.update(db, "UPDATE state SET value = '0' WHERE name = 'stories_dirty'");
            return grouping.stories().size();
        });
    }

    private static Map<String, Set<String>> storyArticles(Connection db) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT story_id, article_id FROM story_articles");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
            }
        }
        return out;
    }

    /** The new story sharing most articles with an old one (ties: the first in output order), or null. */
    private static String heir(Set<String> oldArticles, List<Story> stories) {
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

    private static void insert(Connection db, Story s, Map<String, Article> byId) throws SQLException {
        Store.update(db, "INSERT INTO stories(id, title, start_date, end_date, size, outlets, body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), s.title(), s.start(), s.end(), s.articles().size(),
                s.outlets().size(), ContractJson.story(s));
        try (PreparedStatement p = db.prepareStatement(
                "INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES (?, ?)")) {
            for (String a : s.articles()) {
                p.setString(1, s.id());
                p.setString(2, a);
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
                Article a = byId.get(id);
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
    }
}
