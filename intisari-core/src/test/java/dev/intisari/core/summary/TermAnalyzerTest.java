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

    @Test
    void aRememberingReaderGivesEachSetTheIdsOfFreshTablesAlsoPastItsBound() {
        TermAnalyzer.Reader remembering = TermAnalyzer.Reader.remembering();
        java.util.Random random = new java.util.Random(24);
        String[] common = {"kenaikan", "naik", "harga", "beras", "yang", "di", "Pasar", "pada", "2024", "negara-negara",
                "menaikkan", "a", "Ketua", "ketua", "naiknya", "ñandú", "Rp750", "٣٤", "15/4"};
        // enough new words to pass the thread's bound, so that its tables are emptied between two sets
        int sets = 0;
        int newWords = 0;
        while (newWords < 70_000 || sets < 3) {
            StringBuilder[] sentences = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
            for (StringBuilder sentence : sentences) {
                for (int w = 0; w < 40; w++) {
                    if (random.nextInt(3) == 0) {
                        sentence.append("ber").append(Integer.toString(newWords++, 26).replace('0', 'x')).append("an ");
                    } else {
                        sentence.append(common[random.nextInt(common.length)]).append(' ');
                    }
                }
            }
            remembering.restart();
            TermAnalyzer.Reader fresh = new TermAnalyzer.Reader(null, new WordTable(16), new WordTable(16));
            for (StringBuilder sentence : sentences) {
                TermAnalyzer.Analysis expected = fresh.analyze(sentence.toString());
                TermAnalyzer.Analysis read = remembering.analyze(sentence.toString());
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected.ids(), read.ids(), "set " + sets);
                assertEquals(expected.words(), read.words());
                assertEquals(expected.capitalised(), read.capitalised());
            }
            assertEquals(fresh.vocabulary(), remembering.vocabulary(), "set " + sets);
            assertEquals(fresh.termCount(), remembering.termCount());
            boolean[] digits = digitsOf(fresh.vocabulary(), fresh.termCount());
            org.junit.jupiter.api.Assertions.assertArrayEquals(digits, fresh.numeric());
            org.junit.jupiter.api.Assertions.assertArrayEquals(digits, remembering.numeric());
            char[] term = "hargaberas".toCharArray();
            assertEquals(fresh.termId(term, 5, 5), remembering.termId(term, 5, 5));
            assertEquals(fresh.vocabulary(), remembering.vocabulary(), "set " + sets);
            sets++;
        }
    }

    /** Whether each term of a vocabulary as {@code Reader#vocabulary} writes it holds a digit: the reading it replaced. */
    private static boolean[] digitsOf(String vocabulary, int terms) {
        boolean[] numeric = new boolean[terms];
        for (int i = 0, id = 0; i < vocabulary.length(); i++) {
            char c = vocabulary.charAt(i);
            if (c == ' ') {
                id++;
            } else if (Character.isDigit(c)) {
                numeric[id] = true;
            }
        }
        return numeric;
    }
}
