package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The one word after a title that ends a body's name ("Fraksi PDI Perjuangan", "Dewan Perwakilan Rakyat") is no
 * person "menurutnya" refers to; the holder named after it is. Made-up paragraphs; a literal backslash-n separates
 * them.
 */
class BodyTailNotReferentTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ketua DPRD DKI Jakarta Prasetyo Budi Marsono menyambangi kantor kementerian.\\n\"Anggaran kita besar,\" kata Prasetyo di Jakarta.\\nSelain itu, politisi Partai Demokrasi Indonesia Perjuangan (PDIP) ini juga menilai ada kejanggalan dalam aturan itu. Hal itu, menurutnya, dapat dilihat dari berkas yang terlampir.|Prasetyo Budi Marsono",
            "Wakil Ketua Umum Partai Golkar Setya Wirawan Yudha menyambut baik keputusan itu.\\nPolitikus Partai Golkar itu menilai investasi akan bertambah.\\nMenurutnya, smelter harus segera dibangun.|Setya Wirawan Yudha",
    })
    void theBodysLastWordIsNotWhomThePronounMeans(String text, String speaker) {
        assertEquals(speaker, QuoteCases.lastSpeaker(text));
    }

    /** A title's field made of nominalisations only ("Pengelolaan Pembiayaan") is nobody "ia" refers to. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pemerintah berencana menerbitkan obligasi baru.\\nHal itu dikatakan Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Kemenkeu, Suminto. Ia mengatakan rencana itu bagian dari strategi.|Pengelolaan Pembiayaan",
            "Kampus itu meneliti limbah ternak.\\nHal itu disampaikan Wakil Dekan Bidang Penelitian, Pengabdian dan Kerjasama, Bambang Suwignyo. Menurut dia, potensinya sangat besar.|Penelitian",
    })
    void aFieldOfNominalisationsIsNotWhomThePronounMeans(String text, String field) {
        assertNotEquals(field, QuoteCases.lastSpeaker(text));
    }
}
