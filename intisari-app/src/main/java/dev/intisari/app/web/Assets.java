package dev.intisari.app.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page's stylesheet and script, read once from the classpath; nothing else is served. */
final class Assets {
    private static final String BASE = "/dev/intisari/app/web/assets/";
    private static final Map<String, String> TYPES = Map.of(
            "intisari.css", "text/css; charset=utf-8",
            "intisari.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> files;

    Assets() {
        this.files = Map.of("intisari.css", read("intisari.css"), "intisari.js", read("intisari.js"));
    }

    void handle(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] body = files.get(name);
        if (body == null) {
            WebPages.notFound(ctx);
            return;
        }
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.attribute(WebPages.RENDERED, true);
        ctx.contentType(TYPES.get(name)).result(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing web asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
