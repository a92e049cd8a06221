package dev.intisari.core.quote;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reported-speech finder reads each sentence part's first and last word by walking on from the previous part's
 * ({@link Words#firstAtOrAfter(int, int)}, {@link Words#lastEndingBy(int, int)}): for offsets asked in text order the
 * walk must give what the binary searches give, at every offset of made-up texts (inside words, on gaps, past the end).
 */
class WordWalkTest {
    private static final String[] TEXTS = {
        "Dalam rapat itu, Bupati Sukarejo menyampaikan rencana. Menurut dia, warga dilibatkan.",
        "  \u201CKami siap,\u201D kata Budi.\n\nIa menambahkan, jalan itu rusak sejak 2019 - katanya.  ",
        "x",
        "",
        ", . ;",
    };

    @Test
    void walkingOnGivesTheBinarySearchesAnswers() {
        Random random = new Random(25);
        for (String text : TEXTS) {
            Words words = new Words(text);
            for (int round = 0; round < 50; round++) {
                int first = 0;
                int last = -1;
                int offset = -2;
                while (offset <= text.length() + 2) {
                    assertEquals(words.firstAtOrAfter(offset), first = words.firstAtOrAfter(offset, first),
                            "first word at or after " + offset + " of \"" + text + "\"");
                    assertEquals(words.lastEndingBy(offset), last = words.lastEndingBy(offset, last),
                            "last word ending by " + offset + " of \"" + text + "\"");
                    offset += random.nextInt(4);
                }
            }
        }
    }
}
