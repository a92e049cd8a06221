package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class VariantEntityLinkerTest {
    private final VariantEntityLinker linker = new VariantEntityLinker();

    /** An article analysed by the real recogniser. */
    private static Article article(String id, String text) {
        List<Entity> entities = EntityProbe.entities(text);
        List<Quote> quotes = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == dev.intisari.model.EntityType.PERSON) {
                quotes.add(new Quote(id + "-q", e.name(), e.id(), "x", new Span(0, 1), true, "kata", 0, null, null));
                break;
            }
        }
        return new Article(id, "test", null, null, null, null, "id", List.of(), text, List.of(), List.of(),
                Credits.NONE, List.of(), List.of(), List.of(), entities, quotes, List.of(), List.of());
    }

    private static List<String> names(Article a) {
        return a.entities().stream().map(Entity::name).toList();
    }

    @ParameterizedTest(name = "{1} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
        Menteri Luar Negeri Rusia Sergey Lavrov tiba di Turki.        | Sergey Lavrov      | Lavrov, diplomat senior Rusia Sergej Lavrov, tiba di Turki. | Sergej Lavrov
        Pasukan Rusia mendekati Kyiv pada Senin.                      | Kyiv               | Serangan rudal menghantam pinggiran Kiyev pada Selasa.      | Kiyev
        Presiden Ukraina Volodymyr Zelensky berbicara di parlemen.    | Volodymyr Zelensky | Pemimpin Ukraina Volodymyr Zelenskyi berbicara di parlemen. | Volodymyr Zelenskyi
        Komisi Pemberantasan Korupsi (KPK) memeriksa dua saksi.       | Komisi Pemberantasan Korupsi | Penyidik KPK memeriksa dua saksi lagi.          | KPK
        Juru Bicara Kremlin Dmitry Peskov menolak berkomentar.        | Dmitry Peskov      | Menurut Peskov, pembicaraan akan dilanjutkan.               | Peskov
        """)
    void oneEntityOneNameAcrossArticles(String first, String name, String second, String variant) {
        Article a = article("a", first);
        Article b = article("b", second);
        List<Article> linked = linker.link(List.of(a, b));
        assertEquals(List.of(a.id(), b.id()), linked.stream().map(Article::id).toList());
        List<String> before = names(b);
        List<String> after = names(linked.get(1));
        if (before.contains(variant)) {
            assertEquals(before.size(), after.size());
            assertEquals(name, after.get(before.indexOf(variant)), after.toString());
        } else {
            assertEquals(true, after.contains(name), before + " -> " + after);
        }
        assertEquals(true, names(linked.get(0)).contains(name), names(linked.get(0)).toString());
    }

    @Test
    void quoteSpeakersFollowTheRenamedEntity() {
        Article a = article("a", "Juru Bicara Kremlin Dmitry Peskov menolak berkomentar.");
        Article b = article("b", "Menurut Peskov, pembicaraan akan dilanjutkan.");
        Article linked = linker.link(List.of(a, b)).get(1);
        assertEquals("Dmitry Peskov", linked.quotes().get(0).speaker());
    }

    @Test
    void differentPeopleKeepTheirNames() {
        Article a = article("a", "Presiden Joko Widodo meresmikan bendungan di Bogor.");
        Article b = article("b", "Presiden Prabowo Subianto meresmikan bendungan di Bogor.");
        List<Article> linked = linker.link(List.of(a, b));
        assertNotEquals(names(linked.get(0)), names(linked.get(1)));
        assertEquals(names(a), names(linked.get(0)));
        assertEquals(names(b), names(linked.get(1)));
    }

    @Test
    void emptyCorpus() {
        assertEquals(List.of(), linker.link(List.of()));
    }
}
