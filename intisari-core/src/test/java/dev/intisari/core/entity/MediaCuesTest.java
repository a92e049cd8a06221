package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The medium an article cites is an organisation; a person quoted after "mengutip" stays a person (made-up text). */
class MediaCuesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Partikel plastik ditemukan di jaringan otak, dikutip dari Science Alert, Senin (20/10/2025). | Science Alert | ORGANIZATION
        Harga minyak naik dua persen, seperti dilansir Phone Arena pada Selasa. | Phone Arena | ORGANIZATION
        Pemerintah Malaysia menyiapkan aturan baru, dilansir Berita Harian, Rabu (5/3). | Berita Harian | ORGANIZATION
        Pemerintah menyiapkan aturan baru, kata Presiden Donald Trump. Hal itu disampaikan mengutip Trump dalam pidatonya. | Donald Trump | PERSON
        """)
    void theCitedMediumIsAnOrganisation(String text, String name, EntityType type) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().anyMatch(e -> e.name().equals(name) && e.type() == type), found.toString());
    }
}
