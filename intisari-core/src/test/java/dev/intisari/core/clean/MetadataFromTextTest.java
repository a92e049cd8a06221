package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;
import dev.intisari.model.RemovalKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Datelines, wire sources, credits, related headlines, titles and headings read from plain text. */
class MetadataFromTextTest {
    private static final RuleLineCleaner CLEANER = new RuleLineCleaner();

    private static CleanArticle clean(String title, String text) {
        return CLEANER.clean(new RawArticle("t", "t", null, null, title, null, null, text, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Washington (ANTARA) - Senat menunda pemungutan suara. | Washington | ANTARA | Senat menunda",
        "JAKARTA, KOMPAS.com - Harga beras turun di pasar induk. | Jakarta | KOMPAS.com | Harga beras",
        "Liputan6.com, Surabaya - Banjir surut pada Senin pagi. | Surabaya | Liputan6.com | Banjir surut",
        "GenPI.co - Menteri itu memperingatkan mitranya. | - | GenPI.co | Menteri itu",
        "SURABAYA - Gubernur meninjau tanggul yang jebol. | Surabaya | - | Gubernur meninjau",
        "Jakarta , CNN Indonesia - - Timnas berlatih di Bali. | Jakarta | CNN Indonesia | Timnas berlatih",
        "KUALA LUMPUR (Bernama) -- Kabinet baru dilantik hari ini. | Kuala Lumpur | Bernama | Kabinet baru",
        "Cirebon (KPB) - Petugas menutup jalan menuju pelabuhan. | Cirebon | KPB | Petugas menutup",
        "Tegalsari.example - Pasar baru dibuka pekan depan. | - | Tegalsari.example | Pasar baru",
        "BOGOR, Harian Pakuan — Dua jembatan ambruk diterjang arus. | Bogor | Harian Pakuan | Dua jembatan",
        "KOTA BHARU: Banjir melanda tiga daerah di Kelantan. | Kota Bharu | - | Banjir melanda",
        "MANILA, Filipina (Kabar Dunia) - Topan mendarat pada Minggu. | Manila | Kabar Dunia | Topan mendarat",
        "Cianjur - Jembatan gantung putus pada Senin pagi. | Cianjur | - | Jembatan gantung",
        "Sleman - Warga membersihkan sisa banjir lahar. | Sleman | - | Warga membersihkan",
    })
    void datelines(String first, String place, String outlet, String bodyStart) {
        CleanArticle a = clean("Judul", first + "\nParagraf kedua menjelaskan latar belakangnya.");
        assertEquals(place, a.place());
        assertEquals(outlet, a.outlet());
        assertTrue(a.text().startsWith(bodyStart), a.text());
        assertEquals(RemovalKind.DATELINE, a.removed().get(0).kind());
        assertEquals(1, a.removed().get(0).line());
    }

    /** A dateline naming the article's own outlet, known from its metadata, whatever the outlet list holds. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Warta Lembah - Jembatan gantung diresmikan. | warta lembah | Warta Lembah | Jembatan gantung",
        "Kabarsatu.com - Pasar terapung ramai lagi. | kabarsatu | Kabarsatu.com | Pasar terapung",
        "Sinarpagi - Sekolah baru dibuka untuk seratus murid. | sinarpagi.id | Sinarpagi | Sekolah baru",
    })
    void datelineNamingTheArticlesOwnOutlet(String first, String knownOutlet, String prefixName, String bodyStart) {
        CleanArticle a = CLEANER.clean(new RawArticle("t", "t", null, knownOutlet, "Judul", null, null,
                first + "\nParagraf kedua menjelaskan latar belakangnya.", null));
        assertTrue(a.text().startsWith(bodyStart), a.text());
        assertEquals(RemovalKind.DATELINE, a.removed().get(0).kind());
        assertEquals(prefixName + " -", a.removed().get(0).text());
    }

    /** Another outlet's name, or a name that only starts like the outlet's, is no dateline of this article. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Sinarpagi - Sekolah baru dibuka untuk seratus murid. | warta lembah",
        "Warta - Lembah Hijau menggelar festival panen. | warta lembah",
        "Persija - Persib berakhir imbang di Bandung. | persib",
    })
    void notTheOwnOutlet(String first, String knownOutlet) {
        CleanArticle a = CLEANER.clean(new RawArticle("t", "t", null, knownOutlet, "Judul", null, null,
                first + "\nParagraf kedua.", null));
        assertTrue(a.text().startsWith(first.substring(0, 10)), a.text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Prabowo - Gibran menang di 30 provinsi menurut hitung cepat.",
        "GO - JEK memperluas layanan pesan antar ke tiga kota baru.",
        "OK - Mitra usaha kecil mendapat potongan biaya pengiriman.",
        "PT Kereta - Api Logistik menambah dua rangkaian gerbong barang.",
        "CV Sinar - Jaya membuka gudang baru di Cikarang.",
    })
    void notADatelineInsideTheBody(String first) {
        CleanArticle a = clean("Judul", first + "\nParagraf kedua.");
        assertTrue(a.removed().isEmpty(), a.removed().toString());
        assertNull(a.outlet());
        assertTrue(a.text().startsWith(first), a.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sumber: Sputnik-OANA | Sputnik;OANA",
        "Dilansir AP News, pertemuan itu berlangsung tertutup. | AP",
        "Hal itu disampaikan menurut kantor berita Rusia Interfax pada Selasa. | Interfax",
        "\"Kami siap,\" ujarnya seperti dikutip dari Reuters, Kamis. | Reuters",
        "Sumber: Xinhua/Bernama | Xinhua;Bernama",
        "Diberitakan Al Jazeera, serangan berlanjut hingga malam. | Al Jazeera",
    })
    void wireSources(String line, String wires) {
        CleanArticle a = clean("Judul", "Paragraf pembuka tentang peristiwa itu.\n" + line);
        assertEquals(List.of(wires.split(";")), a.wire());
    }

    @Test
    void interviewIsNotAWire() {
        CleanArticle a = clean("Judul", "\"Tidak,\" kata juru bicara itu kepada CNN saat ditanya wartawan.\nParagraf lain.");
        assertTrue(a.wire().isEmpty(), a.wire().toString());
    }

    @Test
    void creditsGoToTheirRoles() {
        CleanArticle a = clean("Judul", "Isi berita yang panjang.\nPenerjemah: Sari Wulandari\nEditor: Budi Hartono, Dewi Lestari\n"
                + "Pewarta: Agus Salim\nSarah WilliamsKoresponden Asia Tenggara");
        assertEquals(List.of("Sari Wulandari"), a.credits().translator());
        assertEquals(List.of("Budi Hartono", "Dewi Lestari"), a.credits().editor());
        assertEquals(List.of("Agus Salim", "Sarah Williams"), a.credits().author());
    }

    @Test
    void relatedHeadlinesInOrder() {
        CleanArticle a = clean("Judul", "Paragraf pertama.\nBaca juga: Harga cabai naik\nParagraf kedua.\nBaca Juga :\n"
                + "Tol baru dibuka untuk mudik\nParagraf ketiga.");
        assertEquals(List.of("Harga cabai naik", "Tol baru dibuka untuk mudik"), a.related());
        assertEquals("Paragraf pertama.\n\nParagraf kedua.\n\nParagraf ketiga.", a.text());
    }

    @Test
    void relatedListGoesOnBetweenItsItems() {
        CleanArticle a = clean("Judul", "Paragraf pertama.\nBaca Juga :\nPasar Malam Kembali Ramai Setelah Hujan\n"
                + "Harga Beras Turun di Pasar Induk Cipinang\nVideo : Melihat Dapur Umum Korban Banjir\n"
                + "Paragraf kedua.\nBaca Juga :\nHarga Emas Antam Naik Lagi\nReaksi Warga\nParagraf ketiga.");
        assertEquals(List.of("Pasar Malam Kembali Ramai Setelah Hujan", "Harga Beras Turun di Pasar Induk Cipinang",
                "Melihat Dapur Umum Korban Banjir", "Harga Emas Antam Naik Lagi"), a.related());
        // a heading after a list of one is not an item: nothing removed follows it
        assertEquals("Paragraf pertama.\n\nParagraf kedua.\n\nReaksi Warga\n\nParagraf ketiga.", a.text());
    }

    @Test
    void guessedTitleAndPageDate() {
        CleanArticle a = clean(null, "Banjir Rendam Ratusan Rumah di Bandung Timur\n\nSenin, 12 Mei 2025 10:15 WIB\n\n"
                + "Hujan deras sejak sore membuat sungai meluap.\n\nWarga mengungsi ke masjid terdekat.");
        assertEquals("Banjir Rendam Ratusan Rumah di Bandung Timur", a.title());
        assertEquals("2025-05-12T10:15:00+07:00", a.published().value());
        assertEquals("text", a.published().from());
        assertEquals("Hujan deras sejak sore membuat sungai meluap.\n\nWarga mengungsi ke masjid terdekat.", a.text());
    }

    @Test
    void givenTitleRepeatedIsRemovedAsTitle() {
        CleanArticle a = clean("Banjir Rendam Ratusan Rumah", "Banjir Rendam Ratusan Rumah\nHujan deras sejak sore.");
        assertEquals(RemovalKind.TITLE, a.removed().get(0).kind());
        assertEquals("Hujan deras sejak sore.", a.text());
    }

    @Test
    void questionFirstLineIsNotGuessedAsTitle() {
        CleanArticle a = clean(null, "Apa yang terjadi di pasar pagi itu?\nPedagang menutup kios lebih awal.");
        assertNull(a.title());
        assertTrue(a.text().startsWith("Apa yang terjadi"));
    }

    @Test
    void sectionHeadingsAreKeptAndListed() {
        String text = "Rusia menolak usulan itu pada Senin.\n\nReaksi Rusia\n\nJuru bicara Kremlin menyebut usulan itu "
                + "tidak realistis.";
        CleanArticle a = clean("Judul", text);
        assertEquals(1, a.headings().size());
        assertEquals("Reaksi Rusia", a.headings().get(0).of(a.text()));
        assertTrue(a.removed().isEmpty());
    }

    @Test
    void endMarkerIsSplitOff() {
        CleanArticle a = clean("Judul", "Paragraf pertama.\nKalimat terakhir berita ini. (*)");
        assertEquals("Paragraf pertama.\n\nKalimat terakhir berita ini.", a.text());
        assertEquals("(*)", a.removed().get(0).text());
        assertEquals(2, a.removed().get(0).line());
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.SECONDS)
    void hugeAndOddTextInBoundedTime() {
        String oneLine = "Dilansir Reuters, harga naik lagi (ant/mdk) ".repeat(20_000);
        String manyLines = "Baca juga: Judul\r\nParagraf isi berita yang biasa saja.\r\n\u0000\uFFFD\n".repeat(10_000);
        for (String text : new String[] {oneLine, manyLines, "", "\n\n\n", "(*)"}) {
            CleanArticle a = clean(null, text);
            assertTrue(a.text().length() <= text.length());
        }
    }

    @Test
    void nothingButBoilerplateGivesEmptyText() {
        CleanArticle a = clean("Judul", "Baca juga: Harga cabai naik\nEditor: Budi Hartono\nCopyright © 2025 Kabar");
        assertEquals("", a.text());
        assertEquals(3, a.removed().size());
    }
}
