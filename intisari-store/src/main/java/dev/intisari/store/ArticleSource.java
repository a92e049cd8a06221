package dev.intisari.store;

import dev.intisari.model.Article;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Analysed articles by id: those still in memory from this run, the others read back from the store. */
final class ArticleSource {
    private static final int CHUNK = 500;

    private final Store store;
    private final Map<String, Article> fresh;

    ArticleSource(Store store, Map<String, Article> fresh) {
        this.store = store;
        this.fresh = fresh;
    }

    /** The articles with these ids (unknown ids are left out); JSON is read back on all cores. */
    List<Article> all(List<String> ids) throws IOException {
        List<Article> out = new ArrayList<>(ids.size());
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Article a = fresh.get(id);
            if (a != null) {
                out.add(a);
            } else {
                missing.add(id);
            }
        }
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            List<String> json = store.read(db -> {
                String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
                List<String> rows = new ArrayList<>(chunk.size());
                try (PreparedStatement p = Sql.prepare(db, "SELECT analysis FROM articles WHERE id IN (" + marks
                        + ")", chunk.toArray()); ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        rows.add(r.getString(1));
                    }
                }
                return rows;
            });
            out.addAll(json.parallelStream().map(ContractJson::readArticle).toList());
        }
        return out;
    }
}
