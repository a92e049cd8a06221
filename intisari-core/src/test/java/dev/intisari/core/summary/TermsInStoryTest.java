package dev.intisari.core.summary;

import dev.intisari.model.ArticleTerms;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The terms an article's key-point stage carries, mapped into a story's vocabulary, are the ids reading the article
 * again with the story's reader gives, whichever of the story's articles carry theirs. Made-up articles of one story.
 */
class TermsInStoryTest {
    /** Headline (or none) and text of each article, in the story's order. */
    private static final String[][] STORY = {
        {"Banjir rendam 420 rumah di Lembah Hijau",
            "Banjir merendam 420 rumah di Kabupaten Lembah Hijau, Senin (10/3/2025).\n"
                + "Warga mengungsi ke balai desa setelah air naik hingga 1,5 meter."},
        {null,
            "Ketinggian air di Desa Sukamaju mencapai 1,5 meter pada Senin malam.\n"
                + "\"Air datang tengah malam,\" kata Kepala BPBD Lembah Hijau Rahmat Santoso.\n"
                + "Sebanyak 1.200 warga mengungsi ke balai desa dan masjid."},
        {"",
            "Banjir-banjir di Lembah Hijau surut pada Selasa (11/3/2025). Warga kembali membersihkan rumah-rumah mereka."},
        {"Warga Lembah Hijau kembali ke rumah",
            "Pengungsi kembali ke rumah masing-masing setelah air surut, Selasa.\n"
                + "BPBD mencatat 420 rumah terendam dan dua jembatan rusak."},
    };

    @Test
    void mappedTermsAreTheIdsReadingAgainGives() {
        // every choice of which articles carry their terms
        for (int carrying = 0; carrying < 1 << STORY.length; carrying++) {
            TermAnalyzer.Reader again = storyReader();
            TermAnalyzer.Reader mixed = storyReader();
            for (int a = 0; a < STORY.length; a++) {
                TokenizedText text = TestArticles.tokenized(STORY[a][1]);
                String title = STORY[a][0];
                TermsInStory expected = TermsInStory.of(SentenceSet.termsOf(text, title, List.of(), again));
                TermsInStory got = (carrying & 1 << a) != 0
                        ? TermsInStory.mapped(SentenceSet.ofOwnTerms(text, title, List.of()).carried(), mixed)
                        : TermsInStory.of(SentenceSet.termsOf(text, title, List.of(), mixed));
                String where = "article " + a + ", carrying " + Integer.toBinaryString(carrying);
                assertEquals(expected.size(), got.size(), where);
                assertArrayEquals(expected.titleBag(), got.titleBag(), where);
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.terms(i), got.terms(i), where + ", sentence " + i);
                    assertEquals(expected.letterWords(i), got.letterWords(i), where + ", sentence " + i);
                }
            }
            assertEquals(again.termCount(), mixed.termCount());
            assertEquals(again.vocabulary(), mixed.vocabulary());
        }
    }

    @Test
    void anArticleCarriesItsHeadlineFirstAndEachTermOnce() {
        TokenizedText text = TestArticles.tokenized(STORY[0][1]);
        ArticleTerms carried = SentenceSet.ofOwnTerms(text, STORY[0][0], List.of()).carried();
        String headline = String.join(" ", TermAnalyzer.terms(STORY[0][0]).stream().distinct().toList()) + " ";
        assertTrue(carried.vocabulary().startsWith(headline), carried.vocabulary());
        assertEquals(List.of(carried.vocabulary().split(" ")).size(),
                List.of(carried.vocabulary().split(" ")).stream().distinct().count());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, carried.title());
        assertEquals(2, carried.sentences());
    }

    private static TermAnalyzer.Reader storyReader() {
        return new TermAnalyzer.Reader(null, new WordTable(16), new WordTable(16));
    }
}
