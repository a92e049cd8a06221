package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two names joined by a hyphen become two entities when the article or the gazetteer knows both sides. */
class HyphenPairsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Rusia menolak usulan itu. Ukraina menyambutnya. Perundingan Rusia-Ukraina dilanjutkan pekan depan di Istanbul.        | Rusia-Ukraina | Rusia | Ukraina
        Kereta dari Jakarta berangkat pukul tujuh. Perjalanan Jakarta-Bandung kini hanya 45 menit.                            | Jakarta-Bandung | Jakarta | Bandung
        """)
    void aPairOfKnownNamesIsTwoEntities(String text, String pair, String left, String right) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.name().equals(pair)), found.toString());
        int at = text.indexOf(pair);
        assertTrue(mentionsAt(found, left, at), left + " should cover the left side: " + found);
        assertTrue(mentionsAt(found, right, at + pair.indexOf('-') + 1), right + " should cover the right side: " + found);
        for (int i = 0; i < found.size(); i++) {
            assertEquals("e" + (i + 1), found.get(i).id());
        }
    }

    @Test
    void aPairOfPeopleGoesToThePeopleTheArticleNamesInFull() {
        String text = "Prabowo Subianto dan Gibran Rakabuming Raka dilantik. Setahun Prabowo-Gibran dinilai.";
        int pair = text.indexOf("Prabowo-Gibran");
        List<Entity> entities = List.of(
                new Entity("e1", "Prabowo Subianto", EntityType.PERSON, List.of(new Span(0, 16))),
                new Entity("e2", "Gibran Rakabuming Raka", EntityType.PERSON, List.of(new Span(21, 43))),
                new Entity("e3", "Prabowo-Gibran", EntityType.PERSON, List.of(new Span(pair, pair + 14))));
        List<Entity> split = new java.util.ArrayList<>(entities);
        new HyphenPairs(Lexicon.standard(), NameVariants.standard()).split(text, split);
        assertEquals(List.of(
                new Entity("e1", "Prabowo Subianto", EntityType.PERSON, List.of(new Span(0, 16), new Span(pair, pair + 7))),
                new Entity("e2", "Gibran Rakabuming Raka", EntityType.PERSON,
                        List.of(new Span(21, 43), new Span(pair + 8, pair + 14)))), split);
    }

    @Test
    void aSideNothingResolvesKeepsThePairWhole() {
        String text = "Setahun Prabowo-Zulkarnaenix dinilai.";
        List<Entity> entities = List.of(new Entity("e1", "Prabowo-Zulkarnaenix", EntityType.PERSON,
                List.of(new Span(8, 28))));
        List<Entity> split = new java.util.ArrayList<>(entities);
        new HyphenPairs(Lexicon.standard(), NameVariants.standard()).split(text, split);
        assertEquals(entities, split);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Pesawat itu mendarat di Bandara Soekarno-Hatta pada Selasa pagi.                   | Soekarno-Hatta
        Sidang Bersama DPR RI-DPD RI digelar di Gedung Parlemen, Jakarta.                 | RI-DPD
        Pasal itu diatur dalam Undang-Undang tentang Perseroan Terbatas yang baru.        | Undang-Undang
        Filsuf Jean-Jacques Rousseau menulis tentang kontrak sosial.                      | Jean-Jacques
        """)
    void otherHyphenatedNamesStayWhole(String text, String kept) {
        List<Entity> found = EntityProbe.entities(text);
        int at = text.indexOf(kept);
        int hyphen = at + kept.indexOf('-');
        for (Entity e : found) {
            e.mentions().forEach(s -> assertTrue(s.end() != hyphen && s.start() != hyphen + 1,
                    "no mention may end or start at the hyphen of " + kept + ": " + found));
        }
    }

    private static boolean mentionsAt(List<Entity> entities, String name, int start) {
        return entities.stream().filter(e -> e.name().equals(name))
                .anyMatch(e -> e.mentions().stream().anyMatch(s -> s.start() == start));
    }
}
