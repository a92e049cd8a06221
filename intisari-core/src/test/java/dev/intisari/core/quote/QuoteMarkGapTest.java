package dev.intisari.core.quote;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Words#gapMayHoldQuoteMark} lets the title-in-quotes reading skip gaps without a quotation mark: it must answer
 * true for every gap that holds one of ' ‘ ’ " “ ” (read from the text itself here), and false for a gap of plain
 * punctuation in a text without apostrophes.
 */
class QuoteMarkGapTest {
    private static final String[] TEXTS = {
        "Film \u201CGadis Kretek\u201D tayang. Lagu \u2018Rayuan Pulau Kelapa\u2019 diputar, kata dia.",
        "Buku \"Laut Bercerita\" laris; judul 'Bumi Manusia' juga. Jum\u2019at lalu (2/5) ramai.",
        "\u201CKami siap,\u201D kata Budi. \u2018Ya\u2019, jawabnya.",
        "Tanpa tanda kutip, hanya titik. Dan koma; serta (kurung) / garis.",
        "Qur'an dibaca. 'Ayo' katanya.",
    };

    @Test
    void everyGapWithAQuotationMarkIsSeen() {
        for (String text : TEXTS) {
            Words words = new Words(text);
            for (int w = 0; w < words.size; w++) {
                int from = w == 0 ? 0 : words.end[w - 1];
                boolean holds = false;
                for (int i = from; i < words.start[w]; i++) {
                    holds |= "'\"\u2018\u2019\u201C\u201D".indexOf(text.charAt(i)) >= 0;
                }
                if (holds) {
                    assertTrue(words.gapMayHoldQuoteMark(w), "gap before word " + w + " of \"" + text + "\"");
                }
            }
        }
    }

    @Test
    void plainPunctuationHoldsNone() {
        Words words = new Words(TEXTS[3]);
        for (int w = 0; w < words.size; w++) {
            assertFalse(words.gapMayHoldQuoteMark(w), "word " + w);
        }
    }
}
