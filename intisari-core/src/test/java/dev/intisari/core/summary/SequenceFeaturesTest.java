package dev.intisari.core.summary;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequenceFeaturesTest {
    private static final List<String> SENTENCES = List.of(
            "Banjir merendam ratusan rumah di Kecamatan Sukamaju sejak Selasa malam.",
            "Ketinggian air di permukiman warga mencapai satu meter.",
            "Banjir merendam rumah warga Sukamaju.",
            "Badan penanggulangan bencana mengirim perahu karet dan dapur umum.",
            "Sekolah di kecamatan itu diliburkan hingga Jumat.");
    private static final int[] PARAGRAPHS = {0, 0, 0, 1, 2};

    private static double column(double[][] rows, int i, String name) {
        return rows[i][SentenceFeatures.NAMES.indexOf(name)];
    }

    @Test
    void neighboursParagraphsAndNovelty() {
        SentenceSet set = SentenceSet.of(SENTENCES, PARAGRAPHS, new int[SENTENCES.size()], null, new HashMap<>());
        double[][] rows = SentenceFeatures.of(set, new PointTrimmer());
        assertEquals(SentenceFeatures.NAMES.size(), rows[0].length);
        // neighbours: the first sentence has no previous one, the last no next one
        assertEquals(-1, column(rows, 0, "prev_log_words"));
        assertEquals(-1, column(rows, 4, "next_centroid"));
        assertEquals(column(rows, 0, "log_words"), column(rows, 1, "prev_log_words"), 1e-12);
        assertEquals(column(rows, 2, "centroid"), column(rows, 1, "next_centroid"), 1e-12);
        // paragraph size, last sentence of its paragraph, sentences left in it
        double[][] expected = {{3, 0, 2}, {3, 0, 1}, {3, 1, 0}, {1, 1, 0}, {1, 1, 0}};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], column(rows, i, "para_size"), "size " + i);
            assertEquals(expected[i][1], column(rows, i, "para_last"), "last " + i);
            assertEquals(expected[i][2], column(rows, i, "para_left"), "left " + i);
        }
        assertEquals(Math.log(4), column(rows, 0, "paragraphs"), 1e-12);
        // novelty: every term of the opening sentence is new; the third repeats the first almost entirely
        assertEquals(1, column(rows, 0, "novelty"), 1e-12);
        assertTrue(column(rows, 2, "novelty") < 0.3, "repeated sentence " + column(rows, 2, "novelty"));
        assertTrue(column(rows, 2, "max_sim_before") > 0.5);
        assertEquals(column(rows, 2, "max_sim_before"), column(rows, 0, "max_sim_after"), 1e-12);
        assertEquals(0, column(rows, 0, "max_sim_before"));
        assertEquals(0, column(rows, 4, "max_sim_after"));
    }

    @Test
    void lexRankStopsAtSixtySentencesOfALongText() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 90; i++) {
            many.add("Warga desa " + (i % 7) + " menanam padi dan jagung di lahan " + (i % 5) + " hektare.");
        }
        SentenceSet set = SentenceSet.of(many, new int[90], new int[90], null, new HashMap<>());
        double[][] rows = SentenceFeatures.of(set, new PointTrimmer());
        double sum = 0;
        for (int i = 0; i < 90; i++) {
            double value = column(rows, i, "lexrank");
            assertTrue(i < 60 ? value > 0 : value == 0, i + ": " + value);
            sum += value / 60;
        }
        assertEquals(1, sum, 1e-6, "the walk's distribution over the first sixty");
    }
}
