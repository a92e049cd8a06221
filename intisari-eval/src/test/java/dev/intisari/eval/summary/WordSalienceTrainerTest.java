package dev.intisari.eval.summary;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordSalienceTrainerTest {
    @Test
    void keysNameTheFirstTokenAndTheDistinctWords() {
        assertEquals(Arrays.asList("^banjir", "banjir", "merendam", "0", "rumah", "di", "sukamaju", "selasa", "malam"),
                WordSalienceTrainer.keys("Banjir merendam 120 rumah di Sukamaju Selasa (3/2) malam, rumah."));
        assertEquals(Arrays.asList("^\"", "kami", "mengungsi", "kata", "warga"),
                WordSalienceTrainer.keys("“Kami mengungsi,” kata warga."));
        assertEquals(Arrays.asList("^(", "baca", "juga"), WordSalienceTrainer.keys("( Baca juga : )"));
        assertEquals(Arrays.asList((String) null), WordSalienceTrainer.keys("   "));
        assertEquals(Arrays.asList(null, "banjir"), WordSalienceTrainer.keys("a".repeat(50) + " banjir"));
    }

    /** A training article's own counts are taken out: a word only it holds gets no salience from itself. */
    @Test
    void leaveOneArticleOut() {
        WordSalienceTrainer.Article flood = article(new boolean[] {true, false},
                "Banjir merendam desa.", "Warga mengungsi ke masjid.");
        WordSalienceTrainer.Article fire = article(new boolean[] {true, false},
                "Banjir bandang merusak jembatan.", "Baca juga berita lain.");
        WordSalienceTrainer.Article court = article(new boolean[] {false, true},
                "Baca juga berita lain.", "Hakim menjatuhkan vonis.");
        WordSalienceTrainer trainer = WordSalienceTrainer.count(List.of(flood, fire, court));
        Map<String, Double> held = trainer.forArticle(flood, false);
        Map<String, Double> own = trainer.forArticle(flood, true);
        assertTrue(held.get("banjir") > 0, "banjir opens two gold sentences");
        assertTrue(own.get("banjir") > 0 && own.get("banjir") < held.get("banjir"), "one gold sentence left");
        assertEquals(0, own.getOrDefault("merendam", 0.0), 1e-12);
        assertTrue(trainer.forArticle(court, false).get("baca") < 0, "baca is never gold");
        double[][] rows = WordSalienceTrainer.append(new double[2][1], flood, held);
        assertEquals(1 + WordSalienceTrainer.WIDTH, rows[0].length);
        assertEquals(held.get("^banjir"), rows[0][4], 1e-12);
        assertEquals(1.0, rows[0][5], 1e-12);
    }

    private static WordSalienceTrainer.Article article(boolean[] labels, String... sentences) {
        return new WordSalienceTrainer.Article(Arrays.stream(sentences).map(WordSalienceTrainer::keys).toList(), labels);
    }
}
