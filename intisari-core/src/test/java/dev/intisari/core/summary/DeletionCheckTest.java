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
            // letters and spaces outside ASCII: a word runs on across them, a no-break space separates
            "Rp1,5 triliun untuk Pôso. | Dana Rp1,5 triliun disiapkan untuk Pôso. | true",
            "Rp1,5 triliun untuk Po. | Dana Rp1,5 triliun disiapkan untuk Pôso. | false",
            "Menteri Keuangan hadir. | Menteri Keuangan Sri Mulyani hadir. | true",
            "café murah | Harga café murah sekali. | true",
            "caf murah | Harga café murah sekali. | false",
            "anak-anak sekolah | Para anak-anak sekolah libur. | true",
            "anak sekolah | Para anak-anak sekolah libur. | true",
    })
    void deletionsOnly(String point, String sentence, boolean derivable) {
        assertEquals(derivable, DeletionCheck.derivable(point.strip(), sentence));
    }

    /** The check's own token bounds (an ASCII fast path) agree with {@link DeletionCheck#tokens}. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Dana Rp1,5 triliun untuk Pôso, kata dia.",
            "“Kami siap,” ujar Kapolda—di Jakarta (3/2).", " tab	dan spasi tipis", "𝐀𝐁 huruf luar BMP"})
    void everyTokenDeletedIsDerivable(String sentence) {
        java.util.List<String> tokens = DeletionCheck.tokens(sentence);
        for (int drop = 0; drop < tokens.size(); drop++) {
            java.util.List<String> kept = new java.util.ArrayList<>(tokens);
            kept.remove(drop);
            String point = String.join(" ", kept);
            assertEquals(!kept.isEmpty(), DeletionCheck.derivable(point, sentence), point);
        }
    }
}
