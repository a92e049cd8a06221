package dev.intisari.core.text;

import dev.intisari.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.intisari.core.CpuBound.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleTokenizerTest {
    private final RuleTokenizer tokenizer = new RuleTokenizer();

    /** Tokens joined by " | ". */
    private String tokens(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).collect(Collectors.joining(" | "));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        Negara-negara ASEAN sepakat.                      => Negara-negara | ASEAN | sepakat | .
        Salat Jum'at digelar di masjid.                   => Salat | Jum'at | digelar | di | masjid | .
        Hari Jum’at pagi.                                 => Hari | Jum’at | pagi | .
        Kasus COVID-19 turun ke-2 kalinya.                => Kasus | COVID-19 | turun | ke-2 | kalinya | .
        Inflasi naik 2,5 persen.                          => Inflasi | naik | 2,5 | persen | .
        Sebanyak 100.000 personel dikirim.                => Sebanyak | 100.000 | personel | dikirim | .
        Senin (27/3) pukul 10:15 WIB.                     => Senin | ( | 27/3 | ) | pukul | 10:15 | WIB.
        Pukul 10.15 WIB suku bunga 3,5%.                  => Pukul | 10.15 | WIB | suku | bunga | 3,5% | .
        Harga Rp10.000,50 per liter.                      => Harga | Rp10.000,50 | per | liter | .
        Pada 2020. Kemudian                               => Pada | 2020 | . | Kemudian
        dr. Rina dan Prof. Budi hadir.                    => dr. | Rina | dan | Prof. | Budi | hadir | .
        H. Ahmad dan Hj. Siti dari Jl. Merdeka No. 5.     => H. | Ahmad | dan | Hj. | Siti | dari | Jl. | Merdeka | No. | 5 | .
        PT. Bank Contoh Tbk. naik.                        => PT. | Bank | Contoh | Tbk. | naik | .
        buku, pena, dll. juga dsb.                        => buku | , | pena | , | dll. | juga | dsb.
        Budi Santoso, S.H., M.Si. hadir.                  => Budi | Santoso | , | S.H. | , | M.Si. | hadir | .
        Surat a.n. kepala dinas u.p. sekretaris           => Surat | a.n. | kepala | dinas | u.p. | sekretaris
        Kata M. Razi kepada A.M. Fatwa.                   => Kata | M. | Razi | kepada | A.M. | Fatwa | .
        Dikutip dari Kompas.com, Senin.                   => Dikutip | dari | Kompas.com | , | Senin | .
        Lihat tempo.co.id dan detik.com.                  => Lihat | tempo.co.id | dan | detik.com | .
        Buka https://contoh.go.id/berita?id=5.            => Buka | https://contoh.go.id/berita?id=5 | .
        Kunjungi www.contoh.com/a_(b) sekarang            => Kunjungi | www.contoh.com/a_(b) | sekarang
        Surel redaksi@contoh.co.id.                       => Surel | redaksi@contoh.co.id | .
        Tagar #IndonesiaMaju dari @kemenkeu               => Tagar | #IndonesiaMaju | dari | @kemenkeu
        “Kami siap,” ujarnya.                             => “ | Kami | siap | , | ” | ujarnya | .
        "Tidak," katanya.                                 => " | Tidak | , | " | katanya | .
        ‘Pasukan penangkal’ dan «damai»                   => ‘ | Pasukan | penangkal | ’ | dan | « | damai | »
        Tunggu... Benarkah?! Ya…                          => Tunggu | ... | Benarkah | ?! | Ya | …
        kata -kata dalam terjemahan                       => kata | - | kata | dalam | terjemahan
        apa pun --merupakan ancaman                       => apa | pun | -- | merupakan | ancaman
        Jakarta.Selain itu                                => Jakarta | . | Selain | itu
        seperti dilaporkanSaudi Gazette                   => seperti | dilaporkan | Saudi | Gazette
        kataFaruk, dilansirAFP dan diMuseum               => kata | Faruk | , | dilansir | AFP | dan | di | Museum
        kepadadetikSulsel dan detikNews                   => kepada | detikSulsel | dan | detikNews
        Pantauandetikcom, DilansirdetikFinance            => Pantauan | detikcom | , | Dilansir | detikFinance
        kepadadetikcom dan sedetik                        => kepada | detikcom | dan | sedetik
        aktivitasMotoGP di kumparanBISNIS                 => aktivitas | MotoGP | di | kumparanBISNIS
        iPhone eKTP tvOne webOS idAAA mRNA pH             => iPhone | eKTP | tvOne | webOS | idAAA | mRNA | pH
        non-Muslim pasca-Pemilu kgCO2                     => non-Muslim | pasca-Pemilu | kgCO2
        Budi Hartanto2. Kepala Dinas Sari Wulandari3. Ada => Budi | Hartanto | 2 | . | Kepala | Dinas | Sari | Wulandari | 3 | . | Ada
        Kecamatan Tanjung12. Kecamatan Lodaya13. Selesai  => Kecamatan | Tanjung | 12 | . | Kecamatan | Lodaya | 13 | . | Selesai
        Nokia3. Samsung123. Tahun2019. Covid19 kini       => Nokia | 3 | . | Samsung123 | . | Tahun2019 | . | Covid19 | kini
        Garuda2.Kemudian GarudaX2. Mandalika2. lalu       => Garuda2 | . | Kemudian | GarudaX2 | . | Mandalika2 | . | lalu
        """)
    void tokens(String text, String expected) {
        assertEquals(expected.strip(), tokens(text.strip()));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Menteri  Luar\u00A0Negeri\tRI, Dr. Retno, berkata: “100.000 orang (27/3)…” 😀 👍🏽 selesai.";
        List<Token> tokens = tokenizer.tokenize(text);
        int previousEnd = 0;
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
            assertTrue(t.start() >= previousEnd, "tokens in order, not overlapping");
            assertTrue(!t.text().isBlank(), "no blank token");
            previousEnd = t.end();
        }
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("😀")), "a surrogate pair is one token");
    }

    @Test
    void oddInputIsHandled() {
        assertEquals(List.of(), tokenizer.tokenize(""));
        assertEquals(List.of(), tokenizer.tokenize(null));
        assertEquals(List.of(), tokenizer.tokenize(" \n\t\u00A0\u200B"));
        assertEquals("!!! | ... | , | ; | --", tokens("!!! ... , ; --"));
        assertEquals("\uD800 | x", tokens("\uD800 x"), "a lone surrogate is a token, not a crash");
        assertEquals("Москва | — | столица | .", tokens("Москва — столица."));
        assertEquals("北京欢迎你", tokens("北京欢迎你"));
    }

    @Test
    void hugeInputIsLinear() {
        String word = "a".repeat(100_000);
        String dots = ".".repeat(100_000);
        String words = "kata ".repeat(20_000);
        String digits = "1.".repeat(50_000);
        within(java.time.Duration.ofSeconds(5), () -> {
            assertEquals(1, tokenizer.tokenize(word).size());
            assertEquals(1, tokenizer.tokenize(dots).size());
            assertEquals(20_000, tokenizer.tokenize(words).size());
            assertTrue(tokenizer.tokenize(digits).size() <= 2);
            tokenizer.tokenize("S.".repeat(50_000));
            tokenizer.tokenize("http://" + "x".repeat(100_000));
            tokenizer.tokenize("a@" + "b.".repeat(50_000));
            tokenizer.tokenize("x.".repeat(50_000) + " a@b");
            tokenizer.tokenize("ab.".repeat(30_000));
        });
    }

    @Test
    void turkishLocaleDoesNotChangeAbbreviations() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("KOL. | Ilham", tokens("KOL. Ilham"));
            assertEquals("IR. | Soekarno", tokens("IR. Soekarno"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
