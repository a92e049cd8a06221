package dev.intisari.app.web;

import io.javalin.http.Context;

/** Reading page parameters leniently (a page is never an error) and writing the pager. */
final class Params {
    private Params() {
    }

    /** {@code ?halaman=N}, 1 when absent or unreadable, at most {@code max}. */
    static int page(Context ctx, int max) {
        String v = ctx.queryParam("halaman");
        if (v == null || v.length() > 6) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A query parameter stripped, null when absent or blank, cut to {@code max} characters. */
    static String text(Context ctx, String name, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    /** A YYYY-MM-DD parameter, null when absent or not a date. */
    static String date(Context ctx, String name) {
        String v = text(ctx, name, 10);
        return v != null && v.matches("\\d{4}-\\d{2}-\\d{2}") ? v : null;
    }

    static void pager(Markup m, Href previous, Href next, int page) {
        if (previous == null && next == null) {
            return;
        }
        m.open("nav", "class", "pager", "aria-label", "Halaman");
        m.link(previous, "« Sebelumnya", "rel", "prev");
        m.element("span", "Halaman " + page, "class", "page-number");
        m.link(next, "Berikutnya »", "rel", "next");
        m.close("nav");
    }
}
