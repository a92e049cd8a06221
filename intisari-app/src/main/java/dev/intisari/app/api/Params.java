package dev.intisari.app.api;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters, validated: a bad value is a 400, never a 500. */
final class Params {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** Deepest search result reachable by paging. */
    static final int MAX_OFFSET = 1_000;

    private Params() {
    }

    static int limit(Context ctx) {
        return limit(ctx, DEFAULT_LIMIT);
    }

    /** The {@code limit} parameter, {@code fallback} when absent. */
    static int limit(Context ctx, int fallback) {
        String v = ctx.queryParam("limit");
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badRequest("limit must be a number from 1 to " + MAX_LIMIT);
    }

    static int offset(Context ctx) {
        int offset = Cursor.offset(ctx.queryParam("cursor"));
        if (offset > MAX_OFFSET) {
            throw ApiError.badRequest("cursor is beyond the last page that can be reached");
        }
        return offset;
    }

    /** A YYYY-MM-DD date or null. */
    static String date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date YYYY-MM-DD");
        }
    }

    /** A non-blank string or null. */
    static String optional(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
