package dev.intisari.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static dev.intisari.core.CpuBound.within;

class MachineTranslationSignsTest {
    private final MachineTranslationSigns signs = new MachineTranslationSigns();

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        Negara-negara Eropa menolak usulan itu.                                  => 0 => false
        Kata -kata sang menteri dikutip media.                                  => 2 => true
        Para pemimpin negara- negara Barat bertemu.                             => 2 => true
        Mereka membahas kata - kata yang sama.                                  => 1 => false
        Undang - Undang itu direvisi; Undang - Undang lama dicabut.             => 1 => false
        Kata -kata dan kata -kata lagi.                                         => 2 => true
        Perundingan Rusia -Ukraina kembali digelar.                             => 1 => false
        Perundingan rusia -ukraina dan hubungan amerika -china memanas.         => 2 => true
        Jakarta - Presiden meresmikan jalan tol.                                => 0 => false
        Dalam misi apa pun -- termasuk sebagai penjaga perdamaian --merupakan.  => 0 => false
        Suhu turun hingga -5 derajat pada 2019 - 2020.                          => 0 => false
        """)
    void scoresTraces(String text, int score, boolean likely) {
        assertEquals(score, signs.score(text.strip()));
        assertEquals(likely, signs.likely(text.strip()));
    }

    @Test
    void oddInput() {
        assertEquals(0, signs.score(null));
        assertFalse(signs.likely(""));
        assertFalse(signs.likely("-"));
        assertFalse(signs.likely(" -"));
        within(Duration.ofSeconds(2), () -> {
            signs.score("a -".repeat(50_000));
            signs.score("-".repeat(100_000));
            signs.score(("x".repeat(1000) + " -").repeat(100));
        });
    }
}
