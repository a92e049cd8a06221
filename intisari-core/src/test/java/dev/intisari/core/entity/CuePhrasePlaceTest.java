package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Ibu Kota" is no name alone, but it opens the name of a capital: "Ibu Kota Nusantara" keeps its first word. */
class CuePhrasePlaceTest {

    @Test
    void aCapitalKeepsTheWordsThatOpenItsName() {
        String text = "Sebanyak 1.700 pegawai akan pindah ke Ibu Kota Nusantara mulai tahun depan. Pembangunan gedung "
                + "di Ibu Kota Nusantara mencapai 20 persen.";
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Kota Nusantara")), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.name().equals("Ibu Kota Nusantara")), found.toString());
    }
}
