package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A club named in full, then by its last word, is one organisation named in full; a body's unit is not (made-up text). */
class ShortOrganisationsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Manchester United menang 2-0 atas Chelsea. Pelatih United memuji para pemainnya usai laga. | Manchester United | United
        AS Monaco menjamu Lille akhir pekan ini. Monaco belum pernah kalah di kandang musim ini.   | AS Monaco         | Monaco
        Pebalap Repsol Honda itu finis kedua. Honda menyiapkan mesin baru untuk seri berikutnya.   | Repsol Honda      | Honda
        """)
    void theClubIsOneOrganisation(String text, String full, String shortForm) {
        List<Entity> found = EntityProbe.entities(text);
        Entity club = found.stream().filter(e -> e.mentions().stream().anyMatch(s -> s.of(text).equals(shortForm)))
                .findFirst().orElseThrow(() -> new AssertionError(EntityProbe.describe(text)));
        assertEquals(full, club.name(), EntityProbe.describe(text));
        assertTrue(club.mentions().stream().anyMatch(s -> s.of(text).equals(full)), EntityProbe.describe(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Fraksi NasDem menolak usulan itu. NasDem akan membawa sikap partai ke rapat paripurna.   | NasDem
        Komite Eksekutif FIFA bersidang di Zurich. FIFA belum mengumumkan hasilnya.              | FIFA
        """)
    void aUnitIsNotItsBody(String text, String body) {
        List<Entity> found = EntityProbe.entities(text);
        for (Entity e : found) {
            if (e.type() == EntityType.ORGANIZATION && e.mentions().stream().anyMatch(s -> s.of(text).equals(body))) {
                assertTrue(e.mentions().stream().allMatch(s -> s.of(text).equals(body)), EntityProbe.describe(text));
            }
        }
    }
}
