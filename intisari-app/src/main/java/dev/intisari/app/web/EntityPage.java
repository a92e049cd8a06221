package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intisari.store.EntityView;
import dev.intisari.store.NewsArchive;
import dev.intisari.store.StoredQuote;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static dev.intisari.app.web.ArticlePage.JSON;

/** {@code /entities/<name>}: a person, organisation or place: what they said, and their stories. */
final class EntityPage {
    private static final int ITEMS = 50;

    private final NewsArchive store;

    EntityPage(NewsArchive store) {
        this.store = store;
    }

    void handle(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        Optional<EntityView> found = name.length() > 300 ? Optional.empty() : store.entity(name, ITEMS);
        if (found.isEmpty()) {
            WebPages.notFound(ctx);
            return;
        }
        EntityView e = found.get();
        Markup m = new Markup();
        m.element("h1", e.name());
        m.element("p", typeLabel(e.type()) + " · disebut dalam " + Layout.count(e.articles(), "artikel"), "class",
                "lead");
        m.open("p").link(Href.search(Map.of("q", quoted(e.name()))), "Cari artikel yang menyebut " + e.name())
                .close("p");
        m.open("section", "id", "kutipan");
        m.element("h2", "Yang dikatakan");
        if (e.quotes().isEmpty()) {
            m.element("p", "Belum ada kutipan dari " + e.name() + ".", "class", "empty");
        }
        m.open("ul", "class", "quotes");
        Map<String, JsonNode> articles = new HashMap<>();
        for (StoredQuote q : e.quotes()) {
            JsonNode a = articles.get(q.article());
            if (a == null) {
                a = article(q.article());
                articles.put(q.article(), a);
            }
            m.open("li");
            m.element(q.direct() ? "q" : "span", q.text(), "class", q.direct() ? "direct" : "reported");
            m.open("span", "class", "meta").text(" — ");
            int sentence = sentenceOf(a, q.id());
            Href where = sentence >= 0 ? Href.sentence(q.article(), sentence) : Href.article(q.article());
            m.link(where, a.path("title").asText(q.article()));
            if (a.hasNonNull("outlet")) {
                m.text(", " + a.path("outlet").asText());
            }
            if (a.hasNonNull("published")) {
                m.text(", " + Layout.date(a.path("published").asText()));
            }
            m.close("span").close("li");
        }
        m.close("ul").close("section");
        m.open("section", "id", "cerita");
        m.element("h2", "Cerita");
        m.open("ol", "class", "stories");
        e.stories().forEach(s -> HomePage.storyItem(m, s));
        m.close("ol").close("section");
        WebPages.send(ctx, Layout.page(e.name(), null, m));
    }

    /** The article's JSON, or an empty object when it is gone; an archive that cannot answer is an error (503). */
    private JsonNode article(String id) throws IOException {
        Optional<String> json = store.article(id);
        return json.isPresent() ? JSON.readTree(json.get()) : JSON.createObjectNode();
    }

    private static int sentenceOf(JsonNode article, String quoteId) {
        for (JsonNode q : article.path("quotes")) {
            if (quoteId.equals(q.path("id").asText())) {
                return q.path("sentence").asInt(-1);
            }
        }
        return -1;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "") + "\"";
    }

    static String typeLabel(String type) {
        return switch (type == null ? "" : type) {
            case "PERSON" -> "Tokoh";
            case "ORGANIZATION" -> "Lembaga";
            case "LOCATION" -> "Tempat";
            default -> "Entitas";
        };
    }
}
