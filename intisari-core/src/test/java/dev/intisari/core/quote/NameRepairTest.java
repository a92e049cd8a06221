package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Person names as a noisy entity stage gives them, repaired against the article's own text. */
class NameRepairTest {
    private static final String TEXT = "Gubernur Kalimantan Raya Darmawan Setiabudi meninjau pelabuhan. "
            + "Pemerintah Lorosa mengirim bantuan. Direktur PanganKu Lestari Wulandari Putri hadir. "
            + "Pasangan Budi Santoso-Rina Marlina unggul. Menurut Darmawan, stok cukup. Wali kota Yusuf Hamdani datang. "
            + "Alat itu dibuat dosen Wiratmaja Surya Pranata. Alat ini murah. Serial itu tayang di Lembayung.’ Sosok "
            + "utamanya seorang guru.";

    private static final NameRepair REPAIR = new NameRepair(TEXT, List.of(
            new Entity("e1", "Kalimantan Raya", EntityType.LOCATION, List.of(new Span(9, 24)))),
            QuoteLexicon.INDONESIAN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kalimantan Raya Darmawan Setiabudi | Darmawan      | Darmawan Setiabudi
            Raya Darmawan Setiabudi            | Darmawan      | Darmawan Setiabudi
            Lorosa Hendrik Tamaela Putra       | Hendrik       | Hendrik Tamaela Putra
            PanganKu Lestari Wulandari         | Lestari       | Lestari Wulandari
            Budi Santoso-Rina Marlina          | Budi          | Budi Santoso
            Budi Santoso-Rina Marlina          | kata Rina     | Rina Marlina
            Darmawan                           | Darmawan      | Darmawan Setiabudi
            Yusuf                              | Yusuf         | Yusuf Hamdani
            Sutrisno                           | Sutrisno      | Sutrisno
            Andi Malarangeng                   | Andi          | Andi Malarangeng
            Ari Wibowo SH                      | Ari           | Ari Wibowo
            Wira                               | Wira          | Wiratmaja Surya Pranata
            Lembayung                          | Lembayung     | Lembayung
            """)
    void repairsTheName(String given, String phrase, String expected) {
        assertEquals(expected, REPAIR.repair(new Speaker(given, "e9", true), phrase, TEXT.length()).name());
    }
}
