package dev.intisari.core.quote;

import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A document named in title case ("Surat Perintah Penyidikan", "Peraturan Menteri") is no person: "ujarnya" after
 * it refers to the last speaker. Made-up paragraphs; a literal backslash-n separates them.
 */
class DocumentNotReferentTest {
    private static final PerceptronEntityRecognizer RECOGNIZER = new PerceptronEntityRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kepala Kejari Jember Bambang Wirawan mengatakan tersangka sudah ditahan.\\nPenetapan ini dikuatkan oleh Surat Perintah Penyidikan Khusus yang dikeluarkan pada 20 Oktober.\\n\"Kami resmi menaikkan status penyidikan,\" ujarnya.|Bambang Wirawan",
            "Kepala Dinas Kesehatan Sukaraya Ratna Dewanti mengatakan dapur itu diperiksa.\\nAturan itu ditetapkan oleh Peraturan Menteri Kesehatan Nomor 2 Tahun 2025.\\n\"Semua dapur wajib punya sertifikat,\" katanya.|Ratna Dewanti",
            "Juru bicara kementerian, Hendra Saputra, mengatakan program itu berjalan.\\nProgram itu diatur oleh Keputusan Presiden yang terbit bulan lalu.\\n\"Anggarannya sudah tersedia,\" tuturnya.|Hendra Saputra",
    })
    void theDocumentIsNotWhomThePronounMeans(String text, String speaker) {
        String paragraphs = text.replace("\\n", "\n");
        List<Quote> quotes = QuoteCases.quotes(paragraphs, RECOGNIZER.recognize(QuoteCases.tokenized(paragraphs)));
        assertEquals(speaker, quotes.get(quotes.size() - 1).speaker(), quotes.toString());
    }
}
