package dev.intisari.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The terms an article carries to its story: read back as given, immutable, and refused when they cannot be ids. */
class ArticleTermsTest {
    /** "banjir rendam 420 rumah" as a headline, then two sentences. */
    private static ArticleTerms flood() {
        return ArticleTerms.of("banjir rendam 420 rumah warga ungsi balai ", new int[][] {{0, 1, 2, 3}, {0, 4, 5, 6}},
                new int[] {7, 6}, new int[] {0, 1, 2, 3});
    }

    @Test
    void readsBackWhatItWasGiven() {
        ArticleTerms t = flood();
        assertEquals(7, t.termCount());
        assertEquals(2, t.sentences());
        assertArrayEquals(new int[] {0, 4, 5, 6}, t.sentenceTerms(1));
        assertEquals(6, t.letterWords(1));
        assertArrayEquals(new int[] {0, 1, 2, 3}, t.title());
        assertEquals(flood(), t);
        assertEquals(flood().hashCode(), t.hashCode());
    }

    @Test
    void theArraysItGivesAreCopies() {
        int[][] sentences = {{0, 1}, {2}};
        int[] title = {1, 0};
        ArticleTerms t = ArticleTerms.of("harga beras naik ", sentences, new int[] {3, 2}, title);
        sentences[0][0] = 2;
        title[0] = 2;
        t.sentenceTerms(0)[0] = 2;
        t.title()[0] = 2;
        assertArrayEquals(new int[] {0, 1}, t.sentenceTerms(0));
        assertArrayEquals(new int[] {1, 0}, t.title());
    }

    @Test
    void anotherSentenceIsAnotherReading() {
        ArticleTerms other = ArticleTerms.of("banjir rendam 420 rumah warga ungsi balai ",
                new int[][] {{0, 1, 2, 3}, {0, 4, 5}}, new int[] {7, 6}, new int[] {0, 1, 2, 3});
        assertNotEquals(flood(), other);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ids out of order          | harga beras naik  | 1 0   | 0",
        "an id past the terms      | harga beras naik  | 0 3   | 0",
        "a repeated id             | harga beras naik  | 1 1   | 0",
        "a headline id past them   | harga beras naik  | 0 1   | 5",
        "no space after the last   | harga beras naik  | 0 1   | 0",
        "an empty term             | harga  beras naik | 0 1   | 0",
    })
    void refusesWhatCannotBeIds(String why, String vocabulary, String sentence, String title) {
        String terms = why.startsWith("no space") ? vocabulary : vocabulary + " ";
        int[] ids = java.util.Arrays.stream(sentence.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThrows(IllegalArgumentException.class, () -> ArticleTerms.of(terms, new int[][] {ids}, new int[] {3},
                new int[] {Integer.parseInt(title)}), why);
    }

    @Test
    void oneWordCountPerSentence() {
        assertThrows(IllegalArgumentException.class,
                () -> ArticleTerms.of("harga ", new int[][] {{0}}, new int[] {1, 2}, new int[0]));
    }
}
