package dev.intisari.core.quote;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link QuoteLexicon#mask} reads a word's list bits through a filter of the listed words' hashes, then the table: every
 * listed word must still get its bits (the filter never says "in no list" for a listed word), and words in no list get
 * none.
 */
class WordMaskTest {
    @Test
    void everyListedWordGetsItsBits() {
        for (QuoteLexicon lexicon : new QuoteLexicon[] {QuoteLexicon.INDONESIAN, QuoteLexicon.english()}) {
            int read = 0;
            for (Map.Entry<String, Integer> e : lexicon.listedWords().entrySet()) {
                Words words = new Words(e.getKey());
                if (words.size != 1 || !words.lower(0).equals(e.getKey())) {
                    continue; // an entry the word pass reads as more than one word is never asked for whole
                }
                assertEquals(e.getValue().intValue(), lexicon.mask(words, 0), e.getKey());
                read++;
            }
            assertTrue(read > 100, "listed single words read: " + read);
        }
    }

    @Test
    void wordsInNoListGetNoBits() {
        QuoteLexicon lexicon = QuoteLexicon.INDONESIAN;
        Words words = new Words("Sukarejowangi memborbardir qwertyuiop zzzxq lorongsempit");
        for (int w = 0; w < words.size; w++) {
            assertEquals(lexicon.listedWords().getOrDefault(words.lower(w), 0).intValue(), lexicon.mask(words, w),
                    words.lower(w));
        }
    }
}
