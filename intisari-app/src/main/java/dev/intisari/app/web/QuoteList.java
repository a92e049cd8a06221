package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Siapa berkata apa": the story's quotes grouped by speaker, each with the outlets that carried it. */
final class QuoteList {
    private static final String UNKNOWN = "Tanpa nama pembicara";

    private QuoteList() {
    }

    static void render(Markup m, StoryView v) {
        Map<String, List<JsonNode>> bySpeaker = new LinkedHashMap<>();
        for (JsonNode q : v.story().path("quotes")) {
            bySpeaker.computeIfAbsent(q.path("speaker").asText(UNKNOWN), s -> new ArrayList<>()).add(q);
        }
        List<Map.Entry<String, List<JsonNode>>> speakers = new ArrayList<>(bySpeaker.entrySet());
        speakers.sort((a, b) -> a.getKey().equals(UNKNOWN) ? 1 : b.getKey().equals(UNKNOWN) ? -1
                : b.getValue().size() - a.getValue().size());
        m.open("section", "id", "kutipan");
        m.element("h2", "Siapa berkata apa");
        if (speakers.isEmpty()) {
            m.element("p", "Tidak ada kutipan dalam cerita ini.", "class", "empty");
        }
        for (Map.Entry<String, List<JsonNode>> s : speakers) {
            m.open("div", "class", "speaker-block");
            m.open("h3");
            if (s.getKey().equals(UNKNOWN)) {
                m.text(UNKNOWN);
            } else {
                m.link(Href.entity(s.getKey()), s.getKey());
            }
            m.close("h3");
            m.open("ul", "class", "quotes");
            for (JsonNode q : s.getValue()) {
                m.open("li").element("q", q.path("text").asText());
                m.open("span", "class", "sources").text(" — dimuat " + Layout.count(q.path("outlets").asInt(), "media")
                        + ": ");
                boolean first = true;
                for (JsonNode c : q.path("citations")) {
                    String article = c.path("article").asText();
                    int sentence = v.quoteSentence(article, c.path("quote").asText());
                    m.text(first ? "" : ", ");
                    m.link(sentence >= 0 ? Href.sentence(article, sentence) : Href.article(article), v.outlet(article));
                    first = false;
                }
                m.close("span").close("li");
            }
            m.close("ul").close("div");
        }
        m.close("section");
    }
}
