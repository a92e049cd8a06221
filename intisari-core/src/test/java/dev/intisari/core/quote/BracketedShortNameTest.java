package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A body's short name in brackets inside an office phrase does not end the phrase: the holder's name after it
 * ("Menurut Dirjen Integrasi dan Multimoda (Ditjen Intram) Kemenhub Rudi Santoso, …") or, when the body's place
 * closes the phrase with a comma, in apposition after it ("kata Kepala Dinas Kesehatan (Dinkes) Sukaraya Barat,
 * Gunawan Hadi"), is the speaker. Made-up sentences.
 */
class BracketedShortNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Rudi Santoso, biaya angkutan masih terlalu tinggi.|Rudi Santoso",
            "Menurut Kepala Dinas Pendidikan (Disdik) Jawa Barat Dedi Kusnadi, sekolah itu akan dibuka kembali pekan depan.|Dedi Kusnadi",
            "Menurut Direktur Jenderal Pajak (Dirjen Pajak) Bima Wicaksono, jumlah pegawai yang diperiksa mencapai 13 orang.|Bima Wicaksono",
            "\"Total kasus yang terdata 232 siswa,\" kata Kepala Dinas Kesehatan (Dinkes) Seram Bagian Barat, Gunawan Hadi kepada wartawan, Selasa.|Gunawan Hadi",
            "Menurut Ketua Umum Partai Sejahtera (PS) Agus Salimun, partainya siap berkoalisi dengan siapa pun.|Agus Salimun",
    })
    void theHolderAfterTheBracketsSpeaks(String text, String speaker) {
        assertEquals(speaker, QuoteCases.lastSpeaker(text));
    }
}
