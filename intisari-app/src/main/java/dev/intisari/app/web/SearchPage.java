package dev.intisari.app.web;

import dev.intisari.store.NewsArchive;
import dev.intisari.store.search.FacetCount;
import dev.intisari.store.search.SearchHit;
import dev.intisari.store.search.SearchQuery;
import dev.intisari.store.search.SearchResult;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /search?q=…}: hits with the matched words marked, and facets (media, entity, day) that narrow the
 * search; {@code media}, {@code entitas}, {@code dari}, {@code sampai} and {@code halaman} parameters.
 */
final class SearchPage {
    private static final int PER_PAGE = 20;
    private static final int MAX_PAGE = 50;
    private static final int MAX_QUERY = 500;

    private final NewsArchive store;

    SearchPage(NewsArchive store) {
        this.store = store;
    }

    void handle(Context ctx) throws IOException {
        String q = Params.text(ctx, "q", MAX_QUERY);
        String outlet = Params.text(ctx, "media", 200);
        String entity = Params.text(ctx, "entitas", 200);
        String from = Params.date(ctx, "dari");
        String to = Params.date(ctx, "sampai");
        int page = Params.page(ctx, MAX_PAGE);
        Markup m = new Markup();
        if (q == null) {
            m.element("h1", "Cari berita");
            m.element("p", "Tulis kata kunci di kotak pencarian. Kata berimbuhan ikut ditemukan: "
                    + "mengungsi menemukan pengungsian.", "class", "lead");
            WebPages.send(ctx, Layout.page("Cari", null, m));
            return;
        }
        SearchResult result;
        try {
            result = store.search(new SearchQuery(q, outlet, entity, from, to, (page - 1) * PER_PAGE,
                    PER_PAGE));
        } catch (IllegalArgumentException e) {
            result = new SearchResult(0, List.of(), Map.of());
        }
        Map<String, String> current = new LinkedHashMap<>();
        current.put("q", q);
        current.put("media", outlet);
        current.put("entitas", entity);
        current.put("dari", from);
        current.put("sampai", to);
        m.element("h1", "Hasil pencarian: " + q);
        m.element("p", Layout.count(result.total(), "artikel") + " ditemukan.", "class", "lead", "id", "jumlah");
        filters(m, current);
        m.open("div", "class", "search-layout");
        m.open("ol", "class", "hits", "start", (page - 1) * PER_PAGE + 1);
        for (SearchHit h : result.hits()) {
            m.open("li", "class", "hit");
            m.open("a", "href", Href.article(h.id()), "class", "hit-title").append(Highlighted.render(h.title()))
                    .close("a");
            m.element("div", (h.outlet() == null ? "" : h.outlet())
                    + (h.published() == null ? "" : " · " + Layout.date(h.published())), "class", "meta");
            if (h.snippet() != null) {
                m.open("p", "class", "snippet").append(Highlighted.render(h.snippet())).close("p");
            }
            m.close("li");
        }
        m.close("ol");
        m.open("aside", "class", "facets");
        facet(m, "Media", "media", result.facets().get("outlet"), current);
        facet(m, "Tokoh, lembaga, tempat", "entitas", result.facets().get("entity"), current);
        dayFacet(m, result.facets().get("day"), current);
        m.close("aside");
        m.close("div");
        long shown = (long) page * PER_PAGE;
        Params.pager(m, page > 1 ? Href.search(with(current, "halaman", String.valueOf(page - 1))) : null,
                shown < result.total() && page < MAX_PAGE
                        ? Href.search(with(current, "halaman", String.valueOf(page + 1))) : null, page);
        WebPages.send(ctx, Layout.page("Cari: " + q, q, m));
    }

    private static void filters(Markup m, Map<String, String> current) {
        Map<String, String> labels = Map.of("media", "Media", "entitas", "Entitas", "dari", "Dari", "sampai",
                "Sampai");
        boolean any = false;
        for (String key : List.of("media", "entitas", "dari", "sampai")) {
            if (current.get(key) == null) {
                continue;
            }
            if (!any) {
                m.open("p", "class", "filters").text("Saringan: ");
                any = true;
            }
            m.element("span", labels.get(key) + ": " + current.get(key), "class", "badge");
            m.link(Href.search(with(current, key, null)), "hapus", "class", "remove-filter",
                    "aria-label", "Hapus saringan " + labels.get(key)).text(" ");
        }
        if (any) {
            m.close("p");
        }
    }

    private static void facet(Markup m, String title, String key, List<FacetCount> values,
                              Map<String, String> current) {
        if (values == null || values.isEmpty()) {
            return;
        }
        m.open("section", "class", "facet", "data-facet", key);
        m.element("h2", title);
        m.open("ul");
        for (FacetCount c : values) {
            m.open("li").link(Href.search(with(current, key, c.value())), c.value())
                    .element("span", " " + c.count(), "class", "count").close("li");
        }
        m.close("ul").close("section");
    }

    private static void dayFacet(Markup m, List<FacetCount> values, Map<String, String> current) {
        if (values == null || values.isEmpty()) {
            return;
        }
        m.open("section", "class", "facet", "data-facet", "tanggal");
        m.element("h2", "Tanggal");
        m.open("ul");
        for (FacetCount c : values) {
            Map<String, String> day = with(with(current, "dari", c.value()), "sampai", c.value());
            m.open("li").link(Href.search(day), Layout.date(c.value()))
                    .element("span", " " + c.count(), "class", "count").close("li");
        }
        m.close("ul").close("section");
    }

    private static Map<String, String> with(Map<String, String> current, String key, String value) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.put(key, value);
        if (!key.equals("halaman")) {
            next.remove("halaman");
        }
        return next;
    }
}
