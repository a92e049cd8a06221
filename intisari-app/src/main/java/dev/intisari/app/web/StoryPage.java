package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intisari.core.dedupe.DedupeInput;
import dev.intisari.core.dedupe.DuplicateMatch;
import dev.intisari.core.dedupe.DuplicateState;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.store.ArticleSummary;
import dev.intisari.store.NewsArchive;
import dev.intisari.store.StoryArticlePage;
import dev.intisari.store.search.SearchHit;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.intisari.app.web.ArticlePage.JSON;

/**
 * {@code /stories/{id}}: the key points with citations and error reports, the timeline chart, who said
 * what, the outlet comparison with copies, the articles and related reading. A merged story's old id
 * redirects to the story that carries its articles.
 */
final class StoryPage {
    /**
     * Articles listed on one page, and whose analyses are read; a larger story lists its first ones and shows
     * no cited sentences or copies.
     */
    private static final int MAX_ANALYSES = 300;
    private static final int RELATED = 6;
    private static final int RELATED_SEEDS = 2;
    /** Asia/Jakarta: the contract's dates without an offset are local times there. */
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    private static final int ENTITIES = 20;

    private final NewsArchive store;
    private final MinHashDuplicateDetector duplicates = new MinHashDuplicateDetector();

    StoryPage(NewsArchive store) {
        this.store = store;
    }

