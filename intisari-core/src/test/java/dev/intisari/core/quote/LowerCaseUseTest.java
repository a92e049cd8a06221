package dev.intisari.core.quote;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a capitalised word also occurs in lower case in its article (what the quote stage asks of words that open
 * a sentence): the answer of the filtered pass ({@link Words#occursInLowerCase}) against a plain reading of the text,
 * word by word (made-up articles).
 */
class LowerCaseUseTest {
    private static final String[] ARTICLES = {
        "Dalam rapat itu, Bupati Sukarejo menyampaikan rencana. Menurut dia, dalam waktu dekat warga dilibatkan.",
        "Kata-kata itu diulang. Kata Amin, jalan rusak. Sementara itu, Polres Tegalwangi belum menjawab.",
        "Aman Abdurrahman hadir. Aman tidak berbicara. Suasana aman terkendali, kata Kapolsek Aman.",
        "PT Sinar Jaya membantah. Pihak perusahaan menyebut semua izin lengkap. Izin itu terbit 2019.",
        "",
    };

    @Test
    void theFilteredPassAnswersAsTheText() {
        for (String text : ARTICLES) {
            Words words = new Words(text);
            for (int w = 0; w < words.size; w++) {
                if (!Character.isUpperCase(text.charAt(words.start[w]))) {
                    continue;
                }
                assertEquals(writtenLower(words, w), words.occursInLowerCase(w),
                        () -> "word of \"" + text + "\"");
            }
        }
    }

    @Test
    void sentenceOpenersOfTheTable() {
        Map<String, Boolean> cases = Map.of("Dalam", true, "Menurut", false, "Bupati", false);
        Words words = new Words(ARTICLES[0]);
        for (int w = 0; w < words.size; w++) {
            Boolean expected = cases.get(ARTICLES[0].substring(words.start[w], words.end[w]));
            if (expected != null) {
                assertEquals(expected, words.occursInLowerCase(w), ARTICLES[0].substring(words.start[w], words.end[w]));
            }
        }
        Words joined = new Words(ARTICLES[1]);
        assertTrue(joined.occursInLowerCase(indexOf(joined, ARTICLES[1], "Kata", 0)), "kata of Kata-kata");
        assertFalse(joined.occursInLowerCase(indexOf(joined, ARTICLES[1], "Polres", 0)));
    }

    private static int indexOf(Words words, String text, String word, int nth) {
        int seen = 0;
        for (int w = 0; w < words.size; w++) {
            if (text.substring(words.start[w], words.end[w]).equals(word) && seen++ == nth) {
                return w;
            }
        }
        throw new AssertionError(word);
    }

    /** A whole word or a part of a joined word that starts with a lower-case letter and is the word lowered. */
    private static boolean writtenLower(Words words, int w) {
        String lower = words.text.substring(words.start[w], words.end[w]).toLowerCase(Locale.ROOT);
        for (int x = 0; x < words.size; x++) {
            String word = words.text.substring(words.start[x], words.end[x]);
            for (String part : word.split("[^\\p{L}\\p{Nd}]", -1)) {
                boolean whole = part.equals(word);
                if (!part.isEmpty() && Character.isLowerCase(part.charAt(0)) && part.equals(lower)
                        && (whole || word.length() > 2)) {
                    return true;
                }
            }
        }
        return false;
    }
}
