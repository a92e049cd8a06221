package dev.intisari.model;

import java.util.Objects;

/**
 * One article as a reader delivers it, before cleaning. {@code text} or {@code html} is present; when both
 * are, {@code text} is the body and {@code html} is read for metadata only. Fields given by the input
 * (JSON Lines) win over what later stages detect; absent ones are null.
 *
 * @param id       unique id: JSON Lines id, else path relative to the argument, else URL
 * @param source   where it came from: a path, {@code path:LINE} for JSON Lines, or a URL
 */
public record RawArticle(String id, String source, String url, String outlet, String title,
                         Published published, String language, String text, String html) {
    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        if (text == null && html == null) {
            throw new IllegalArgumentException("article " + id + " has neither text nor html");
        }
    }

    public boolean isHtml() {
        return text == null;
    }
}
