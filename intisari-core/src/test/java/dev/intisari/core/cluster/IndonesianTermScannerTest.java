package dev.intisari.core.cluster;

import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndonesianTermScannerTest {
    private static final ArticleFeatures LUCENE = new ArticleFeatures(new IndonesianAnalyzer(), 3000, 1);
    private static final IndonesianTermScanner MEMO = new IndonesianTermScanner();
    private static final IndonesianTermScanner TINY_MEMO = new IndonesianTermScanner(2);

    @ParameterizedTest
    @ValueSource(strings = {
        "Pemerintah provinsi mengerahkan ratusan petugas untuk membersihkan lumpur sisa banjir.",
        "Perundingan antara serikat pekerja dan pengusaha berakhir tanpa kesepakatan pada Selasa malam.",
        "Kejaksaan menahan direktur utama perusahaan pelabuhan itu; penahanannya diperpanjang 40 hari.",
        "Para pemain bertanding di Stadion Utama Gelora Bung Karno, Jakarta, disaksikan ribuan penonton.",
        "Berdasarkan keterangan saksi-saksi, kebakaran bermula dari korsleting listrik di lantai dua.",
        "PERSIB BANDUNG MENANG 2-0 ATAS PERSIJA DI LAGA TANDANG",
        "",
        "!!! ... ???"
    })
    void sameTermsAsLucenesIndonesianAnalyzerOnPlainWords(String text) {
        assertEquals(LUCENE.terms(text), MEMO.terms(text));
        assertEquals(LUCENE.terms(text), MEMO.terms(text), "again, from the memo");
        assertEquals(LUCENE.terms(text), new ArticleFeatures().terms(text), "the default features");
        assertEquals(LUCENE.terms(text), TINY_MEMO.terms(text), "a full memo still stems");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jum'at", "e-KTP", "60.000", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\uD835\uDC00\uD835\uDC01 kata"})
    void punctuationInsideWordsSplitsThem(String text) {
        for (String term : MEMO.terms(text)) {
            assertTrue(term.length() > 1 && term.chars().allMatch(Character::isLetterOrDigit), term);
        }
    }
}
