package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A body's head word that opens a sentence without a name after it ("Perusahaan menjelaskan") is the body of that
 * head the article named before, or nobody named: never a speaker called "Perusahaan". Made-up sentences.
 */
class BodyHeadWordTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Robot itu dirancang oleh tim riset di Nagoya. Perusahaan menjelaskan bahwa produksinya dimulai tahun depan.|-",
            "Kementerian Kelautan Negeri Sembilan membuka tender kapal. Kementerian menjelaskan bahwa tender berlaku sebulan.|Kementerian Kelautan Negeri Sembilan",
            "Kepolisian menyebut pelaku sudah ditangkap di rumahnya pada Senin malam.|-",
    })
    void theHeadWordAloneIsTheBodyNamedBeforeOrNobody(String text, String speaker) {
        assertEquals(speaker, QuoteCases.onlySpeaker(text));
    }
}
