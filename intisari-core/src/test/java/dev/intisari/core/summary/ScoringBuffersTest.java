package dev.intisari.core.summary;

import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cosines and feature rows written into a thread's reused arrays are those of new arrays, whatever came before. */
class ScoringBuffersTest {
    private static final String[] LINES = {
        "Banjir merendam ratusan rumah di Kecamatan Sukamaju, Senin (3/3/2025).",
        "Warga mengungsi ke balai desa setelah air naik hingga 1,5 meter.",
        "\"Air datang tengah malam,\" kata Ketua RT 04 Slamet.",
        "BPBD Kabupaten Tegalwangi mengirim dua perahu karet dan 40 personel ke lokasi banjir.",
        "Sementara itu, dapur umum didirikan di halaman kantor kecamatan sejak Senin sore.",
        "Hujan deras mengguyur wilayah itu selama enam jam tanpa henti.",
        "Menurut warga, banjir serupa terakhir terjadi pada tahun 2019.",
        "Petugas masih mendata kerugian akibat banjir tersebut.",
    };

    /** A made-up article of {@code sentences} lines, one paragraph each (lines repeat past the eighth). */
    private static TokenizedText article(int sentences) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            lines.add(LINES[i % LINES.length]);
        }
        return TestArticles.tokenized(String.join("\n", lines));
    }

    @Test
    void reusedArraysGiveWhatNewOnesGive() {
        PointTrimmer trimmer = new PointTrimmer();
        ScoringBuffers buffers = ScoringBuffers.own();
        // the longest first, so that shorter articles read arrays a longer one filled; one past the pool's size too
        int[] sizes = {ScoringBuffers.SENTENCES + 3, 20, 8, 3, 1, 20, 8};
        for (int size : sizes) {
            SentenceSet set = SentenceSet.of(article(size), "Banjir rendam Sukamaju", List.of(), new HashMap<>());
            int n = set.size();
            assertTrue(n > 0);
            double[][] fresh = set.similarities();
            double[][] reused = set.similarities(buffers.cosines(n));
            assertEquals(n, reused.length);
            for (int i = 0; i < n; i++) {
                assertArrayEquals(fresh[i], Arrays.copyOf(reused[i], n), "sentences " + size + ", row " + i);
            }
            double[][] rows = SentenceFeatures.of(set, trimmer);
            double[][] reusedRows = SentenceFeatures.of(set, trimmer, reused, buffers.features(n));
            assertTrue(Arrays.deepEquals(rows, reusedRows), "sentences " + size);
            assertArrayEquals(LexRank.centrality(fresh, n), LexRank.centrality(reused, n));
        }
    }

    @Test
    void aSummaryIsTheSameTheSecondTime() {
        SupervisedMmrSummarizer summarizer = new SupervisedMmrSummarizer();
        TokenizedText longer = article(30);
        TokenizedText shorter = article(8);
        Summary first = summarizer.summarize("a1", "Banjir rendam Sukamaju", shorter, List.of());
        summarizer.summarize("a2", null, longer, List.of());
        Summary again = summarizer.summarize("a1", "Banjir rendam Sukamaju", shorter, List.of());
        assertEquals(first, again);
        assertEquals(shorter.sentences().size(), again.sentenceScores().size());
    }
}
