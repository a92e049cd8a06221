package dev.intisari.store;

import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.Article;
import dev.intisari.model.Grouping;
import dev.intisari.model.Story;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes the stories over every stored article ({@link Pipeline#group}) and replaces the stored ones in
 * one transaction: the path for grouping stages that cannot run one article at a time (anything but the
 * online detector and clusterer, see {@link StoryGrouping}). Cost: linear in the stored articles on every
 * update. A story id that disappears becomes an alias of the new story sharing most of its articles.
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
        List<Article> articles = store.read(db -> Sql.strings(db, "SELECT analysis FROM articles ORDER BY id"))
                .stream().map(ContractJson::readArticle).toList();
        Grouping grouping = pipeline.group(articles);
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        return store.transaction(db -> {
            Map<String, Set<String>> before = storyArticles(db);
            Set<String> now = new HashSet<>();
            StoryWriter writer = new StoryWriter(db);
            Sql.update(db, "DELETE FROM stories");
            for (Story s : grouping.stories()) {
                writer.put(s, byId::get);
                now.add(s.id());
            }
            for (Map.Entry<String, Set<String>> old : before.entrySet()) {
                if (!now.contains(old.getKey())) {
                    String heir = StoryWriter.heir(old.getValue(), grouping.stories());
                    if (heir != null) {
                        writer.alias(old.getKey(), heir);
                    }
                }
            }
            Sql.update(db, "UPDATE articles SET grouped = 1 WHERE grouped = 0");
            Sql.update(db, "DELETE FROM grouping_state");
            Sql.update(db, "UPDATE state SET value = '0' WHERE name = 'stories_dirty'");
            return grouping.stories().size();
        });
    }

    static Map<String, Set<String>> storyArticles(Connection db) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT story_id, article_id FROM story_articles");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
            }
        }
        return out;
    }
}
