package dev.intisari.app.web;

import java.util.Map;

/** The page shell: head (stylesheet and script from /assets), header with search, main, footer. */
final class Layout {
    static final String SITE = "Intisari";

    private Layout() {
    }

    /** A whole page around {@code main}; {@code query} fills the search box. */
    static String page(String title, String query, Markup main) {
        Markup m = new Markup().doctype();
        m.open("html", "lang", "id");
        m.open("head");
        m.open("meta", "charset", "utf-8");
        m.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        m.open("meta", "name", "referrer", "content", "no-referrer");
        m.element("title", title == null || title.isBlank() ? SITE : title + " · " + SITE);
        m.open("link", "rel", "stylesheet", "href", Href.asset("intisari.css"));
        m.open("script", "src", Href.asset("intisari.js"), "defer", true).close("script");
        m.close("head");
        m.open("body");
        m.open("header", "class", "site");
        m.link(Href.home(1), SITE, "class", "brand");
        m.element("span", "Intisari berita dari banyak media", "class", "tagline");
        m.open("form", "class", "search", "method", "get", "action", Href.search(Map.of()), "role", "search");
        m.open("label", "for", "q", "class", "visually-hidden").text("Cari berita").close("label");
        m.open("input", "type", "search", "id", "q", "name", "q", "value", query, "placeholder", "Cari berita…",
                "maxlength", "500");
        m.element("button", "Cari", "type", "submit");
        m.close("form");
        m.close("header");
        m.open("main", "id", "isi").append(main).close("main");
        m.open("footer", "class", "site");
        m.text("Setiap intisari mengutip kalimat sumbernya. Temukan kesalahan? Gunakan tombol "
                + "\u201cLaporkan kesalahan\u201d pada butir yang keliru.");
        m.close("footer");
        m.close("body").close("html");
        return m.toString();
    }

    /** A short Indonesian date (2 Maret 2026) from YYYY-MM-DD or an ISO date-time; the input when unreadable. */
    static String date(String iso) {
        if (iso == null || iso.length() < 10) {
            return iso == null ? "" : iso;
        }
        String[] months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember"};
        try {
            int year = Integer.parseInt(iso.substring(0, 4));
            int month = Integer.parseInt(iso.substring(5, 7));
            int day = Integer.parseInt(iso.substring(8, 10));
            String d = day + " " + months[month - 1] + " " + year;
            if (iso.length() >= 16 && iso.charAt(10) == 'T') {
                d += ", " + iso.substring(11, 16);
            }
            return d;
        } catch (RuntimeException e) {
            return iso;
        }
    }

    /** "3 artikel" and the like. */
    static String count(long n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.') + " " + noun;
    }
}
