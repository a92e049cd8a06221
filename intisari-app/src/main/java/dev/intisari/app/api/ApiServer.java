package dev.intisari.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.app.web.WebPages;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.store.ArchiveUnavailableException;
import dev.intisari.store.Ingest;
import dev.intisari.store.NewsArchive;
import dev.intisari.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * The REST API server: routes, JSON errors, request limits. Reads go straight to the store; writes (error
 * reports, ingest) are validated, limited and serialised by the store. The same server carries the web
 * page ({@link WebPages}); errors outside {@code /api} are answered as HTML pages.
 */
public final class ApiServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;

    /** The server over an embedded store, with ingest over HTTP through {@code pipeline}. */
    public ApiServer(Store store, Pipeline pipeline, ServerConfig config) {
        this(store, new Ingest(store, pipeline), null, config);
    }

    /**
     * The server over an archive that is filled elsewhere (the Flink job's OpenSearch indices): the same
     * reads, pages and error reports; {@code POST /api/articles} answers 405 with {@code ingestDisabled}.
     */
    public ApiServer(NewsArchive archive, String ingestDisabled, ServerConfig config) {
        this(archive, null, ingestDisabled, config);
    }

    private ApiServer(NewsArchive store, Ingest ingest, String ingestDisabled, ServerConfig config) {
        ReadRoutes reads = new ReadRoutes(store);
        WriteRoutes writes = new WriteRoutes(store, ingest, ingestDisabled, config);
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.defaultContentType = "application/json";
        });
        app.before(ctx -> {
            WebPages.secure(ctx);
            ctx.header("Cache-Control", "no-store");
        });
        new WebPages(store).addTo(app);
        app.get("/api/stories", reads::stories);
        app.get("/api/stories/{id}", reads::story);
        app.get("/api/stories/{id}/reports", reads::reports);
        app.get("/api/articles/{id}", reads::article);
        app.get("/api/articles/{id}/related", reads::related);
        app.get("/api/search", reads::search);
        app.get("/api/entities/{name}", reads::entity);
        app.post("/api/reports", writes::report);
        app.post("/api/articles", writes::ingest);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(ArchiveUnavailableException.class, (e, ctx) -> {
            // the operator needs the reason (server down, index missing); the client only that it is temporary
            LOG.warn("archive unavailable for {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "30");
            if (WebPages.owns(ctx.path())) {
                WebPages.unavailable(ctx);
            } else {
                error(ctx, 503, "the news archive is unavailable; try again later");
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404 && WebPages.owns(ctx.path())) {
                WebPages.notFound(ctx);
            } else {
                error(ctx, e.getStatus(), e.getMessage());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            if (WebPages.owns(ctx.path())) {
                WebPages.failed(ctx);
            } else {
                error(ctx, 500, "internal error");
            }
        });
        app.error(404, ctx -> {
            if (Boolean.TRUE.equals(ctx.attribute("json-error")) || WebPages.rendered(ctx)) {
                return;
            }
            if (WebPages.owns(ctx.path())) {
                WebPages.notFound(ctx);
            } else {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (!Boolean.TRUE.equals(ctx.attribute("json-error")) && !WebPages.rendered(ctx)) {
                error(ctx, 405, "method not allowed");
            }
        });
        app.start(config.host(), config.port());
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("status", status);
        error.put("message", message);
        ctx.attribute("json-error", true);
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    static void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
