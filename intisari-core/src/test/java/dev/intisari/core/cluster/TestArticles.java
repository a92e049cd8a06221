package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Published;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Minimal analysed articles for the grouping tests. */
final class TestArticles {
    private TestArticles() {
    }

    static Article article(String id, String outlet, String published, String title, String text,
                           String... people) {
        List<Entity> entities = new ArrayList<>();
        for (String name : people) {
            entities.add(new Entity("e" + (entities.size() + 1), name, EntityType.PERSON, List.of(new Span(0, 1))));
        }
        return new Article(id, id, outlet, null, title, new Published(published, "jsonl"), "id", List.of(), text,
                List.of(), List.of(), Credits.NONE, List.of(), List.of(), List.of(), entities, List.of(),
                List.of(), List.of());
    }

    /** An article with these entities (any types). */
    static Article article(String id, String published, String title, String text, List<Entity> entities) {
        return new Article(id, id, "warta", null, title, new Published(published, "jsonl"), "id", List.of(), text,
                List.of(), List.of(), Credits.NONE, List.of(), List.of(), List.of(), entities, List.of(),
                List.of(), List.of());
    }
}
