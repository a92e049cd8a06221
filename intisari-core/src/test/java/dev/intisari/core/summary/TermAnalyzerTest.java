package dev.intisari.core.summary;

import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermAnalyzerTest {
    @ParameterizedTest(name = "{index}: {0}")
    @CsvSource(delimiter = '|', value = {
            // sentence | words | words holding a letter | content terms (stopwords such as "pada", "kami" dropped)
            "Harga beras naik 12 persen pada Senin (3/2). | 9 | 6 | 8",
            "Pukul 18.30 WIB | 4 | 2 | 4",
            "“Kami siap,” ujarnya. | 3 | 3 | 2",
            "07 April 2024 18:30 | 5 | 1 | 5",
            "'' | 0 | 0 | 0",
    })
    void oneScanCountsWordsAndTerms(String sentence, int words, int letterWords, int terms) {
        Map<String, Integer> vocabulary = new HashMap<>();
        TermAnalyzer.Analysis a = TermAnalyzer.analyze(sentence, vocabulary, new WordTable(16));
        assertEquals(words, a.words());
        assertEquals(letterWords, a.letterWords());
        assertEquals(terms, a.ids().length);
        assertEquals(TermAnalyzer.terms(sentence).size(), a.ids().length);
    }

    @ParameterizedTest
    @CsvSource({"70", "300"})
    void aWordTooLongForTheBufferIsCountedButIsNoTerm(int length) {
        String sentence = "Kata " + "a".repeat(length) + " panjang";
        TermAnalyzer.Analysis a = TermAnalyzer.analyze(sentence, new HashMap<>(), new WordTable(16));
        assertEquals(3, a.words());
        assertEquals(3, a.letterWords());
        assertEquals(2, a.ids().length);
    }

    @Test
    void everyLuceneStopwordIsDroppedInAnyCase() {
        int checked = 0;
        for (Object o : IndonesianAnalyzer.getDefaultStopSet()) {
            String word = o instanceof char[] chars ? new String(chars) : o.toString();
            assertTrue(TermAnalyzer.terms(word).isEmpty(), word);
            assertTrue(TermAnalyzer.terms(word.toUpperCase(java.util.Locale.ROOT)).isEmpty(), word);
            checked++;
        }
        assertTrue(checked > 300, "Lucene's Indonesian list has 355 words, read " + checked);
    }

    @ParameterizedTest
    // the stopword test reads the surface word: "adalahnya" is no stopword, though its stem "adalah" is one
    @CsvSource({"kenaikan, naik", "Jakarta, jakarta", "beras, beras", "adalahnya, adalah", "2024, 2024"})
    void contentWordsStayAndAreStemmed(String word, String term) {
        assertEquals(java.util.List.of(term), TermAnalyzer.terms(word));
    }
}
