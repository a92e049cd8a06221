package dev.intisari.core.dedupe;

import dev.intisari.model.Article;
import dev.intisari.model.Origin;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.intisari.core.dedupe.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SyndicationTest {
    @Test
    void earliestArticleAndTheWireSourcesNamed() {
        List<Article> copies = List.of(
                article("c", "Portal Kabar", "2025-02-12T08:30:00+07:00", "Banjir", "teks", "ANTARA", "Reuters"),
                article("a", "Kantor Berita Nusantara", "2025-02-12T06:00:00+07:00", "Banjir", "teks"),
                article("b", "Warta Kota Baru", "2025-02-12T07:00:00+07:00", "Banjir", "teks", "Antara"));
        Origin origin = Syndication.origin(copies);
        assertEquals("a", origin.first());
        assertEquals(List.of("Antara", "Reuters"), origin.wire());
        assertEquals("Kantor Berita Nusantara", Syndication.firstPublisher(copies));
    }

    @Test
    void dateOnlyAndUndatedArticles() {
        List<Article> copies = List.of(
                article("z", "A", "2025-02-12", "x", "t"),
                article("y", "B", "2025-02-12T00:30:00+07:00", "x", "t"));
        assertEquals("z", Syndication.origin(copies).first(), "midnight Jakarta comes before 00:30");
    }
}
