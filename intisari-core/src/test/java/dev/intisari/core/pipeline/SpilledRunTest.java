package dev.intisari.core.pipeline;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.DateMention;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.Published;
import dev.intisari.model.Quote;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The piece that lets a corpus run stream: articles round-trip through the spill. */
class SpilledRunTest {
    private static Article article(String id, String text, List<Entity> entities, List<Quote> quotes) {
        return new Article(id, id + ".jsonl", "Kabar Kota", null, "Banjir di " + id,
                Published.of(java.time.LocalDate.of(2025, 3, 2), "jsonl"), "id", List.of("machine-translated"), text,
                List.of(new Span(0, 5)), List.of(new RemovedLine("Baca juga: Harga cabai naik", RemovalKind.RELATED, 3)),
                new Credits(List.of("Rina Lestari"), List.of(), List.of("Anton")), List.of("KBN"), List.of(),
                List.of(new Sentence(0, new Span(0, text.length()))), entities, quotes,
                List.of(new DateMention("Senin", new Span(0, 5), null), new DateMention("2 Maret", new Span(6, 13),
                        "2025-03-02")), List.of(new KeyPoint("kp-1", text.strip(), 0)));
    }

    @Test
    void anArticleComesBackFromTheSpillUnchanged() throws Exception {
        String odd = "Kata \"ujar\" \ud83d\ude00 dan \ud800 sendiri; " + "panjang ".repeat(20_000);
        List<Article> in = List.of(
                article("a1", "Senin 2 Maret banjir melanda Sukamaju, kata Budi Santoso.",
                        List.of(new Entity("e1", "Budi Santoso", EntityType.PERSON, List.of(new Span(41, 53)))),
                        List.of(new Quote("q1", "Budi Santoso", "e1", "banjir melanda", new Span(13, 27), false,
                                "kata", 0, null, null))),
                article("a2", odd, List.of(), List.of()),
                new Article("a3", "-", null, null, null, null, null, List.of(), "", List.of(), List.of(), Credits.NONE,
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        try (ArticleSpill spill = new ArticleSpill()) {
            for (Article a : in) {
                spill.add(a);
            }
            spill.finish();
            assertEquals(3, spill.size());
            for (int i = in.size() - 1; i >= 0; i--) {
                assertEquals(in.get(i), spill.get(i));
            }
        }
    }

    @Test
    void aKnownIdComesBackAsTheSameInstanceSoManyReadingsHoldOneString() throws Exception {
        Article a = article("berita-01", "Banjir melanda Sukamaju.", List.of(), List.of());
        try (ArticleSpill spill = new ArticleSpill()) {
            spill.add(a);
            spill.finish();
            String known = new String("berita-01".toCharArray());
            org.junit.jupiter.api.Assertions.assertSame(known, spill.get(0, known).id());
            assertEquals(a, spill.get(0, known));
            assertEquals("berita-01", spill.get(0, "lain").id(), "a different id is never put in");
        }
    }

    @Test
    void articlesLongerAndShorterThanTheKeptReadBufferComeBackInAnyOrder() throws Exception {
        List<Article> in = List.of(
                article("pendek-1", "Banjir melanda Sukamaju.", List.of(), List.of()),
                article("panjang-1", "Sidang ditunda. ".repeat(80_000), List.of(), List.of()),
                article("sedang-1", "Harga cabai naik. ".repeat(2_000), List.of(), List.of()),
                article("pendek-2", "Jalan tol dibuka.", List.of(), List.of()));
        try (ArticleSpill spill = new ArticleSpill()) {
            for (Article a : in) {
                spill.add(a);
            }
            spill.finish();
            for (int i : new int[] {0, 1, 0, 2, 3, 1, 2, 0, 3}) {
                assertEquals(in.get(i), spill.get(i), "article " + i);
            }
        }
    }
}
