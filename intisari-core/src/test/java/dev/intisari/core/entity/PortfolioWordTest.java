package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The field of a deputy or director ("Deputi Penindakan dan Eksekusi") and a written-out rank are no persons. */
class PortfolioWordTest {

    @Test
    void aDeputysFieldIsNoPerson() {
        String text = "Pelaksana Tugas Deputi Penindakan dan Eksekusi KPK Andi Saputra Wibowo menyebutkan penyidik "
                + "sudah memeriksa tiga saksi di Jakarta.";
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Penindakan")), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.name().equals("Andi Saputra Wibowo")
                && e.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void aRankWrittenOutIsNoPerson() {
        String text = "Juru bicara Polda Jawa Barat Inspektur Jenderal Ahmad Suryadi mengatakan penyelidikan berlanjut. "
                + "Inspektur itu menambahkan, polisi masih mencari pelaku.";
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Inspektur") && e.type() == EntityType.PERSON),
                found.toString());
    }
}
