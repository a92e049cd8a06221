package dev.intisari.core.quote;

import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** The reading the memo stands for: every word looked up, stemmed and mapped afresh. */
    private static List<String> fresh(String text, NearSynonyms synonyms) {
        Set<String> words = new java.util.HashSet<>();
        IndonesianStemmer stemmer = new IndonesianStemmer();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            char[] word = new char[i - start];
            for (int k = 0; k < word.length; k++) {
                word[k] = Character.toLowerCase(text.charAt(start + k));
            }
            if (word.length < 2 || QuoteLexicon.INDONESIAN.stopWordChars.contains(word, 0, word.length)) {
                continue;
            }
            String stem = new String(word, 0, stemmer.stem(word, word.length, true));
            words.add(synonyms == null ? stem : synonyms.of(stem));
        }
        return new ArrayList<>(words);
    }

    @Test
    void rememberedWordsReadAsFreshOnesInTheSameOrder() {
        List<String> statements = List.of(
                "Informasi itu keliru, kata juru bicara Kementerian Kesehatan di Jakarta.",
                "Informasi tersebut salah dan menyesatkan masyarakat, ujarnya.",
                "Dua korban tewas dan tiga korban luka dibawa ke RSUD Sukamaju.",
                "Korban meninggal sudah dimakamkan pada Selasa (4/6) sore.",
                "KAMI MENERIMA laporan warga; kami diterima oleh Bupati pada 2024.");
        // two readers on one thread, one with near-synonyms and one without, each reading every statement twice
        StatementWords withSynonyms = new StatementWords(QuoteLexicon.INDONESIAN, NearSynonyms.INDONESIAN);
        StatementWords plain = new StatementWords(QuoteLexicon.INDONESIAN);
        for (int round = 0; round < 2; round++) {
            for (String s : statements) {
                assertEquals(fresh(s, NearSynonyms.INDONESIAN), new ArrayList<>(withSynonyms.of(s)), s);
                assertEquals(fresh(s, null), new ArrayList<>(plain.of(s)), s);
            }
        }
        assertEquals(new LinkedHashSet<>(fresh(statements.get(0), null)), plain.of(statements.get(0)));
    }
}
