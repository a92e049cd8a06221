package dev.intisari.app.web;

import dev.intisari.store.NewsArchive;
import dev.intisari.store.StoryFilter;
import dev.intisari.store.StorySummary;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;

/** {@code /}: the latest stories, newest first, twenty a page ({@code ?halaman=N}). */
final class HomePage {
    static final int PER_PAGE = 20;
    private static final int MAX_PAGE = 500;

    private final NewsArchive store;

    HomePage(NewsArchive store) {
        this.store = store;
    }

    void handle(Context ctx) throws IOException {
        int page = Params.page(ctx, MAX_PAGE);
        List<StorySummary> stories = store.stories(new StoryFilter(StoryFilter.Sort.LATEST, null, null, null,
                (page - 1) * PER_PAGE, PER_PAGE + 1));
        Markup m = new Markup();
        m.element("h1", "Berita terbaru");
        m.element("p", Layout.count(store.storyCount(), "cerita") + " dari "
                + Layout.count(store.articleCount(), "artikel") + ".", "class", "lead");
        if (stories.isEmpty()) {
            m.element("p", page == 1 ? "Belum ada berita. Tambahkan artikel dengan perintah intisari ingest."
                    : "Tidak ada cerita di halaman ini.", "class", "empty");
        }
        m.open("ol", "class", "stories");
        stories.stream().limit(PER_PAGE).forEach(s -> storyItem(m, s));
        m.close("ol");
        Params.pager(m, page > 1 ? Href.home(page - 1) : null,
                stories.size() > PER_PAGE && page < MAX_PAGE ? Href.home(page + 1) : null, page);
        WebPages.send(ctx, Layout.page(page == 1 ? null : "Halaman " + page, null, m));
    }

    /** One story in a list: title, dates, size. */
    static void storyItem(Markup m, StorySummary s) {
        m.open("li", "class", "story-item");
        m.link(Href.story(s.id()), s.title(), "class", "story-title");
        m.open("span", "class", "meta");
        String dates = s.start() == null ? "" : s.start().equals(s.end()) || s.end() == null ? Layout.date(s.start())
                : Layout.date(s.start()) + " – " + Layout.date(s.end());
        m.text(dates + (dates.isEmpty() ? "" : " · ") + Layout.count(s.articles(), "artikel") + " · "
                + Layout.count(s.outlets(), "media"));
        m.close("span");
        m.close("li");
    }
}
