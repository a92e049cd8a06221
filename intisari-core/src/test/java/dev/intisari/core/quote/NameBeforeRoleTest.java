package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Name, role di Body, verb": the name that opens the sentence speaks, described by the role after its comma, also
 * when the role is capitalised, opens with "seorang", or runs to the verb with no comma. A fronted phrase ("Melansir
 * …", "Terpisah,") or an office and its holder ("Kapolres Sukaraya, AKBP …") keep their readings. Made-up sentences.
 */
class NameBeforeRoleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hendra Wijaya, kepala ekonom di Bank Sentosa memproyeksikan suku bunga akan turun tahun depan.|Hendra Wijaya",
            "Ratna Dewi, Kepala Ekonom dan Direktur Analisis Pasar di Sentosa Energy juga mengatakan harga minyak akan turun.|Ratna Dewi",
            "Jóna Sigurðardóttir, seorang analis di Badan Pariwisata Lestari, mengatakan bahwa pajak itu tidak besar.|Jóna Sigurðardóttir",
            "Andreas Kurnia, CEO Sentosa Digital, menegaskan bahwa transformasi digital memicu kebutuhan baru.|Andreas Kurnia",
            "Kapolres Sukaraya, AKBP Bobby Santoso mengatakan tersangka sudah ditahan sejak Senin.|Bobby Santoso",
            "Terpisah, Humas Pengadilan Negeri Lestari, Heri Kurniawan, memaparkan jadwal sidang berikutnya.|Heri Kurniawan",
    })
    void theNameBeforeTheRoleSpeaks(String text, String speaker) {
        assertEquals(speaker, QuoteCases.onlySpeaker(text));
    }
}
