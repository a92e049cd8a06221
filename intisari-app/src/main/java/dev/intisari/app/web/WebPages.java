package dev.intisari.app.web;

import dev.intisari.store.NewsArchive;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * The web page's routes on the API server's Javalin instance: {@code /} (latest stories),
 * {@code /stories/{id}}, {@code /articles/<id>}, {@code /entities/<name>}, {@code /search} and
 * {@code /assets/{name}}, with security headers on every response.
 */
public final class WebPages {
    /** Scripts, styles and requests from this app only; nothing inline, no plugins, no framing. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String RENDERED = "web-page-rendered";

    private final HomePage home;
    private final StoryPage story;
    private final ArticlePage article;
    private final EntityPage entity;
    private final SearchPage search;
    private final Assets assets = new Assets();

    public WebPages(NewsArchive store) {
        this.home = new HomePage(store);
        this.story = new StoryPage(store);
        this.article = new ArticlePage(store);
        this.entity = new EntityPage(store);
        this.search = new SearchPage(store);
    }

    /** Adds the pages and assets to {@code app}. */
    public void addTo(Javalin app) {
        app.get("/", home::handle);
        app.get("/stories/{id}", story::handle);
        app.get("/articles/<id>", article::handle);
        app.get("/entities/<name>", entity::handle);
        app.get("/search", search::handle);
        app.get("/assets/{name}", assets::handle);
    }

    /** Headers for every response, pages and API alike. */
    public static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    }

    /** Whether a path belongs to the pages (everything outside {@code /api}). */
    public static boolean owns(String path) {
        return !(path.equals("/api") || path.startsWith("/api/"));
    }

    /** Whether a page already wrote its own answer (so error handlers leave it alone). */
    public static boolean rendered(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(RENDERED));
    }

    public static void notFound(Context ctx) {
        problem(ctx, 404, "Halaman tidak ditemukan", "Alamat ini tidak ada atau sudah tidak tersedia.");
    }

    public static void failed(Context ctx) {
        problem(ctx, 500, "Terjadi kesalahan", "Halaman ini tidak dapat ditampilkan. Coba lagi sebentar lagi.");
    }

    /** The archive behind the pages cannot be read now (503). */
    public static void unavailable(Context ctx) {
        problem(ctx, 503, "Sumber berita tidak tersedia",
                "Data berita tidak dapat dibaca saat ini. Coba lagi beberapa saat lagi.");
    }

    static void problem(Context ctx, int status, String title, String message) {
        Markup m = new Markup();
        m.element("h1", title);
        m.element("p", message);
        m.open("p").link(Href.home(1), "Kembali ke beranda").close("p");
        send(ctx.status(status), Layout.page(title, null, m));
    }

    static void send(Context ctx, String html) {
        ctx.attribute(RENDERED, true);
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}
