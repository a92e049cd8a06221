package dev.intisari.core.summary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeletionCheckTest {
    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', value = {
            // point | sentence | derivable
            "Harga cabai naik tajam. | Sementara itu, harga cabai naik tajam. | false",
            "harga cabai naik tajam. | Sementara itu, harga cabai naik tajam. | true",
            "Pemerintah menaikkan tarif listrik. | Pemerintah menaikkan tarif listrik, ujarnya. | true",
            "Pemerintah resmi menaikkan tarif listrik. | Pemerintah menaikkan tarif listrik, ujarnya. | false",
            "tarif listrik Pemerintah menaikkan. | Pemerintah menaikkan tarif listrik. | false",
            "Banjir merendam 300 rumah. | Banjir merendam 300 rumah warga di Bekasi. | true",
            "Banjir merendam 3000 rumah. | Banjir merendam 300 rumah warga di Bekasi. | false",
            "' ' | Kalimat apa pun. | false",
            "“Kami siap,” | “Kami siap,” ujar Kapolda. | true",
    })
    void deletionsOnly(String point, String sentence, boolean derivable) {
        assertEquals(derivable, DeletionCheck.derivable(point.strip(), sentence));
    }
}
