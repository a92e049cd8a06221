package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An article's cleaned text as paragraphs of sentences: each sentence a {@code span} with id
 * {@code k-N} (so a citation can link to it), the cited one in {@code <mark>}; headings as {@code h3}.
 * Offsets come from the stored analysis and are clipped to the text, so a bad offset never throws.
 */
final class ArticleText {
    private ArticleText() {
    }

    /** {@code article} is contract JSON; {@code cited} the sentence to highlight, or -1. */
    static Markup render(JsonNode article, int cited) {
        String text = article.path("text").asText("");
        JsonNode sentences = article.path("sentences");
        Markup m = new Markup();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf("\n\n", at);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(at, end).isBlank()) {
                paragraph(m, text, at, end, sentences, cited, heading(article.path("headings"), at, end));
            }
            at = end + 2;
        }
        return m;
    }

    private static boolean heading(JsonNode headings, int start, int end) {
        for (JsonNode h : headings) {
            if (h.path("start").asInt() <= start && h.path("end").asInt() >= end - 1) {
                return true;
            }
        }
        return false;
    }

    private static void paragraph(Markup m, String text, int start, int end, JsonNode sentences, int cited,
                                  boolean heading) {
        String tag = heading ? "h3" : "p";
        m.open(tag);
        int at = start;
        for (JsonNode s : sentences) {
            int from = Math.max(start, Math.min(end, s.path("start").asInt()));
            int to = Math.max(from, Math.min(end, s.path("end").asInt()));
            if (to <= at || from >= end) {
                continue;
            }
            from = Math.max(from, at);
            m.text(text.substring(at, from));
            int i = s.path("i").asInt();
            if (i == cited) {
                m.open("mark", "class", "cited", "id", "k-" + i, "tabindex", "-1");
                m.text(text.substring(from, to)).close("mark");
            } else {
                m.element("span", text.substring(from, to), "class", "sentence", "id", "k-" + i);
            }
            at = to;
        }
        m.text(text.substring(at, end));
        m.close(tag);
    }

    /** The text of sentence {@code i}, or null. */
    static String sentence(JsonNode article, int i) {
        String text = article.path("text").asText("");
        for (JsonNode s : article.path("sentences")) {
            if (s.path("i").asInt() == i) {
                int from = Math.max(0, Math.min(text.length(), s.path("start").asInt()));
                int to = Math.max(from, Math.min(text.length(), s.path("end").asInt()));
                return text.substring(from, to);
            }
        }
        return null;
    }
}
