package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.Credits;
import dev.intisari.model.Published;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects one article's cleaning result in input order: body paragraphs joined by one blank line,
 * heading spans, removed lines, and metadata where the first value given wins. Used by one thread for one
 * article, then discarded.
 */
final class ArticleBuilder {
    /** A news article's text, about: the size the text starts with when its input's length is not known. */
    static final int ARTICLE_CHARS = 4096;

    /** Sized for the article, so that the text is seldom copied as it grows. */
    private final StringBuilder text;
    private final List<Span> headings = new ArrayList<>();
    private final List<RemovedLine> removed = new ArrayList<>();
    private final Set<String> authors = new LinkedHashSet<>();
    private final Set<String> editors = new LinkedHashSet<>();
    private final Set<String> translators = new LinkedHashSet<>();
    private final Set<String> wire = new LinkedHashSet<>();
    private final List<String> related = new ArrayList<>();
    private String title;
    private Published published;
    private String outlet;
    private String place;

    /**
     * Longest text buffer a thread keeps for its next article (characters); a longer one, made for an outsized
     * article, is dropped after it.
     */
    private static final int KEPT_CHARS = 1 << 16;

    /**
     * Each thread's text buffer while no builder holds it: a builder takes it, and gives it back once its text is
     * built, so two builders alive on one thread never share it. A new buffer per article, as long as its input, was
     * a tenth of the cleaner's samples in a short run (the first touch of the heap's new memory).
     */
    private static final ThreadLocal<StringBuilder[]> SPARE = ThreadLocal.withInitial(() -> new StringBuilder[1]);

    /** A builder whose text starts with room for {@code expectedChars} characters (the input's length, about). */
    ArticleBuilder(int expectedChars) {
        StringBuilder[] spare = SPARE.get();
        StringBuilder kept = spare[0];
        spare[0] = null;
        if (kept == null) {
            kept = new StringBuilder(Math.max(16, expectedChars));
        } else {
            kept.setLength(0);
            kept.ensureCapacity(expectedChars);
        }
        text = kept;
    }

    void paragraph(String paragraph, boolean heading) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(paragraph);
        if (heading) {
            headings.add(new Span(start, text.length()));
        }
    }

    void removed(String line, RemovalKind kind, int number) {
        removed.add(new RemovedLine(line, kind, number));
    }

    void credit(String role, String name) {
        switch (role) {
            case "editor" -> editors.add(name);
            case "translator" -> translators.add(name);
            default -> authors.add(name);
        }
    }

    void wire(List<String> agencies) {
        wire.addAll(agencies);
    }

    void related(String headline) {
        if (!related.contains(headline)) {
            related.add(headline);
        }
    }

    void title(String value) {
        if (title == null && value != null && !value.isBlank()) {
            title = value.strip();
        }
    }

    void published(Published value) {
        if (published == null) {
            published = value;
        }
    }

    void outlet(String value) {
        if (outlet == null && value != null && !value.isBlank()) {
            outlet = value.strip();
        }
    }

    void place(String value) {
        if (place == null && value != null && !value.isBlank()) {
            place = value.strip();
        }
    }

    boolean hasTitle() {
        return title != null;
    }

    CleanArticle build() {
        Credits credits = authors.isEmpty() && editors.isEmpty() && translators.isEmpty() ? Credits.NONE
                : new Credits(List.copyOf(authors), List.copyOf(editors), List.copyOf(translators));
        String body = text.toString();
        if (text.capacity() <= KEPT_CHARS) {
            SPARE.get()[0] = text;
        }
        return new CleanArticle(title, body, headings, removed, credits, List.copyOf(wire), related,
                published, outlet, place);
    }
}
