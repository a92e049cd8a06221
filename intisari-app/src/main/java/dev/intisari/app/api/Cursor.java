package dev.intisari.app.api;

import dev.intisari.store.StorySummary;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque page cursor, base64url-encoded. Three kinds: the offset of the next item (search results), the
 * last story of a page of stories (a keyset position: a page costs the same however deep it is, and a story
 * added meanwhile does not shift the next page) and the last article of a page of a story's articles.
 * Clients pass back what {@code next} gave them; anything else, or a cursor of another list, is a bad request.
 */
final class Cursor {
    private static final String OFFSET = "o";
    private static final String STORY = "s";
    private static final String ARTICLE = "a";
    private static final char SEPARATOR = '\n';

    private final String kind;
    private final String[] parts;

    private Cursor(String kind, String[] parts) {
        this.kind = kind;
        this.parts = parts;
    }

    static String of(int offset) {
        return encode(OFFSET, Integer.toString(offset));
    }

    /** After {@code last} in a list of stories sorted by {@code sort}. */
    static String afterStory(String sort, StorySummary last) {
        return encode(STORY, sort, last.end() == null ? "" : last.end(), Integer.toString(last.articles()), last.id());
    }

    /** After the article {@code id} with order key {@code key} in the article list of story {@code story}. */
    static String afterArticle(String story, String key, String id) {
        return encode(ARTICLE, story, key, id);
    }

    /** The cursor's offset: 0 without a cursor. */
    static int offset(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        Cursor c = parse(cursor, OFFSET, 1);
        try {
            int offset = Integer.parseInt(c.parts[0]);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badRequest("bad cursor");
    }

    /** True when {@code cursor} is a position after a story (rather than an offset). */
    static boolean isStoryPosition(String cursor) {
        return cursor != null && !cursor.isEmpty() && decode(cursor, 1).kind.equals(STORY);
    }

    /**
     * The last story of the previous page of a list sorted by {@code sort}, with the fields its order reads
     * (id, end date, size); a cursor of a list in another order is a bad request.
     */
    static StorySummary storyPosition(String cursor, String sort) {
        Cursor c = parse(cursor, STORY, 4);
        if (!c.parts[0].equals(sort)) {
            throw ApiError.badRequest("bad cursor: it belongs to a list in another order");
        }
        try {
            return new StorySummary(c.parts[3], null, null, c.parts[1].isEmpty() ? null : c.parts[1],
                    Integer.parseInt(c.parts[2]), 0);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("bad cursor");
        }
    }

    /**
     * The order key and id of the last article of the previous page of story {@code story}'s articles, or null
     * without a cursor; a cursor of another story's list is a bad request.
     */
    static String[] articlePosition(String cursor, String story) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        Cursor c = parse(cursor, ARTICLE, 3);
        if (!c.parts[0].equals(story)) {
            throw ApiError.badRequest("bad cursor: it belongs to another story");
        }
        return new String[] {c.parts[1], c.parts[2]};
    }

    private static Cursor parse(String cursor, String kind, int parts) {
        Cursor c = decode(cursor, parts);
        if (!c.kind.equals(kind) || c.parts.length != parts) {
            throw ApiError.badRequest("bad cursor");
        }
        return c;
    }

    /** The cursor's kind and at most {@code parts} parts (the last, an id, may hold the separator). */
    private static Cursor decode(String cursor, int parts) {
        String s;
        try {
            s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("bad cursor");
        }
        int colon = s.indexOf(':');
        if (colon < 1) {
            throw ApiError.badRequest("bad cursor");
        }
        return new Cursor(s.substring(0, colon), s.substring(colon + 1).split(String.valueOf(SEPARATOR), parts));
    }

    private static String encode(String kind, String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + String.join(String.valueOf(SEPARATOR), parts))
                        .getBytes(StandardCharsets.UTF_8));
    }
}
