package dev.intisari.core.pipeline;

import dev.intisari.core.cluster.EntityStorylineLinker;
import dev.intisari.model.Article;
import dev.intisari.model.Grouping;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;
import dev.intisari.model.Story;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stories explained on several threads are the stories explained on one, in the same order; storylines linked
 * from the stories' outlines (what is kept once a story went to the report) are those linked from the stories.
 */
class ParallelExplanationTest {
    /** Fictional articles (written for this test): four events, each reported by several outlets; the
     * fourth, two months later, has the first one's actors (a storyline). */
    private static final String[][] EVENTS = {
        {"Banjir merendam Desa Sukamaju", "Banjir setinggi satu meter merendam 300 rumah di Desa Sukamaju, Kabupaten Garut, pada Senin pagi. "
                + "Kepala BPBD Garut Asep Sunandar mengatakan warga sudah dievakuasi ke balai desa. "
                + "\"Kami mendirikan dapur umum untuk para pengungsi,\" kata Asep Sunandar."},
        {"Harga cabai rawit naik di Pasar Baru", "Harga cabai rawit di Pasar Baru Bandung naik menjadi Rp90.000 per kilogram sejak Selasa. "
                + "Pedagang Siti Rahayu menyebut pasokan dari Lembang berkurang karena hujan. "
                + "Dinas Perdagangan Kota Bandung berjanji menggelar operasi pasar pekan depan."},
        {"Longsor tutup jalan di Pamulihan", "Tanah longsor menutup jalan provinsi di Kecamatan Pamulihan, Kabupaten "
                + "Garut, pada Kamis sore. Kepala BPBD Garut Asep Sunandar mengatakan alat berat dikerahkan untuk membuka jalan "
                + "dan warga diminta waspada karena hujan masih turun. \"Kami siaga penuh seperti saat banjir,\" kata Asep Sunandar."},
        {"Kereta anjlok di Stasiun Cibatu", "Satu rangkaian kereta barang anjlok di emplasemen Stasiun Cibatu, Rabu malam. "
                + "Juru bicara PT KAI Daop 2 Bandung, Ayep Hanapi, mengatakan tidak ada korban jiwa. "
                + "Perjalanan kereta penumpang dialihkan melalui jalur lain selama evakuasi, ujarnya."},
    };
    private static final String[] OUTLETS = {"Kabar Priangan", "Warta Sunda", "Suara Parahyangan", "Harian Galuh"};

    @Test
    void storiesExplainedOnAPoolEqualThoseExplainedInOrder() {
        Pipeline pipeline = Pipeline.standard();
        List<Article> analysed = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2025-02-03T08:00:00+07:00");
        for (int e = 0; e < EVENTS.length; e++) {
            for (int o = 0; o < OUTLETS.length; o++) {
                String id = "ev" + e + "-" + o;
                String text = EVENTS[e][1] + (o % 2 == 0 ? "" : " Laporan ini diperbarui oleh " + OUTLETS[o] + ".");
                analysed.add(pipeline.analyze(new RawArticle(id, id + ".txt", null, OUTLETS[o], EVENTS[e][0],
                        Published.of(start.plusHours(e * 30L + o).plusDays(e == 3 ? 60 : 0), "jsonl"), null, text,
                        null)));
            }
        }
        List<Article> ordered = Pipeline.inPublicationOrder(pipeline.link(analysed));
        List<String> ids = ordered.stream().map(Article::id).toList();
        Grouping inOrder = pipeline.groupInOrder(ordered, ids, null);
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            Grouping onPool = pipeline.groupInOrder(ordered, ids, pool);
            assertTrue(inOrder.stories().size() >= 2, "several stories: " + inOrder.stories().size());
            assertEquals(inOrder, onPool);
            Map<String, Article> byId = new HashMap<>();
            ordered.forEach(a -> byId.put(a.id(), a));
            assertEquals(new EntityStorylineLinker().link(inOrder.stories(), byId), inOrder.storylines(),
                    "storylines from the stories' outlines are those from the whole stories");
            assertTrue(!inOrder.storylines().isEmpty(), "a storyline: " + inOrder.stories().stream().map(Story::title).toList());
        } finally {
            pool.shutdown();
        }
    }
}
