package dev.intisari.core.summary;

import dev.intisari.model.KeyPoint;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static dev.intisari.core.CpuBound.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupervisedMmrSummarizerTest {
    private static final SupervisedMmrSummarizer SUMMARIZER = new SupervisedMmrSummarizer();

    private static final String LONG = """
            Jakarta, Warta Contoh -- Pemerintah Kota Tirtajaya menaikkan tarif air bersih sebesar 12 persen mulai bulan depan.

            Kenaikan itu berlaku bagi pelanggan rumah tangga dan niaga di seluruh kecamatan. Selain itu, perusahaan daerah air minum akan mengganti 3.000 meteran tua tahun ini, ujarnya.

            Direktur perusahaan daerah air minum Tirtajaya, Sari Wulandari, mengatakan tarif belum naik sejak 2017. "Biaya pengolahan air terus naik setiap tahun," kata Sari di Tirtajaya, Senin.

            Sementara itu, sejumlah warga mengeluhkan aliran air yang sering mati pada malam hari. Lembaga perlindungan konsumen meminta kenaikan tarif dibarengi perbaikan layanan.

            Foto: dokumentasi.
            """;

    @ParameterizedTest(name = "{1} points from {0} sentences")
    @CsvSource(delimiter = '|', value = {
            "0 | 0 | ''",
            "1 | 1 | Hujan deras mengguyur Kota Tirtajaya sejak Senin pagi.",
            "2 | 1 | Hujan deras mengguyur Kota Tirtajaya sejak Senin pagi. Sejumlah jalan protokol tergenang air setinggi lutut.",
            "4 | 2 | Hujan deras mengguyur Kota Tirtajaya sejak Senin pagi. Sejumlah jalan protokol tergenang air setinggi lutut. Dinas perhubungan mengalihkan arus kendaraan ke jalan lingkar. Warga diminta menunda perjalanan yang tidak mendesak.",
    })
    void fewerPointsForShortArticles(int sentences, int expected, String text) {
        TokenizedText t = TestArticles.tokenized(text);
        assertEquals(sentences, t.sentences().size());
        assertEquals(expected, SUMMARIZER.keyPoints("a", t, List.of()).size());
    }

    @Test
    void threeCleanPointsInArticleOrder() {
        TokenizedText t = TestArticles.tokenized(LONG);
        List<KeyPoint> points = SUMMARIZER.keyPoints("tarif-air", t, List.of());
        assertEquals(3, points.size());
        for (int i = 0; i < points.size(); i++) {
            KeyPoint p = points.get(i);
            String sentence = t.sentences().get(p.sentence()).span().of(t.text());
            assertTrue(DeletionCheck.derivable(p.text(), sentence), p.text());
            assertFalse(p.text().startsWith("Jakarta, Warta Contoh"), p.text());
            assertFalse(p.text().startsWith("Sementara itu"), p.text());
            assertFalse(p.text().endsWith("ujarnya."), p.text());
            assertTrue(i == 0 || points.get(i - 1).sentence() < p.sentence());
        }
        assertTrue(points.stream().anyMatch(p -> p.sentence() == 0), "the lead states the news");
        assertFalse(points.stream().anyMatch(p -> p.text().equals("Foto: dokumentasi.")));
    }

    @Test
    void aQuotationCutAcrossSentencesIsNotAPoint() {
        String text = "Banjir setinggi 50 sentimeter hingga 1,5 meter merendam permukiman di empat kecamatan di "
                + "Kabupaten Sukamaju, Jawa Barat, Kamis (13/3), setelah hujan deras mengguyur wilayah hulu sejak Rabu "
                + "(12/3) malam dan membuat Sungai Cilayung meluap.\n\n"
                + "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukamaju Wawan Kurniawan "
                + "mengatakan sedikitnya 1.200 warga dari 380 kepala keluarga terpaksa mengungsi ke balai desa, masjid, "
                + "dan gedung sekolah yang berada di lokasi lebih tinggi.\n\n"
                + "\"Air mulai naik sekitar pukul 02.00 WIB dan dalam dua jam sudah masuk ke rumah-rumah warga. "
                + "Prioritas kami saat ini evakuasi warga lanjut usia, anak-anak, dan ibu hamil,\" kata Wawan di "
                + "Sukamaju, Kamis.\n\n"
                + "Empat kecamatan yang terdampak yakni Cibeureum Hilir, Sindangwangi, Pasirlaja, dan Cikalong Girang. "
                + "Wilayah terparah berada di Desa Mekarsari, Kecamatan Cibeureum Hilir, yang letaknya tepat di "
                + "tikungan Sungai Cilayung.\n\n"
                + "Menurut Wawan, hingga siang hari belum ada laporan korban jiwa. Namun, dua warga mengalami luka "
                + "ringan akibat terpeleset saat proses evakuasi dan telah mendapat perawatan di puskesmas setempat.";
        TokenizedText t = TestArticles.tokenized(text);
        List<String> sentences = t.sentences().stream().map(s -> s.span().of(text)).toList();
        assertTrue(sentences.stream().anyMatch(QuoteFragment::test), "the splitter cuts the quotation: " + sentences);
        List<KeyPoint> points = SUMMARIZER.keyPoints("banjir", "Banjir Terjang Sukamaju, 1.200 Warga Mengungsi", t,
                List.of());
        assertEquals(3, points.size());
        for (KeyPoint p : points) {
            assertFalse(QuoteFragment.test(sentences.get(p.sentence())), p.text());
        }
    }

    @Test
    void idsAreStableAndDistinct() {
        TokenizedText t = TestArticles.tokenized(LONG);
        List<KeyPoint> once = SUMMARIZER.keyPoints("tarif-air", t, List.of());
        assertEquals(once, SUMMARIZER.keyPoints("tarif-air", t, List.of()));
        assertEquals(once.size(), once.stream().map(KeyPoint::id).distinct().count());
        assertTrue(once.get(0).id().startsWith("kp-"));
    }

    @Test
    void hugeArticleStaysBounded() {
        String paragraph = "Petugas mendata kerusakan rumah warga di desa ke-%d setelah gempa. ";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append(String.format(paragraph, i));
        }
        TokenizedText t = TestArticles.tokenized(text.toString());
        List<KeyPoint> points = within(Duration.ofSeconds(10),
                () -> SUMMARIZER.keyPoints("besar", t, List.of()));
        assertEquals(3, points.size());
    }
}
