package dev.intisari.eval.summary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RougeTest {
    private static final double EPS = 1e-9;

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
            // candidate | reference | R1 P | R1 R | R2 P | R2 R | RL P | RL R   (computed by hand)
            // 4 words shared (of 5 and 6); bigrams polisi menangkap, menangkap dua, dua pelaku shared (of 4 and 5)
            "polisi menangkap dua pelaku pencurian | polisi menangkap dua pelaku di pasar | 0.8 | 0.6666666666666666 | 0.75 | 0.6 | 0.8 | 0.6666666666666666",
            // identical up to case and punctuation
            "Harga beras naik. | harga beras naik | 1 | 1 | 1 | 1 | 1 | 1",
            // nothing shared
            "banjir melanda kota | gempa mengguncang desa | 0 | 0 | 0 | 0 | 0 | 0",
            // clipped counts: 'kami' twice in candidate, once in reference; LCS = 'kami makan' (2)
            "kami kami makan | kami makan nasi | 0.6666666666666666 | 0.6666666666666666 | 0.5 | 0.5 | 0.6666666666666666 | 0.6666666666666666",
            // re-ordered: unigrams all shared, one bigram of two ('b c' vs 'c a b'): LCS 2 of 3
            "a b c | c a b | 1 | 1 | 0.5 | 0.5 | 0.6666666666666666 | 0.6666666666666666",
    })
    void handComputed(String candidate, String reference, double p1, double r1, double p2, double r2,
                      double pl, double rl) {
        List<String> c = Rouge.words(candidate);
        List<String> r = Rouge.words(reference);
        assertEquals(p1, Rouge.n(c, r, 1).precision(), EPS);
        assertEquals(r1, Rouge.n(c, r, 1).recall(), EPS);
        assertEquals(p2, Rouge.n(c, r, 2).precision(), EPS);
        assertEquals(r2, Rouge.n(c, r, 2).recall(), EPS);
        assertEquals(pl, Rouge.l(c, r).precision(), EPS);
        assertEquals(rl, Rouge.l(c, r).recall(), EPS);
    }

    @Test
    void f1IsTheHarmonicMean() {
        // 4 shared of 5 candidate and 6 reference words: P 0.8, R 2/3, F1 = 2*0.8*(2/3)/(0.8+2/3) = 8/11
        Rouge.Score s = Rouge.n(Rouge.words("polisi menangkap dua pelaku pencurian"),
                Rouge.words("polisi menangkap dua pelaku di pasar"), 1);
        assertEquals(8.0 / 11.0, s.f1(), EPS);
    }

    @Test
    void emptyCandidateScoresZero() {
        assertEquals(0, Rouge.n(List.of(), Rouge.words("ada isi"), 1).f1(), EPS);
        assertEquals(0, Rouge.l(List.of(), Rouge.words("ada isi")).f1(), EPS);
    }
}
