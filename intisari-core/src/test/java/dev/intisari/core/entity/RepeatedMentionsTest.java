package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name of two words or more the tagger found once is the same entity wherever the article writes it again. */
class RepeatedMentionsTest {
    @Test
    void aNameFoundOnceIsFoundEverywhere() {
        String text = "Berasal dari Kabupaten Sukamaju, Rendra Wibisana mendirikan program yang dinamai Gerakan Membaca "
                + "Kampung (GMK) bersama dua sahabatnya.\n\nTujuh tahun berjalan, Gerakan Membaca Kampung ternyata "
                + "semakin banyak diminati.\n\nDia mengatakan siapa pun bisa bergabung dalam Gerakan Membaca Kampung "
                + "tanpa biaya.";
        List<Entity> found = EntityProbe.entities(text);
        Entity movement = found.stream().filter(e -> e.name().equals("Gerakan Membaca Kampung")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, movement.type(), found::toString);
        long written = movement.mentions().stream().filter(m -> m.of(text).equals("Gerakan Membaca Kampung")).count();
        assertEquals(3, written, EntityProbe.describe(text));
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Membaca Kampung")), found::toString);
    }
}
