package dev.intisari.core.summary;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordSalienceTest {
    private static final Map<String, Double> TABLE = Map.of(
            "banjir", 1.5, "rumah", 0.5, "baca", -2.0, "0", -0.25, "kata", -1.0,
            "^\"", -0.75, "^banjir", 0.8, "^(", -1.25);

    private static final List<String> SENTENCES = List.of(
            "Banjir merendam 120 rumah di Sukamaju sejak Selasa (3/2) malam, rumah warga rusak.",
            "“Kami sudah mengungsi,” kata seorang warga.",
            "( Baca juga : Banjir Bandang Terjang Garut )",
            "",
            "   Rumah-rumah di tepi sungai terendam.",
            "Sekolah diliburkan.",
            "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa banjir.");

    @Test
    void keysNameTheFirstTokenAndTheDistinctWords() {
        assertEquals(Arrays.asList("^banjir", "banjir", "merendam", "0", "rumah", "di", "sukamaju", "sejak", "selasa",
                "malam", "warga", "rusak"), WordSalience.keys(SENTENCES.get(0)));
        assertEquals(Arrays.asList("^\"", "kami", "sudah", "mengungsi", "kata", "seorang", "warga"),
                WordSalience.keys(SENTENCES.get(1)));
        assertEquals(Arrays.asList((String) null), WordSalience.keys(""));
        // a word longer than any table word is skipped, and then there is no first token
        assertEquals(Arrays.asList(null, "banjir"), WordSalience.keys(SENTENCES.get(6)));
    }

    /** The columns' one-scan path gives what the trainer's keys give. */
    @Test
    void columnsAgreeWithKeys() {
        WordSalience salience = new WordSalience(TABLE);
        SentenceSet set = SentenceSet.of(SENTENCES, new int[SENTENCES.size()], new int[SENTENCES.size()], null,
                new HashMap<>());
        double[][] rows = new double[SENTENCES.size()][4];
        double[] means = salience.columns(set, rows, 0);
        for (int i = 0; i < SENTENCES.size(); i++) {
            List<String> keys = WordSalience.keys(SENTENCES.get(i));
            double first = keys.get(0) == null ? 0 : TABLE.getOrDefault(keys.get(0), 0.0);
            double[] known = keys.subList(1, keys.size()).stream().filter(TABLE::containsKey)
                    .mapToDouble(TABLE::get).toArray();
            double mean = known.length == 0 ? 0 : Arrays.stream(known).average().orElse(0);
            assertEquals(mean, rows[i][0], 1e-12, "mean " + i);
            assertEquals(mean, means[i], 1e-12, "means " + i);
            assertEquals(known.length == 0 ? 0 : Arrays.stream(known).max().orElse(0), rows[i][1], 1e-12, "max " + i);
            assertEquals(known.length == 0 ? 0 : Arrays.stream(known).min().orElse(0), rows[i][2], 1e-12, "min " + i);
            assertEquals(first, rows[i][3], 1e-12, "first " + i);
        }
        assertEquals((1.5 + 0.5 - 0.25) / 3, rows[0][0], 1e-12);
        assertEquals(-0.75, rows[1][3], 1e-12);
        assertEquals(-1.25, rows[2][3], 1e-12);
    }

    @Test
    void oddInputGivesZeros() {
        SentenceSet set = SentenceSet.of(List.of("\u0000\uFFFF", "🙂🙂🙂", "--- ..."), new int[3], new int[3], null,
                new HashMap<>());
        double[][] rows = new double[3][4];
        WordSalience.NONE.columns(set, rows, 0);
        new WordSalience(TABLE).columns(set, rows, 0);
        for (double[] r : rows) {
            assertTrue(Arrays.stream(r).allMatch(v -> v == 0), Arrays.toString(r));
        }
    }
}
