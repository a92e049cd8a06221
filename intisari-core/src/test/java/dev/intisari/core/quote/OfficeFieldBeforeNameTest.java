package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An office's field before its holder's name is no part of the name ("ujar Dirjen Imigrasi Yuldi Yusman", the word
 * "imigrasi" written in lower case elsewhere in the article), and an abbreviated title with a dot opens the speaker's
 * phrase ("ujar Plt. Kepala Dinas …"), and the region between a regional body and its head's one-word name is no
 * part of it ("kata Kepala Dikbud Kendari Saemina"). A given name the article uses alone stays ("kata Putri"). Made-up sentences.
 */
class OfficeFieldBeforeNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "\"Peningkatan penerimaan negara ini adalah hasil dari sinergi,\" ujar Plt. Kepala Dinas Pendidikan Yuldi Yusman di Jakarta.|Yuldi Yusman",
            "Petugas imigrasi memeriksa dokumen para pelancong. \"Peningkatan penerimaan negara ini adalah hasil dari sinergi,\" ujar Dirjen Imigrasi Yuldi Yusman di Jakarta.|Yuldi Yusman",
            "Guru itu mengajar di Kendari. Dikbud menegaskan tidak ikut campur. \"Kami menyerahkan semuanya ke ranah hukum,\" kata Kepala Dikbud Kendari Saemina kepada wartawan.|Saemina",
            "Ketua Fraksi PAN Putri Zulkifli Hasan menyatakan fraksinya siap. \"Kami siap mengikuti setiap prosesnya,\" kata Putri Zulkifli Hasan. \"Evaluasi ini kami pandang perlu,\" lanjut Putri.|Putri Zulkifli Hasan",
    })
    void theHolderSpeaks(String text, String speaker) {
        assertEquals(speaker, QuoteCases.lastSpeaker(text));
    }
}
