package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The closing section of an HTML article: a press contact or a comment form after the last paragraph. */
class ClosingSectionTest {
    private static final String BODY = """
            <p>Dinas kesehatan kota membuka layanan vaksinasi keliling di dua belas kelurahan mulai pekan depan.</p>
            <p>Kepala dinas mengatakan layanan itu menyasar warga lanjut usia yang sulit datang ke puskesmas.</p>
            <p>Jadwal layanan diumumkan melalui kantor kelurahan dan pengurus rukun warga setempat setiap Jumat.</p>
            """;

    private static CleanArticle clean(String tail) {
        return new RuleLineCleaner().clean(new RawArticle("t", "t", null, null, null, null, null, null,
                "<html><body><div class=\"isi\">" + BODY + tail + "</div></body></html>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what | the HTML after the last paragraph | text that must leave | text that must stay
            press contact, label with colon | <p>Narahubung:</p><p>Rina Lestari</p><p>Telp. 0812 3456 7890</p><p>Surel: humas@contoh.go.id</p> | Rina Lestari | -
            press contact in one block | <h3>Kontak Media</h3><p><b>Budi Santoso</b><br>Kepala Bagian Humas<br>Telepon: (021) 555 0123</p> | Budi Santoso | -
            English contact label | <p>Media contact: Sari Wulandari, +62 21 555 0199</p> | Sari Wulandari | -
            comment form | <h4>Tinggalkan Balasan</h4><p>Nama*</p><p>Email*</p><p>Kirim</p> | Tinggalkan Balasan | -
            comment count | <h3>2 Komentar</h3><p>Semoga cepat merata, Pak.</p><p>Warga Cilandak</p> | Semoga cepat merata | -
            a label over a paragraph is a heading | <h3>Hubungi puskesmas terdekat</h3><p>Warga yang belum terdaftar dapat menghubungi puskesmas terdekat atau kantor kelurahan untuk mendaftar.</p> | - | Warga yang belum terdaftar
            a word that only starts like a label | <p>Hubungan kedua lembaga itu membaik.</p> | - | Hubungan kedua lembaga
            """)
    void closingSectionLeavesTheText(String what, String tail, String gone, String kept) {
        String text = clean(tail).text();
        assertTrue(text.contains("Jadwal layanan diumumkan"), what + ": " + text);
        if (!gone.equals("-")) {
            assertTrue(!text.contains(gone), what + ": " + text);
        }
        if (!kept.equals("-")) {
            assertTrue(text.contains(kept), what + ": " + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Narahubung: | true
            Kontak media | true
            PRESSEKONTAKT | true
            Ansprechpartner Presse bei Contoh Tbk | true
            3 Komentar | true
            Komentar (12) | true
            Kommentare: | true
            Komentar Bupati soal banjir | false
            Hubungan dagang | false
            Kontak senjata di perbatasan | false
            """)
    void labels(String line, boolean label) {
        assertEquals(label, new ClosingSection().labelled(line), line);
    }
}
