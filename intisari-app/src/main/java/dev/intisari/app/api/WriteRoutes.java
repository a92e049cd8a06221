package dev.intisari.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.model.InputProblem;
import dev.intisari.store.ErrorReport;
import dev.intisari.store.Ingest;
import dev.intisari.store.NewsArchive;
import io.javalin.http.Context;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.intisari.app.api.ApiServer.JSON;
import static dev.intisari.app.api.ApiServer.json;

/** The POST endpoints: error reports (validated, rate-limited per client) and ingest (bearer token). */
final class WriteRoutes {
    /** The reasons a reader can give; see docs/api.md. */
    static final Set<String> REASONS = Set.of("wrong-fact", "wrong-citation", "wrong-speaker", "wrong-date",
            "outdated", "misleading", "other");
    private static final int MAX_COMMENT = 1_000;

    private final NewsArchive store;
    private final Ingest ingest;
    private final String ingestDisabled;
    private final ServerConfig config;
    private final RateLimiter reportLimit;

    /**
     * Routes over {@code store}; {@code ingest} null when this server cannot ingest, with
     * {@code ingestDisabled} saying why (the 405 answer of {@code POST /api/articles}).
     */
    WriteRoutes(NewsArchive store, Ingest ingest, String ingestDisabled, ServerConfig config) {
        this.store = store;
        this.ingest = ingest;
        this.ingestDisabled = ingestDisabled;
        this.config = config;
        this.reportLimit = new RateLimiter(config.reportsPerMinute(), System::currentTimeMillis);
    }

    void report(Context ctx) throws IOException {
        // a cross-site HTML form can only send form or text bodies: asking for JSON keeps reports same-origin
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new ApiError(415, "a report is sent as application/json");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > config.maxReportBytes()) {
            throw new ApiError(413, "a report is at most " + config.maxReportBytes() + " bytes");
        }
        JsonNode body;
        try {
            body = JSON.readTree(bytes);
        } catch (IOException e) {
            throw ApiError.badRequest("the body must be a JSON object");
        }
        if (body == null || !body.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object");
        }
        String story = required(body, "story");
        String keyPoint = required(body, "key_point");
        String reason = required(body, "reason");
        if (!REASONS.contains(reason)) {
            throw ApiError.badRequest("reason must be one of " + new java.util.TreeSet<>(REASONS));
        }
        JsonNode c = body.get("comment");
        if (c != null && !c.isNull() && !c.isTextual()) {
            throw ApiError.badRequest("comment must be a string");
        }
        String comment = c == null || c.isNull() || c.asText().isBlank() ? null : c.asText().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw ApiError.badRequest("comment is longer than " + MAX_COMMENT + " characters");
        }
        String id = store.resolveStory(story).orElseThrow(() -> ApiError.notFound("no story " + story));
        if (!store.storyHasKeyPoint(id, keyPoint)) {
            throw ApiError.badRequest("story " + id + " has no key point " + keyPoint);
        }
        if (!reportLimit.allow(ctx.ip())) {
            throw new ApiError(429, "too many reports from this address; try again in a minute");
        }
        ErrorReport saved = store.addReport(new ErrorReport(0, id, keyPoint, reason, comment, null), ctx.ip());
        ObjectNode out = report(saved);
        out.put("count", store.reportCounts(id).getOrDefault(keyPoint, 0));
        ctx.status(201);
        json(ctx, out);
    }

    void ingest(Context ctx) throws IOException {
        if (ingest == null) {
            throw new ApiError(405, ingestDisabled);
        }
        authorise(ctx);
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > config.maxBodyBytes()) {
            throw new ApiError(413, "the body is larger than " + config.maxBodyBytes() + " bytes");
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
        if (!start.startsWith("{")) {
            throw ApiError.badRequest("the body must be JSON Lines: one article object per line");
        }
        List<InputProblem> problems = new ArrayList<>();
        Ingest.Outcome outcome = ingest.run(new FileCorpusReader(new ByteArrayInputStream(bytes)), List.of("-"),
                problems::add, n -> { });
        ObjectNode out = JSON.createObjectNode();
        out.put("added", outcome.added());
        out.put("updated", outcome.updated());
        out.put("unchanged", outcome.unchanged());
        out.put("stories", outcome.stories());
        ArrayNode list = out.putArray("problems");
        for (InputProblem p : problems) {
            list.addObject().put("line", p.line())
                    .put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .put("message", p.message());
        }
        boolean nothing = outcome.added() + outcome.updated() + outcome.unchanged() == 0;
        if (outcome.failed() && nothing) {
            out.putObject("error").put("status", 400).put("message", "no article could be read from the body");
        }
        ctx.status(outcome.failed() && nothing ? 400 : 200);
        json(ctx, out);
    }

    private void authorise(Context ctx) {
        if (config.token() == null || config.token().isEmpty()) {
            throw new ApiError(403, "ingest over HTTP is disabled; start the server with --token");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "an Authorization: Bearer token is required");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(403, "the token is not valid");
        }
    }

    static ObjectNode report(ErrorReport r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id());
        n.put("story", r.story());
        n.put("key_point", r.keyPoint());
        n.put("reason", r.reason());
        n.put("comment", r.comment());
        n.put("created", r.created());
        return n;
    }

    private static String required(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw ApiError.badRequest(field + " is required (a string)");
        }
        if (v.asText().length() > 200) {
            throw ApiError.badRequest(field + " is too long");
        }
        return v.asText().strip();
    }
}
