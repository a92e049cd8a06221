package dev.intisari.core.pipeline;

import dev.intisari.core.entity.VariantEntityLinker;
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

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The pieces that let a corpus run stream: articles round-trip through the spill, names link as in memory. */
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
    void namesLinkedFromSlimArticlesAreTheNamesLinkedInMemory() {
        String t1 = "Presiden Joko Widodo meninjau banjir. Jokowi mengatakan bantuan tiba Senin.";
        String t2 = "Jokowi meminta warga waspada. \"Kami siap,\" kata Jokowi di Istana.";
        String t3 = "Menteri Keuangan Sri Mulyani hadir. Mulyani menyebut anggaran cukup.";
        List<Article> articles = List.of(
                article("a1", t1, List.of(new Entity("e1", "Joko Widodo", EntityType.PERSON,
                        List.of(new Span(9, 20), new Span(38, 44)))), List.of()),
                article("a2", t2, List.of(new Entity("e1", "Jokowi", EntityType.PERSON,
                        List.of(new Span(0, 6), new Span(48, 54))), new Entity("e2", "Istana", EntityType.LOCATION,
                        List.of(new Span(58, 64)))), List.of(new Quote("q1", "Jokowi", "e1", "Kami siap,",
                        new Span(31, 41), true, "kata", 1, null, "Istana"))),
                article("a3", t3, List.of(new Entity("e1", "Sri Mulyani", EntityType.PERSON,
                        List.of(new Span(17, 28))), new Entity("e2", "Mulyani", EntityType.PERSON,
                        List.of(new Span(36, 43)))), List.of()));
        VariantEntityLinker linker = new VariantEntityLinker();
        List<Article> expected = linker.link(articles);
        assertNotEquals(articles, expected, "the case renames something");
        UnaryOperator<String> intern = s -> s;
        List<Article> slims = new ArrayList<>();
        articles.forEach(a -> slims.add(LinkedNames.slim(a, intern)));
        LinkedNames names = LinkedNames.of(slims, linker.link(slims));
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(expected.get(i), names.apply(i, articles.get(i)));
        }
    }
}
