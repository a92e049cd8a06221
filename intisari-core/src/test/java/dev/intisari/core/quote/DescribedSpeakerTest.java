package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A speaker described in common nouns, then named in apposition after a comma ("kata seorang warga, Budi (40), kepada
 * wartawan"): the name is the speaker. A place word opening the apposition names the title's place, and a day after
 * the comma is when. Made-up sentences.
 */
class DescribedSpeakerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "\"Airnya naik sejak subuh,\" kata seorang warga, Darmini (52), kepada wartawan.|Darmini",
            "\"Airnya naik sejak subuh,\" kata warga setempat, Yohanes Bria, saat ditemui di posko.|Yohanes Bria",
            "\"Harga cabai naik lagi,\" ujar salah satu pedagang, Sri Wahyuningsih.|Sri Wahyuningsih",
            "\"Harga cabai naik lagi,\" ujar salah satu pedagang, Sri Wahyuningsih (47).|Sri Wahyuningsih",
            "\"Jalannya licin sekali,\" kata salah satu pengemudi ojek asal Tembalang, Karyono (35) kepada wartawan di lokasi.|Karyono",
            "\"Jalannya licin sekali,\" kata pengemudi ojek, Karyono, di lokasi.|Karyono",
            "\"Kami sudah menunggu lama,\" ujar seorang lansia, Margaret Oduya (69), kepada AFP saat unjuk rasa.|Margaret Oduya",
            "\"Airnya naik sejak subuh,\" kata warga, Senin (20/10/2025).|-",
            "\"Kami sudah menunggu lama,\" kata para pedagang, Jakarta, Senin.|-",
            "\"Kami sudah menanyakan keadaan lingkungan,\" tutur Ketua RT 12, Kelurahan Sukamaju, itu.|-",
    })
    void theApposedNameSpeaks(String text, String speaker) {
        assertEquals(speaker, QuoteCases.onlySpeaker(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bahkan, pemain asal Brasil tersebut memastikan bahwa timnya tidak akan bermain bertahan.",
            "Pemain asal Brasil tersebut memastikan bahwa timnya tidak akan bermain bertahan.",
            "Namun, penyerang asal Kolombia itu memastikan bahwa timnya tidak akan bermain bertahan.",
    })
    void aDescriptionByOriginIsThePersonBefore(String last) {
        String text = "Gelandang Persatuan Sepak Bola Lestari, Rodrigo Almeida, menegaskan bahwa timnya akan menyerang.\n\n"
                + "Rodrigo menyadari bahwa lawannya merupakan tim yang kuat.\n\n" + last;
        var quotes = QuoteCases.quotes(text);
        assertEquals("Rodrigo Almeida", quotes.get(quotes.size() - 1).speaker(), quotes.toString());
    }
}
