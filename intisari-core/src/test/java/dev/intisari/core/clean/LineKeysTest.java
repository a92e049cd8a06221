package dev.intisari.core.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written line normalisations give what the regular expressions they replace give. */
class LineKeysTest {
    private static final Pattern QUOTES = Pattern.compile("^[\\s'\"“”‘’«»\\[(]+|[\\s'\"“”‘’«»\\])]+$");
    private static final Pattern HEADLINE_END = Pattern.compile("(?iu)\\s*(?:di\\s*sini)?\\s*:$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Letters, digits, blanks, quotes, brackets, colons and the words of "di sini", in every case. */
    private static final String[] PIECES = {"a", "B", "é", "7", "²", " ", "  ", "\t", "\"", "“", "”", "'", "‘", "’",
        "«", "»", "(", ")", "[", "]", ":", "-", ".", "di", "DI", "Di", "sini", "SINI", "Sini", "𝐀", "\u00A0", "İ"};

    private static String headlineByRegex(String raw) {
        String h = QUOTES.matcher(raw.strip()).replaceAll("");
        h = HEADLINE_END.matcher(h).replaceAll("");
        return QUOTES.matcher(h).replaceAll("").strip();
    }

    private static String keyByRegex(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Baca juga: "Harga Cabai Naik di Pasar Induk"    | Baca juga: "Harga Cabai Naik di Pasar Induk
        “Harga Cabai Naik di Pasar Induk”               | Harga Cabai Naik di Pasar Induk
        (Harga Cabai Naik) di sini :                    | Harga Cabai Naik
        Banjir Rob Meluas Di Sini:                      | Banjir Rob Meluas
        Banjir Rob Meluas:                              | Banjir Rob Meluas
        [Video] Warga Bertahan di Atap                  | Video] Warga Bertahan di Atap
        """)
    void headlines(String raw, String expected) {
        assertEquals(expected, LineKeys.headline(raw));
        assertEquals(headlineByRegex(raw), LineKeys.headline(raw));
    }

    @Test
    void randomLinesGiveTheRegularExpressionsResults() {
        Random random = new Random(23);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = s.toString();
            assertEquals(headlineByRegex(line), LineKeys.headline(line), "headline of [" + line + "]");
            assertEquals(keyByRegex(line), LineKeys.key(line), "key of [" + line + "]");
        }
    }
}
