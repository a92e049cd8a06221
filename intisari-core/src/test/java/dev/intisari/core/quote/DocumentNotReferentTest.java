package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A document named in title case ("Surat Perintah Penyidikan", "Peraturan Menteri") is no person: "ujarnya" after
 * it refers to the last speaker. Made-up paragraphs; a literal backslash-n separates them.
 */
class DocumentNotReferentTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kepala Kejari Jember Bambang Wirawan mengatakan tersangka sudah ditahan.\\nPenetapan ini dikuatkan oleh Surat Perintah Penyidikan Khusus yang dikeluarkan pada 20 Oktober.\\n\"Kami resmi menaikkan status penyidikan,\" ujarnya.|Bambang Wirawan",
            "Kepala Dinas Kesehatan Sukaraya Ratna Dewanti mengatakan dapur itu diperiksa.\\nAturan itu ditetapkan oleh Peraturan Menteri Kesehatan Nomor 2 Tahun 2025.\\n\"Semua dapur wajib punya sertifikat,\" katanya.|Ratna Dewanti",
            "Juru bicara kementerian, Hendra Saputra, mengatakan program itu berjalan.\\nProgram itu diatur oleh Keputusan Presiden yang terbit bulan lalu.\\n\"Anggarannya sudah tersedia,\" tuturnya.|Hendra Saputra",
    })
    void theDocumentIsNotWhomThePronounMeans(String text, String speaker) {
        assertEquals(speaker, QuoteCases.lastSpeaker(text));
    }
}