    void handle(Context ctx) throws IOException {
        String asked = ctx.pathParam("id");
        Optional<String> id = asked.length() > 100 ? Optional.empty() : store.resolveStory(asked);
        Optional<String> body = id.isPresent() ? store.story(id.get()) : Optional.empty();
        if (body.isEmpty()) {
            WebPages.notFound(ctx);
            return;
        }
        if (!id.get().equals(asked)) {
            ctx.attribute(WebPages.RENDERED, true);
            ctx.redirect(Href.story(id.get()).toString(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        JsonNode story = JSON.readTree(body.get());
        int total = story.path("articles").size();
        StoryArticlePage page = store.articlesOf(id.get(), null, null, MAX_ANALYSES);
        List<ArticleSummary> articles = page.articles();
        Map<String, ArticleSummary> summaries = new LinkedHashMap<>();
        articles.forEach(a -> summaries.put(a.id(), a));
        if (page.hasNext()) {
            // a very large story: only its first articles are listed, plus those its points and quotes cite
            store.articleSummaries(story.findValuesAsText("article").stream().distinct()
                    .filter(a -> !summaries.containsKey(a)).toList()).forEach(a -> summaries.put(a.id(), a));
        }
        Map<String, JsonNode> analyses = new HashMap<>();
        if (!page.hasNext()) {
            for (Map.Entry<String, String> a : store.articles(articles.stream().map(ArticleSummary::id).toList())
                    .entrySet()) {
                analyses.put(a.getKey(), JSON.readTree(a.getValue()));
            }
        }
        StoryView v = new StoryView(id.get(), story, summaries, analyses, store.reportCounts(id.get()));
        List<DuplicateGroup> copies = copies(articles, analyses);
        String title = story.path("title").asText(id.get());
        Markup m = new Markup();
        m.open("article", "class", "story", "data-story", id.get());
        m.element("h1", title);
        String start = story.path("start").asText(null);
        String end = story.path("end").asText(null);
        m.element("p", (start == null ? "" : Layout.date(start) + (end == null || end.equals(start) ? ""
                : " – " + Layout.date(end)) + " · ") + Layout.count(Math.max(total, articles.size()), "artikel") + " · "
                + Layout.count(story.path("outlets").size(), "media"), "class", "lead");
        contents(m);
        KeyPointList.render(m, v);
        TimelineChart.render(m, v);
        QuoteList.render(m, v);
        OutletComparison.render(m, v, copies);
        entities(m, story);
        articleList(m, v, articles, total, copies);
        ArticlePage.related(m, related(articles));
        m.close("article");
        WebPages.send(ctx, Layout.page(title, null, m));
    }

    private static void contents(Markup m) {
        m.open("nav", "class", "contents", "aria-label", "Isi halaman").open("ul");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("intisari", "Intisari utama");
        parts.put("kronologi", "Kronologi");
        parts.put("kutipan", "Siapa berkata apa");
        parts.put("media", "Perbandingan media");
        parts.put("artikel", "Artikel");
        parts.put("baca-juga", "Baca juga");
        parts.forEach((anchor, label) -> m.open("li").link(Href.anchor(anchor), label).close("li"));
        m.close("ul").close("nav");
    }

    private static void entities(Markup m, JsonNode story) {
        if (story.path("entities").isEmpty()) {
            return;
        }
        m.open("section", "id", "entitas");
        m.element("h2", "Tokoh, lembaga, tempat");
        m.open("ul", "class", "chips");
        int n = 0;
        for (JsonNode e : story.path("entities")) {
            if (n++ == ENTITIES) {
                break;
            }
            String name = e.path("name").asText();
            m.open("li").link(Href.entity(name), name).element("span", " " + e.path("articles").asInt(), "class",
                    "count", "title", "jumlah artikel").close("li");
        }
        m.close("ul").close("section");
    }

    private static void articleList(Markup m, StoryView v, List<ArticleSummary> listed, int total,
                                    List<DuplicateGroup> copies) {
        Set<String> copied = new HashSet<>();
        copies.forEach(g -> g.articles().stream().filter(a -> !a.equals(g.first())).forEach(copied::add));
        m.open("section", "id", "artikel");
        m.element("h2", "Artikel dalam cerita");
        if (total > listed.size()) {
            m.element("p", "Menampilkan " + listed.size() + " artikel pertama dari " + total + ".", "class", "meta");
        }
        m.open("ol", "class", "articles");
        for (ArticleSummary a : listed) {
            m.open("li");
            m.link(Href.article(a.id()), a.title() == null ? a.id() : a.title());
            m.element("span", " · " + v.outlet(a.id()) + (a.published() == null ? "" : " · "
                    + Layout.date(a.published())), "class", "meta");
            if (copied.contains(a.id())) {
                m.text(" ").element("span", "salinan", "class", "badge copy-badge");
            }
            m.close("li");
        }
        m.close("ol").close("section");
    }

    /** Copies among the story's articles (in publication order), by the product's duplicate detector. */
    private List<DuplicateGroup> copies(List<ArticleSummary> articles, Map<String, JsonNode> analyses) {
        DuplicateState state = duplicates.newState();
        List<DuplicateMatch> matches = new ArrayList<>();
        for (ArticleSummary a : articles) {
            JsonNode analysis = analyses.get(a.id());
            if (analysis != null) {
                String text = analysis.path("text").asText("");
                matches.add(duplicates.add(state, new DedupeInput(a.id(), instant(a.published()),
                        text.isBlank() && a.title() != null ? a.title() : text)));
            }
        }
        return matches.size() > 1 ? MinHashDuplicateDetector.groups(matches) : List.of();
    }

    private static Instant instant(String published) {
        if (published == null) {
            return null;
        }
        try {
            return published.length() == 10 ? LocalDate.parse(published).atStartOfDay().toInstant(WIB)
                    : OffsetDateTime.parse(published).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Articles like the story's first few, outside the story, best first. */
    private List<SearchHit> related(List<ArticleSummary> articles) throws IOException {
        Set<String> inStory = new HashSet<>();
        articles.forEach(a -> inStory.add(a.id()));
        Map<String, SearchHit> best = new LinkedHashMap<>();
        for (ArticleSummary a : articles.subList(0, Math.min(RELATED_SEEDS, articles.size()))) {
            for (SearchHit h : store.related(a.id(), Math.min(RELATED + articles.size(), 60))) {
                if (!inStory.contains(h.id())) {
                    best.merge(h.id(), h, (x, y) -> x.score() >= y.score() ? x : y);
                }
            }
        }
        List<SearchHit> out = new ArrayList<>(best.values());
        out.sort((x, y) -> Float.compare(y.score(), x.score()));
        return out.subList(0, Math.min(RELATED, out.size()));
    }
}
