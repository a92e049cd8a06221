package dev.intisari.core.summary;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoostedTreeSentenceModelTest {
    private static final int F = SentenceFeatures.NAMES.size();

    @Test
    void oneTreeRoutesByThresholdAndRoundTrips() {
        int pos0 = SentenceFeatures.NAMES.indexOf("pos0");
        int words = SentenceFeatures.NAMES.indexOf("log_words");
        // depth 2: root splits on pos0 > 0.5; left child on log_words > 1/3; right child does not split
        BoostedTreeSentenceModel model = new BoostedTreeSentenceModel(-1, 2,
                new int[][] {{pos0, words, -1}}, new double[][] {{0.5, 1.0 / 3, 0}},
                new double[][] {{-1, 0.5, 2, 7}});
        double[] lead = new double[F];
        lead[pos0] = 1;
        double[] longer = new double[F];
        longer[words] = 2;
        double[] exactlyAtThreshold = new double[F];
        exactlyAtThreshold[words] = 1.0 / 3;
        assertEquals(-1 + 2, model.logit(lead), 1e-12);
        assertEquals(-1 + 0.5, model.logit(longer), 1e-12);
        assertEquals(-1 - 1, model.logit(exactlyAtThreshold), 1e-12, "equal to the threshold goes left");
        BoostedTreeSentenceModel read = BoostedTreeSentenceModel.parse(
                Arrays.stream(model.format(List.of("test")).split("\n")).filter(l -> !l.startsWith("#")).toList());
        for (double[] row : List.of(lead, longer, exactlyAtThreshold)) {
            assertEquals(model.logit(row), read.logit(row), 1e-9);
        }
    }

    @Test
    void treesWalkedSideBySideSumLikeOneAtATime() {
        // six trees: four walked side by side, then two alone; each must add exactly its own leaf
        int trees = 6;
        int[][] features = new int[trees][];
        double[][] thresholds = new double[trees][];
        double[][] leaves = new double[trees][];
        for (int t = 0; t < trees; t++) {
            features[t] = new int[] {t % F, (t + 3) % F, t == 2 ? -1 : (t + 7) % F};
            thresholds[t] = new double[] {0.1 * t, 0.5, 0.25};
            leaves[t] = new double[] {t, 10 + t, 100 + t, 1000 + t};
        }
        BoostedTreeSentenceModel all = new BoostedTreeSentenceModel(0.5, 2, features, thresholds, leaves);
        double[][] rows = new double[20][];
        for (int r = 0; r < 20; r++) {
            double[] row = new double[F];
            rows[r] = row;
            for (int k = 0; k < F; k++) {
                row[k] = ((r * 31 + k * 17) % 10) / 10.0;
            }
            double expected = 0.5;
            for (int t = 0; t < trees; t++) {
                expected += new BoostedTreeSentenceModel(0, 2, new int[][] {features[t]},
                        new double[][] {thresholds[t]}, new double[][] {leaves[t]}).logit(row);
            }
            assertEquals(expected, all.logit(row), 1e-9);
            assertEquals(1 / (1 + Math.exp(-expected)), all.probabilities(new double[][] {row})[0], 1e-12);
        }
        // all rows at once: the two lone trees walked over every row, the same score as one row alone
        double[] p = all.probabilities(rows);
        for (int r = 0; r < rows.length; r++) {
            assertEquals(all.probabilities(new double[][] {rows[r]})[0], p[r], 0.0, "row " + r);
        }
    }

    @Test
    void probabilitiesAreEachRowsLogitExactly() {
        // the shipped trees over rows of varied values: the scores of many rows at once (walked two rows side by side,
        // an odd count leaving one row alone) are each row's own log-odds
        BoostedTreeSentenceModel model = BoostedTreeSentenceModel.standard();
        java.util.Random random = new java.util.Random(7);
        double[][] rows = new double[41][F];
        for (double[] row : rows) {
            for (int k = 0; k < F; k++) {
                row[k] = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextDouble() * 3 - 1;
            }
        }
        double[] p = model.probabilities(rows);
        assertEquals(rows.length, p.length);
        for (int i = 0; i < rows.length; i++) {
            assertEquals(1 / (1 + Math.exp(-model.logit(rows[i]))), p[i], 0.0, "row " + i);
        }
        assertEquals(0, model.probabilities(new double[0][]).length);
    }

    @Test
    void shippedModelLoadsAndPrefersTheLead() {
        double[] p = new SupervisedMmrSummarizer().scores(SentenceSet.of(List.of(
                "Pemerintah Kota Tirtajaya menaikkan tarif air bersih sebesar 12 persen mulai bulan depan.",
                "Kenaikan itu berlaku bagi pelanggan rumah tangga dan niaga di seluruh kecamatan.",
                "Warga yang keberatan dapat menyampaikan aduan lewat kantor pelayanan.",
                "Foto: dokumentasi humas."), new int[] {0, 1, 2, 3}, new int[4], "Tarif air Tirtajaya naik 12 persen",
                new java.util.HashMap<>()));
        assertEquals(4, p.length);
        assertTrue(p[0] > p[2] && p[0] > p[3], Arrays.toString(p));
    }

    @Test
    void malformedModelIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BoostedTreeSentenceModel.parse(List.of("depth\t1")));
        assertThrows(IllegalArgumentException.class,
                () -> BoostedTreeSentenceModel.parse(List.of("base\t0", "depth\t1", "tree\tnope:1\t0\t0")));
        assertThrows(IllegalArgumentException.class,
                () -> BoostedTreeSentenceModel.parse(List.of("base\t0", "depth\t2", "tree\t-\t0\t0")));
    }
}
