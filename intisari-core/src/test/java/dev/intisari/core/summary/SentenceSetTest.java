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
        SentenceSet termsOnly = SentenceSet.termsOf(text, title, List.of(), shared, new WordTable(16));
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
}
