package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sentence's first word that news writes in lowercase is no part of the name after it when the article writes
 * that name elsewhere without it; a given name opening a sentence stays whole (made-up articles).
 */
class SentenceOpenerTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Pelatih Persikota Yohanes Wanggai memuji anak asuhnya. Keberhasilan Wanggai membawa tim ke final disambut meriah. | Keberhasilan Wanggai | Yohanes Wanggai
        Direktur utama PT Sinar Laut, Antonius Hendrawan, tiba di Surabaya pada Senin. Kunjungan Hendrawan menjadi sinyal bahwa perusahaan itu siap berinvestasi. | Kunjungan Hendrawan | Antonius Hendrawan
        Penyerang muda Ricky Simanjuntak mencetak dua gol. Sundulan Simanjuntak pada menit ke-80 memastikan kemenangan. | Sundulan Simanjuntak | Ricky Simanjuntak
        """)
    void anOpeningCommonWordIsCutOff(String text, String wrong, String person) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.name().equals(wrong)), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.name().equals(person) && e.type() == EntityType.PERSON
                && e.mentions().size() == 2), found.toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Luka Sitompul mengatakan pabrik itu akan dibuka tahun depan. Menurut Direktur Luka Sitompul, izin sudah lengkap. | Luka Sitompul
        Luka Pranata tiba di Jakarta pada Senin. Pranata mengatakan timnya siap bertanding. | Luka Pranata
        """)
    void aGivenNameOpeningASentenceStays(String text, String person) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().anyMatch(e -> e.name().equals(person) && e.type() == EntityType.PERSON), found.toString());
    }
}
