package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intisari.store.ArticleSummary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a story page is built from: the story (contract JSON), its articles' summaries and analyses
 * (by id, in publication order; analyses may be missing for very large stories) and the error-report counts
 * per key point.
 */
record StoryView(String id, JsonNode story, Map<String, ArticleSummary> summaries, Map<String, JsonNode> analyses,
                 Map<String, Integer> reports) {
    StoryView {
        summaries = Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
        analyses = Map.copyOf(analyses);
        reports = Map.copyOf(reports);
    }

    String outlet(String article) {
        ArticleSummary s = summaries.get(article);
        return s == null || s.outlet() == null ? "Media tidak diketahui" : s.outlet();
    }

    String title(String article) {
        ArticleSummary s = summaries.get(article);
        return s == null || s.title() == null ? article : s.title();
    }

    String published(String article) {
        ArticleSummary s = summaries.get(article);
        return s == null ? null : s.published();
    }

    /** The text of a cited sentence, or null when the analysis is not loaded. */
    String sentence(String article, int i) {
        JsonNode a = analyses.get(article);
        return a == null ? null : ArticleText.sentence(a, i);
    }

    /** The sentence index of an article's quote, or -1. */
    int quoteSentence(String article, String quote) {
        JsonNode a = analyses.get(article);
        if (a != null) {
            for (JsonNode q : a.path("quotes")) {
                if (quote.equals(q.path("id").asText())) {
                    return q.path("sentence").asInt(-1);
                }
            }
        }
        return -1;
    }
}
