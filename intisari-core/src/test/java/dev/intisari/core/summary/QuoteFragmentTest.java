package dev.intisari.core.summary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFragmentTest {
    @Test
    void quotationsCutAcrossSentencesAreFragments() {
        for (String sentence : List.of(
                "\"Air mulai naik sekitar pukul 02.00 WIB dan dalam dua jam sudah masuk ke rumah-rumah warga.",
                "Prioritas kami saat ini evakuasi warga lanjut usia,\" kata Wawan di Sukamaju, Kamis.",
                "\u201CIni keputusan terberat dalam karier saya.",
                "Saya sudah bicara dengan keluarga,\u201D ujar Dimas.",
                "Kami bisa lebih banyak,\u201D\u201CJadi , kami beri label SNI .")) {
            assertTrue(QuoteFragment.test(sentence), sentence);
        }
    }

    @Test
    void wholeQuotationsAndPlainSentencesAreNot() {
        for (String sentence : List.of(
                "\"Kami siap,\" ujarnya.",
                "\u201CKami fokus menyelamatkan warga lebih dulu,\u201D kata Rahmat Santoso.",
                "Banjir merendam empat kecamatan di Kabupaten Sukamaju, Kamis (13/3).",
                "Ia menyebut istilah 'zona merah' untuk desa itu.",
                "")) {
            assertFalse(QuoteFragment.test(sentence), sentence);
        }
    }
}
