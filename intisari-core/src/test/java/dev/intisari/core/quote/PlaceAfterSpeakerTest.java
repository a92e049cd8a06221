package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The wire-copy attribution "Jabatan, Nama di Kota, Hari, mengatakan": the place and day after the name are where
 * and when, the speaker is the name before "di". A name after "kepada" or "bersama" is no speaker. Made-up sentences.
 */
class PlaceAfterSpeakerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Kepala Dinas Pariwisata Kota Lestari, Wulan Prameswari di Lestari, Sabtu, mengatakan jumlah kunjungan wisatawan naik dua kali lipat.|Wulan Prameswari",
            "Direktur Utama PT Sinar Jaya, Budi Santoso di Jakarta, Rabu, mengatakan penjualan mobil listrik naik tajam tahun ini.|Budi Santoso",
            "Kepala BPBD Jawa Tengah Sarwa Pramudya di Semarang, Senin, mengatakan banjir di tiga kecamatan sudah surut.|Sarwa Pramudya",
            "Salah satu warga, Rina kepada Antara di Jakarta, Senin mengatakan harga beras di pasar masih tinggi.|-",
    })
    void theSpeakerIsTheNameBeforeThePlace(String text, String speaker) {
        assertEquals(speaker, QuoteCases.onlySpeaker(text));
    }
}
