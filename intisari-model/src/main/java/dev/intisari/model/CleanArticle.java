package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/**
 * The cleaning stage's result: body text and everything learnt from what was removed.
 *
 * @param text      cleaned body, paragraphs separated by one blank line
 * @param headings  section headings kept inside {@code text}; they are not sentences of the body
 * @param removed   every input line, or part of a line, not kept, with its reason
 * @param wire      agencies the article says it is based on, normalised names
 * @param related   headlines of related-article links found in the text
 * @param published the publication date found in the page, or null
 * @param outlet    the outlet found in a dateline or the page metadata, or null
 * @param place     the place given by a dateline ("Washington"), or null
 */
public record CleanArticle(String title, String text, List<Span> headings, List<RemovedLine> removed,
                           Credits credits, List<String> wire, List<String> related,
                           Published published, String outlet, String place) {
    public CleanArticle {
        Objects.requireNonNull(text, "text");
        headings = List.copyOf(headings);
        removed = List.copyOf(removed);
        Objects.requireNonNull(credits, "credits");
        wire = List.copyOf(wire);
        related = List.copyOf(related);
    }
}
