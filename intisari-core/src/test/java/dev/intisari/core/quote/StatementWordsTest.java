package dev.intisari.core.quote;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A statement's content words: stop words dropped, words stemmed; and one reader of a whole story's statements, which
 * remembers the words it read, gives each statement the words a new reader gives, in the same iteration order.
 * Made-up statements of one story.
 */
class StatementWordsTest {
    private static final String[] STATEMENTS = {
        "Kami akan menerima semua pengungsi di balai desa sampai air surut.",
        "Semua pengungsi diterima di balai desa sampai air surut, kata Rahmat.",
        "Bantuan beras 2,5 ton sudah dikirim ke Desa Sukamaju pada Senin malam.",
        "Kami akan menerima semua pengungsi di balai desa sampai air surut.",
        "Penerimaan bantuan dari pemerintah daerah dicatat oleh petugas BPBD.",
    };

    @Test
    void aReaderOfManyStatementsGivesWhatANewReaderGives() {
        StatementWords story = new StatementWords(QuoteLexicon.INDONESIAN, NearSynonyms.INDONESIAN);
        for (int round = 0; round < 2; round++) {
            for (String statement : STATEMENTS) {
                Set<String> fresh = new StatementWords(QuoteLexicon.INDONESIAN, NearSynonyms.INDONESIAN).of(statement);
                Set<String> again = story.of(statement);
                assertEquals(new ArrayList<>(fresh), new ArrayList<>(again), statement);
            }
        }
    }

    @Test
    void stopWordsGoAndOtherWordsStay() {
        Set<String> words = new StatementWords(QuoteLexicon.INDONESIAN).of(STATEMENTS[0]);
        assertTrue(!words.contains("kami") && !words.contains("akan") && !words.contains("di"), words.toString());
        assertTrue(words.size() >= 5, words.toString());
    }
}
