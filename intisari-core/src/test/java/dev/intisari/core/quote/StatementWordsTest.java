package dev.intisari.core.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A statement's content words: Lucene's Indonesian stop words dropped, content words kept. Made-up statements. */
class StatementWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kami akan menampung semua pengungsi di balai desa sampai air surut. | kami akan di sampai | desa air",
        "Bantuan 2,5 ton sudah dikirim ke Desa Sukamaju pada Senin malam. | sudah ke pada | ton malam",
        "Itu bukan urusan kami, tetapi urusan camat. | itu bukan kami tetapi | camat",
    })
    void stopWordsGoAndContentWordsStay(String statement, String stopWords, String kept) {
        Set<String> words = new StatementWords(QuoteLexicon.INDONESIAN).of(statement);
        for (String w : List.of(stopWords.split(" "))) {
            assertFalse(words.contains(w), w + " in " + words);
        }
        for (String w : List.of(kept.split(" "))) {
            assertTrue(words.contains(w), w + " not in " + words);
        }
    }
}
