package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Police ranks and prosecutors' roles written out in full, and a deputy's field after "Bidang", are no part of the
 * holder's name and no person (made-up text).
 */
class WrittenOutRankTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Kepala Unit Reskrim Polsek Tegalsari Inspektur Polisi Satu Wahyudi Pratama menangkap dua pelaku. | Wahyudi Pratama
        Kasat Lantas Ajun Komisaris Polisi Rudi Hartanto mengatur arus kendaraan di perempatan.        | Rudi Hartanto
        Direktur Reserse Kriminal Umum Polda Jateng Komisaris Besar Polisi Dwi Subagio memimpin rapat.   | Dwi Subagio
        Pelaksana Tugas Kepala Dinas Sosial Maryati Lestari membagikan beras kepada warga.             | Maryati Lestari
        Plh Deputi Bidang Keluarga Sejahtera dan Pemberdayaan Keluarga, Sri Wahyuni, meresmikan buku saku. | Sri Wahyuni
        """)
    void theHolderIsNamedWithoutTheRank(String text, String holder) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals(holder)),
                EntityProbe.describe(text));
        assertTrue(found.stream().noneMatch(e -> e.type() == EntityType.PERSON && !e.name().equals(holder)),
                EntityProbe.describe(text));
    }
}
