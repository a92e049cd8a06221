package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.store.NewsArchive;
import dev.intisari.store.search.SearchHit;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code /articles/<id>}: one article, its sentences linkable ({@code ?kalimat=N} highlights one). */
final class ArticlePage {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int RELATED = 6;

    private final NewsArchive store;

    ArticlePage(NewsArchive store) {
        this.store = store;
    }

    void handle(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Optional<String> json = store.article(id);
        if (json.isEmpty()) {
            WebPages.notFound(ctx);
            return;
        }
        JsonNode a = JSON.readTree(json.get());
        int cited = -1;
        String k = Params.text(ctx, "kalimat", 7);
        if (k != null && k.matches("\\d+")) {
            cited = Integer.parseInt(k);
        }
        String title = a.path("title").asText(id);
        Markup m = new Markup();
        m.open("article", "class", "article");
        m.element("h1", title);
        m.open("p", "class", "meta");
        m.text(a.path("outlet").asText("Media tidak diketahui"));
        if (a.hasNonNull("published")) {
            m.text(" · ").open("time", "datetime", a.path("published").asText())
                    .text(Layout.date(a.path("published").asText())).close("time");
        }
        Href source = Href.external(a.path("url").asText(null));
        if (source != null) {
            m.text(" · ").link(source, "Sumber asli", "rel", "noopener noreferrer nofollow ugc");
        }
        m.close("p");
        if (!a.path("wire").isEmpty()) {
            m.element("p", "Berdasarkan kantor berita: " + join(a.path("wire")), "class", "wire");
        }
        m.open("div", "class", "article-text").append(ArticleText.render(a, cited)).close("div");
        m.close("article");
        m.open("aside", "class", "side");
        stories(m, id);
        entities(m, a);
        quotes(m, a);
        related(m, store.related(id, RELATED));
        m.close("aside");
        WebPages.send(ctx, Layout.page(title, null, m));
    }

    private void stories(Markup m, String id) throws IOException {
        List<String> ids = store.storiesOf(id);
        if (ids.isEmpty()) {
            return;
        }
        m.element("h2", "Bagian dari cerita");
        m.open("ul");
        for (String s : ids) {
            String title = store.story(s).map(j -> {
                try {
                    return JSON.readTree(j).path("title").asText(s);
                } catch (IOException e) {
                    return s;
                }
            }).orElse(s);
            m.open("li").link(Href.story(s), title).close("li");
        }
        m.close("ul");
    }

    private static void entities(Markup m, JsonNode a) {
        if (a.path("entities").isEmpty()) {
            return;
        }
        m.element("h2", "Tokoh, lembaga, tempat");
        m.open("ul", "class", "entities");
        for (JsonNode e : a.path("entities")) {
            String name = e.path("name").asText();
            m.open("li").link(Href.entity(name), name).text(" ")
                    .element("span", EntityPage.typeLabel(e.path("type").asText()), "class", "badge").close("li");
        }
        m.close("ul");
    }

    private static void quotes(Markup m, JsonNode a) {
        if (a.path("quotes").isEmpty()) {
            return;
        }
        m.element("h2", "Kutipan");
        m.open("ul", "class", "quotes");
        for (JsonNode q : a.path("quotes")) {
            m.open("li");
            String speaker = q.path("speaker").asText(null);
            if (speaker != null) {
                m.link(Href.entity(speaker), speaker, "class", "speaker").text(": ");
            } else {
                m.element("span", "Tanpa nama pembicara: ", "class", "speaker unknown");
            }
            m.element("q", q.path("text").asText());
            m.text(" ").link(Href.sentence(a.path("id").asText(), q.path("sentence").asInt()), "konteks");
            m.close("li");
        }
        m.close("ul");
    }

    static void related(Markup m, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        m.open("section", "class", "related", "id", "baca-juga");
        m.element("h2", "Baca juga");
        m.open("ul");
        for (SearchHit h : hits) {
            m.open("li");
            m.open("a", "href", Href.article(h.id())).append(Highlighted.render(h.title())).close("a");
            m.element("span", " · " + (h.outlet() == null ? "" : h.outlet())
                    + (h.published() == null ? "" : " · " + Layout.date(h.published())), "class", "meta");
            m.close("li");
        }
        m.close("ul");
        m.close("section");
    }

    static String join(JsonNode strings) {
        StringBuilder b = new StringBuilder();
        for (JsonNode s : strings) {
            b.append(b.length() == 0 ? "" : ", ").append(s.asText());
        }
        return b.toString();
    }
}
