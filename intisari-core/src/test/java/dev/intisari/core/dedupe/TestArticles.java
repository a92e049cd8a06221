package dev.intisari.core.dedupe;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Published;

import java.util.List;

/** Minimal analysed articles for the grouping tests. */
final class TestArticles {
    private TestArticles() {
    }

    static Article article(String id, String outlet, String published, String title, String text, String... wire) {
        return new Article(id, id, outlet, null, title, new Published(published, "jsonl"), "id", List.of(), text,
                List.of(), List.of(), Credits.NONE, List.of(wire), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
