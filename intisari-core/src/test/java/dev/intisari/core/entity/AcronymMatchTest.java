package dev.intisari.core.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcronymMatchTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        KPK       | Komisi Pemberantasan Korupsi               | true
        KPK       | Ketua Komisi Pemberantasan Korupsi         | false
        BNPB      | Badan Nasional Penanggulangan Bencana      | true
        Bareskrim | Badan Reserse Kriminal                     | true
        AS        | Amerika Serikat                            | true
        Kemenkeu  | Kementerian Keuangan                       | true
        BPOM      | Badan Pengawas Obat dan Makanan            | true
        DPR       | Dewan Perwakilan Rakyat                    | true
        DPR       | Majelis Permusyawaratan Rakyat             | false
        WHO       | Organisasi Kesehatan Dunia                 | false
        """)
    void abbreviates(String acronym, String phrase, boolean expected) {
        String[] words = PhraseWords.split(phrase).toArray(new String[0]);
        assertEquals(expected, AcronymMatch.matches(acronym, words, 0, words.length));
    }
}
