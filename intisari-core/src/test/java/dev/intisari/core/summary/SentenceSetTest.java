package dev.intisari.core.summary;

import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSetTest {
    private static final String TEXT = "Banjir merendam ratusan rumah di Kecamatan Sukamaju, Senin (3/3/2025).\n"
            + "Warga mengungsi ke balai desa setelah air naik hingga 1,5 meter.\n"
            + "\"Air datang tengah malam,\" kata Ketua RT 04 Slamet.";

    @Test
    void aTermsOnlySetReadsTheSameTermsAsAWeightedOne() {
        TokenizedText text = TestArticles.tokenized(TEXT);
        String title = "Banjir rendam ratusan rumah di Sukamaju";
        Map<String, Integer> shared = new HashMap<>();
        SentenceSet weighted = SentenceSet.of(text, title, List.of(), shared, new WordTable(16));
        // a second set on the same vocabulary, as a story's sets are: the ids must be the same ones
        SentenceSet termsOnly = SentenceSet.termsOf(text, title, List.of(),
                new TermAnalyzer.Reader(shared, new WordTable(16)));
        assertEquals(3, weighted.size());
        assertEquals(weighted.size(), termsOnly.size());
        assertArrayEquals(weighted.titleBag(), termsOnly.titleBag());
        assertTrue(termsOnly.titleBag().length > 0);
        for (int i = 0; i < weighted.size(); i++) {
            assertArrayEquals(weighted.terms(i), termsOnly.terms(i), "sentence " + i);
            assertTrue(termsOnly.terms(i).length > 0, "sentence " + i);
            assertEquals(weighted.letterWords(i), termsOnly.letterWords(i), "sentence " + i);
            assertEquals(weighted.text(i), termsOnly.text(i));
        }
    }

    @Test
    void aSetWithItsOwnTermsReadsWhatANewVocabularyGives() {
        String longer = TEXT + "\n" + "Kenaikan air terjadi di Desa Sukamaju dan Desa Tegalwangi, menurut BPBD setempat.";
        String[][] articles = {{TEXT, "Banjir rendam ratusan rumah di Sukamaju"}, {longer, null}, {TEXT, ""}};
        // twice round, so that the second round reads tables a longer article left behind on this thread
        for (int round = 0; round < 2; round++) {
            for (String[] a : articles) {
                TokenizedText text = TestArticles.tokenized(a[0]);
                SentenceSet fresh = SentenceSet.of(text, a[1], List.of(), new HashMap<>());
                SentenceSet own = SentenceSet.ofOwnTerms(text, a[1], List.of());
                assertEquals(fresh.size(), own.size());
                assertArrayEquals(fresh.titleBag(), own.titleBag());
                for (int i = 0; i < fresh.size(); i++) {
                    assertArrayEquals(fresh.terms(i), own.terms(i), "sentence " + i);
                    assertEquals(fresh.words(i), own.words(i), "sentence " + i);
                    assertEquals(fresh.capitalised(i), own.capitalised(i), "sentence " + i);
                    assertEquals(fresh.numbers(i), own.numbers(i), "sentence " + i);
                }
                assertTrue(java.util.Arrays.deepEquals(fresh.similarities(), own.similarities()));
            }
        }
    }
}
