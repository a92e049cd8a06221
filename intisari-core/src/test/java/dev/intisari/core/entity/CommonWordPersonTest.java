package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A "person" made only of common lowercase words of news text (one word, or a title's field of several) is no
 * entity; a name is kept.
 */
class CommonWordPersonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        infrastruktur | true
        manajer       | true
        susunan       | true
        agus          | false
        jakarta       | false
        """)
    void theCaseProfileTellsCommonWordsFromNames(String word, boolean common) {
        assertTrue(CaseProfile.shipped().mostlyLowercase(TokenHash.lower(word)) == common, word);
    }

    @Test
    void aTitleWordIsNotAPerson() {
        String text = "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan Agus Harimurti Yudhoyono "
                + "meresmikan kantor itu di Jakarta pada Selasa.";
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Infrastruktur")), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.name().equals("Agus Harimurti Yudhoyono")
                && e.type() == EntityType.PERSON), found.toString());
    }

    /** Made-up sentences: the capitalised words after the title are its field, and the holder is named elsewhere. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Asisten Pidana Khusus (Aspidsus) Kejati Lampung, Armen Wijaya, mengatakan ada aset yang disita. | Pidana Khusus | Armen Wijaya
        Sementara itu, Direktur Kerja Sama, Mardisontori, menyampaikan bahwa penandatanganan itu penting. | Kerja Sama | Mardisontori
        Hal itu dikatakan Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Kemenkeu, Suminto, di Bogor. | Pengelolaan Pembiayaan | Suminto
        Film itu menang di kategori Aktris Pendukung Terbaik, kata juri Lestari Wulandari kepada wartawan. | Pendukung Terbaik | Lestari Wulandari
        """)
    void aTitlesFieldOfCommonWordsIsNotAPerson(String text, String field, String holder) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().equals(field)),
                found.toString());
        assertTrue(found.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals(holder)),
                found.toString());
    }

    @Test
    void aNameOfCommonWordsThatTheTrainingDataKnowsStaysAPerson() {
        List<Entity> found = EntityProbe.entities(
                "Ketua Pengurus Harian Yayasan Lembaga Konsumen Indonesia (YLKI) Tulus Abadi mengatakan harga itu terlalu tinggi.");
        assertTrue(found.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Tulus Abadi")),
                found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Pembangunan  | true
        Kewilayahan  | true
        pengelolaan  | true
        Perlindungan | true
        Pebrian      | false
        Kurniawan    | false
        Perdana      | false
        Pekan-an     | false
        """)
    void nominalisationsHaveTheirShape(String word, boolean nominal) {
        assertTrue(CommonWords.nominalisation(word) == nominal, word);
    }
}
