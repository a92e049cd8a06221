package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A one-word name joins the name that starts with it rather than a longer name of three words or more that ends
 * with it ("Prabowo" is Presiden Prabowo Subianto, not Kapolri Listyo Sigit Prabowo); otherwise the longest name
 * that contains it (made-up articles).
 */
class ShortNameJoinTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Bupati Hendra Wijaya memimpin rapat bersama Kapolres AKBP Dimas Arya Hendra di pendopo. Hendra meminta semua camat hadir. | Hendra | Hendra Wijaya
        Kapolres AKBP Dimas Arya Hendra hadir di pendopo bersama Bupati Hendra Wijaya. Hendra meminta semua camat hadir. | Hendra | Hendra Wijaya
        Ketua panitia Rudi Santoso Pratama membuka acara itu di Bandung. Santoso mengatakan acara berlangsung tiga hari. | Santoso | Rudi Santoso Pratama
        """)
    void aOneWordNameJoinsTheRightPerson(String text, String shortName, String person) {
        List<Entity> found = EntityProbe.entities(text);
        int at = text.lastIndexOf(shortName + " ");
        assertTrue(found.stream().anyMatch(e -> e.name().equals(person)
                && e.mentions().contains(new Span(at, at + shortName.length()))), found.toString());
    }
}
