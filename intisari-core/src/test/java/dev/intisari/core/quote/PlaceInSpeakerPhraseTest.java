package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A place inside a speaker's phrase is no speaker: the region of an office before the holder's name in apposition
 * ("kata Kasi Intel Kejari Lestari, Nasrul,"), and a place after "di", "menuju" or "warga Desa" in the subject
 * before the verb ("Seorang petugas di Kecamatan Sukamaju mengatakan"). Made-up sentences.
 */
class PlaceInSpeakerPhraseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "\"Aset itu sudah kami lelang sesuai aturan,\" kata Kasi Intel Kejari Lestari, Nasrul, kepada wartawan, Selasa.|Nasrul",
            "\"Itu jembatan darurat dari kayu,\" kata Kalakhar Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukaraya, Suwarno, saat dikonfirmasi.|Suwarno",
            "\"Hujan turun sejak siang,\" kata Plt Kepala BPBD Sukaraya, Andi Prasetyo dalam laporannya, Selasa malam.|Andi Prasetyo",
            "\"Pemeriksaan saksi tidak sah,\" ujar hakim tunggal PN Lestari, Imanuel Rommel Danes saat membacakan putusan.|Imanuel Rommel Danes",
            "Seorang petugas di Kecamatan Sukamaju mengatakan jalan itu sudah ditutup sejak pagi.|-",
            "Pengemudi yang hendak menuju Kabupaten Sukaraya itu mengaku tidak melihat rambu.|-",
            "Seorang warga Desa Sukamaju mengatakan banjir datang tiba-tiba.|-",
            "Menteri Luar Negeri Ratna Wulandari di Jakarta mengatakan Indonesia siap membantu.|Ratna Wulandari",
            "Ketua forum warga Sudirman Halim menyebut warga meminta jam operasional truk dibatasi.|Sudirman Halim",
    })
    void thePlaceIsNoSpeaker(String text, String speaker) {
        assertEquals(speaker, QuoteCases.onlySpeaker(text));
    }
}
