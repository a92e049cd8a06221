package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A common word that opens a sentence is no speaker's name ("Sejumlah kritik mengatakan"), while a given name that
 * is also a common word keeps its name when the article writes it as a name elsewhere. Made-up sentences.
 */
class SentenceOpenerSpeakerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Harga cabai naik lagi. Sejumlah kritik mengatakan pasokan dari petani tersendat.|-",
            "Penyebab kebakaran belum diketahui. Pihak berwajib mengatakan penyelidikan masih berjalan.|-",
            "Kabar lain menyebutkan kapal itu sudah berlayar sejak Senin.|-",
            "Delapan bulan pertama tahun ini juga mencatat jumlah wisatawan tertinggi.|-",
            "Paradigma baru ini menekankan pentingnya menjaga hutan adat.|-",
            // a given name that is a common word, written as a name inside a sentence before
            "Sidang menghadirkan terdakwa Aman Suryadi. Aman dalam persidangan menyatakan bahwa ia tidak pernah menerima uang itu.|Aman Suryadi",
            "Bupati Sleman Harjo Wiryono hadir. Harjo menyatakan jalan desa akan diperbaiki.|Harjo Wiryono",
    })
    void theOpeningWordIsANameOnlyWhenTheArticleWritesItAsOne(String text, String speaker) {
        assertEquals(speaker, QuoteCases.onlySpeaker(text));
    }
}
