package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A run that streams its articles links names through a tally; the names must be those of linking in memory. */
class NameTallyTest {
    private final VariantEntityLinker linker = new VariantEntityLinker();

    private static Article article(String id, String text, List<Entity> entities, List<Quote> quotes) {
        return new Article(id, id + ".jsonl", null, null, null, null, "id", List.of(), text, List.of(), List.of(),
                Credits.NONE, List.of(), List.of(), List.of(), entities, quotes, List.of(), List.of());
    }

    /** Hand-made articles: a surname and a nickname used elsewhere as mentions, a spelling variant, a speaker. */
    private static List<Article> articles() {
        String t1 = "Presiden Joko Widodo meninjau banjir. Jokowi mengatakan bantuan tiba Senin.";
        String t2 = "Jokowi meminta warga waspada. \"Kami siap,\" kata Jokowi di Istana.";
        String t3 = "Menteri Keuangan Sri Mulyani hadir. Mulyani menyebut anggaran cukup.";
        String t4 = "Pasukan mendekati Kiev dan Sergei Lavrov berbicara di Ankara.";
        String t5 = "Sergey Lavrov tiba di Kyiv.";
        return List.of(
                article("a1", t1, List.of(new Entity("e1", "Joko Widodo", EntityType.PERSON,
                        List.of(new Span(9, 20), new Span(38, 44)))), List.of()),
                article("a2", t2, List.of(new Entity("e1", "Jokowi", EntityType.PERSON,
                        List.of(new Span(0, 6), new Span(48, 54))), new Entity("e2", "Istana", EntityType.LOCATION,
                        List.of(new Span(58, 64)))), List.of(new Quote("q1", "Jokowi", "e1", "Kami siap,",
                        new Span(31, 41), true, "kata", 1, null, "Istana"))),
                article("a3", t3, List.of(new Entity("e1", "Sri Mulyani", EntityType.PERSON,
                        List.of(new Span(17, 28))), new Entity("e2", "Mulyani", EntityType.PERSON,
                        List.of(new Span(36, 43)))), List.of()),
                article("a4", t4, List.of(new Entity("e1", "Kiev", EntityType.LOCATION, List.of(new Span(18, 22))),
                        new Entity("e2", "Sergei Lavrov", EntityType.PERSON, List.of(new Span(27, 40)))), List.of()),
                article("a5", t5, List.of(new Entity("e1", "Sergey Lavrov", EntityType.PERSON,
                        List.of(new Span(0, 13))), new Entity("e2", "Kyiv", EntityType.LOCATION,
                        List.of(new Span(22, 26)))), List.of()));
    }

    private static List<Article> throughTally(NameTally tally, List<Article> addOrder, List<Article> readOrder) {
        addOrder.forEach(tally::add);
        Renaming renaming = tally.renaming();
        return readOrder.stream().map(renaming::apply).toList();
    }

    @Test
    void theCountingTallyGivesTheNamesOfLinkingInMemoryInAnyAddingOrder() {
        List<Article> articles = articles();
        List<Article> expected = linker.link(articles);
        assertNotEquals(articles, expected, "the case renames something");
        assertEquals("Joko Widodo", expected.get(1).entities().get(0).name());
        assertEquals("Joko Widodo", expected.get(1).quotes().get(0).speaker());
        for (long seed = 0; seed < 5; seed++) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, throughTally(linker.tally(), shuffled, articles), "seed " + seed);
        }
    }

    @Test
    void theSlimTallyAnyLinkerInheritsGivesTheSameNames() {
        List<Article> articles = articles();
        assertEquals(linker.link(articles), throughTally(new SlimNameTally(linker), articles, articles));
    }

    @Test
    void anArticleTheTallyNeverSawComesBackAsItIs() {
        List<Article> articles = articles();
        NameTally tally = linker.tally();
        tally.add(articles.get(0));
        Renaming renaming = tally.renaming();
        Article unseen = articles.get(2);
        assertSame(unseen, renaming.apply(unseen));
        assertSame(unseen, new SlimNameTally(linker).renaming().apply(unseen));
    }

    @Test
    void aTallyWrittenOutAndReadBackGoesOnCountingAsIfItHadNeverStopped() throws Exception {
        List<Article> articles = articles();
        NameTally first = linker.tally();
        articles.subList(0, 3).forEach(first::add);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(first);
        }
        NameTally restored;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (NameTally) in.readObject();
        }
        articles.subList(3, articles.size()).forEach(restored::add);
        Renaming renaming = restored.renaming();
        assertEquals(linker.link(articles), articles.stream().map(renaming::apply).toList());
    }
}
