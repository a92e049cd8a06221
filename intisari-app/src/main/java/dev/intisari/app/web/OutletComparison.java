package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intisari.model.DuplicateGroup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Perbandingan media": per outlet, when it first published, which key points and how many of the story's
 * quotes it carried (what it left out is the rest); then who published first, the wire sources, and the
 * articles that are copies of another (syndicated or copied), from the duplicate detector.
 */
final class OutletComparison {
    private OutletComparison() {
    }

    static void render(Markup m, StoryView v, List<DuplicateGroup> copies) {
        JsonNode story = v.story();
        JsonNode points = story.path("key_points");
        JsonNode quotes = story.path("quotes");
        m.open("section", "id", "media");
        m.element("h2", "Perbandingan media");
        String first = story.path("origin").path("first").asText(null);
        if (first != null) {
            m.open("p", "class", "origin").text("Pertama diberitakan oleh ")
                    .element("strong", v.outlet(first)).text(" pada " + Layout.date(v.published(first)) + ": ")
                    .link(Href.article(first), v.title(first)).text(".").close("p");
        }
        if (!story.path("origin").path("wire").isEmpty()) {
            m.element("p", "Kantor berita yang disebut sebagai sumber: "
                    + ArticlePage.join(story.path("origin").path("wire")) + ".", "class", "wire");
        }
        m.open("div", "class", "table-scroll");
        m.open("table", "class", "outlets");
        m.element("caption", "Butir intisari dan kutipan yang dimuat tiap media (✓ dimuat, – tidak dimuat)");
        m.open("thead").open("tr");
        m.element("th", "Media", "scope", "col");
        m.element("th", "Terbit pertama", "scope", "col");
        m.element("th", "Artikel", "scope", "col");
        for (int i = 0; i < points.size(); i++) {
            m.open("th", "scope", "col", "title", points.get(i).path("text").asText())
                    .link(Href.anchor(points.get(i).path("id").asText()), "Butir " + (i + 1)).close("th");
        }
        m.element("th", "Kutipan", "scope", "col");
        m.close("tr").close("thead");
        m.open("tbody");
        boolean firstRow = true;
        for (JsonNode o : story.path("outlets")) {
            Set<String> carried = strings(o.path("key_points"));
            Set<String> quoteIds = strings(o.path("quotes"));
            m.open("tr", "class", firstRow ? "first" : null);
            m.open("th", "scope", "row").text(o.path("outlet").asText("Media tidak diketahui"));
            if (firstRow) {
                m.text(" ").element("span", "Pertama", "class", "badge first-badge");
            }
            m.close("th");
            m.element("td", Layout.date(o.path("first_published").asText(null)));
            m.element("td", String.valueOf(o.path("articles").size()));
            for (JsonNode kp : points) {
                boolean has = carried.contains(kp.path("id").asText());
                m.open("td", "class", has ? "yes" : "no").element("span", has ? "✓" : "–", "aria-hidden", "true")
                        .element("span", has ? "dimuat" : "tidak dimuat", "class", "visually-hidden").close("td");
            }
            int n = 0;
            for (JsonNode q : quotes) {
                for (JsonNode c : q.path("citations")) {
                    if (quoteIds.contains(c.path("quote").asText())) {
                        n++;
                        break;
                    }
                }
            }
            m.element("td", n + " dari " + quotes.size());
            m.close("tr");
            firstRow = false;
        }
        m.close("tbody").close("table").close("div");
        copies(m, v, copies);
        m.close("section");
    }

    private static void copies(Markup m, StoryView v, List<DuplicateGroup> copies) {
        m.element("h3", "Salinan dan sindikasi");
        List<String[]> wired = new ArrayList<>();
        for (var e : v.analyses().entrySet()) {
            if (!e.getValue().path("wire").isEmpty()) {
                wired.add(new String[] {e.getKey(), ArticlePage.join(e.getValue().path("wire"))});
            }
        }
        if (copies.isEmpty() && wired.isEmpty()) {
            m.element("p", "Tidak ada salinan: setiap artikel ditulis sendiri oleh medianya.", "class", "empty");
            return;
        }
        m.open("ul", "class", "copies");
        for (DuplicateGroup g : copies) {
            for (String copy : g.articles()) {
                if (copy.equals(g.first())) {
                    continue;
                }
                m.open("li", "class", "copy");
                m.link(Href.article(copy), v.title(copy)).text(" (" + v.outlet(copy) + ") adalah salinan dari ");
                m.link(Href.article(g.first()), v.title(g.first())).text(" (" + v.outlet(g.first()) + "), kemiripan "
                        + Math.round(g.similarity() * 100) + "%.");
                m.close("li");
            }
        }
        wired.sort((a, b) -> a[0].compareTo(b[0]));
        for (String[] w : wired) {
            m.open("li", "class", "syndicated");
            m.link(Href.article(w[0]), v.title(w[0])).text(" (" + v.outlet(w[0]) + ") berdasarkan kantor berita "
                    + w[1] + ".");
            m.close("li");
        }
        m.close("ul");
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
