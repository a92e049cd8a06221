package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A person's initials in brackets after a long title stand for the words they spell, not for the title's field
 * before them: "… dan Pembangunan Desa Rudi Hartono Wijaya (RHW)" … "kata RHW" is Rudi Hartono Wijaya. Made-up
 * paragraphs; a literal backslash-n separates them.
 */
class AcronymLongFormTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Menteri Koordinator Bidang Pangan dan Pembangunan Kewilayahan Rudi Hartono Wijaya (RHW) buka suara soal utang proyek itu.\\n\"Masih kami kaji bersama kementerian lain,\" kata RHW di Jakarta.|Rudi Hartono Wijaya",
            "Kepala Badan Pengawas Obat dan Makanan Taruna Ikrar Saputra (TIS) meninjau gudang obat itu.\\n\"Semua produk akan kami uji,\" ujar TIS.|Taruna Ikrar Saputra",
    })
    void theInitialsStandForTheWordsTheySpell(String text, String speaker) {
        assertEquals(speaker, QuoteCases.lastSpeaker(text));
    }

    /** The person who spoke as his initials is the one "jelasnya" continues ("RHW menyebut …" then "… ," jelasnya"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Menteri Koordinator Bidang Pangan dan Pembangunan Kewilayahan Rudi Hartono Wijaya (RHW) buka suara soal utang proyek itu.\\nRHW menyebut skema penyelesaian masih menunggu arahan pemerintah.\\n\"Jadi kami masih terus menunggu arahan,\" jelasnya.|Rudi Hartono Wijaya",
            "Kepala Badan Pengawas Obat dan Makanan Taruna Ikrar Saputra (TIS) meninjau gudang obat itu.\\n\"Semua produk akan kami uji,\" ujar TIS.\\n\"Hasilnya kami umumkan pekan depan,\" tambahnya.|Taruna Ikrar Saputra",
    })
    void theNextCueContinuesThePersonOfTheInitials(String text, String speaker) {
        assertEquals(speaker, QuoteCases.lastSpeaker(text));
    }
}
