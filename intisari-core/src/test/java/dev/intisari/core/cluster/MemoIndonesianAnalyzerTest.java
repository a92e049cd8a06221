package dev.intisari.core.cluster;

import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemoIndonesianAnalyzerTest {
    private static final ArticleFeatures LUCENE = new ArticleFeatures(new IndonesianAnalyzer(), 3000, 1);
    private static final ArticleFeatures MEMO = new ArticleFeatures(new MemoIndonesianAnalyzer(), 3000, 1);
    private static final ArticleFeatures TINY_MEMO = new ArticleFeatures(new MemoIndonesianAnalyzer(2), 3000, 1);

    @ParameterizedTest
    @ValueSource(strings = {
        "Pemerintah provinsi mengerahkan ratusan petugas untuk membersihkan lumpur sisa banjir.",
        "Perundingan antara serikat pekerja dan pengusaha berakhir tanpa kesepakatan pada Selasa malam.",
        "Kejaksaan menahan direktur utama perusahaan pelabuhan itu; penahanannya diperpanjang 40 hari.",
        "Para pemain bertanding di Stadion Utama Gelora Bung Karno, Jakarta, disaksikan 60.000 penonton.",
        "Berdasarkan keterangan saksi-saksi, kebakaran bermula dari korsleting listrik di lantai dua.",
        "",
        "!!! ... ???"
    })
    void sameTermsAsLucenesIndonesianAnalyzer(String text) {
        assertEquals(LUCENE.terms(text), MEMO.terms(text));
        assertEquals(LUCENE.terms(text), MEMO.terms(text), "again, from the memo");
        assertEquals(LUCENE.terms(text), TINY_MEMO.terms(text), "a full memo still stems");
    }
}
