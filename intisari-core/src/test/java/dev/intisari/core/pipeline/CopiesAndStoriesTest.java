package dev.intisari.core.pipeline;

import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;
import dev.intisari.model.StoryGroup;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dedupe and clustering in one pass give the copy groups and stories of the two passes one after the other. */
class CopiesAndStoriesTest {
    /** Fictional reports (written for this test): each is syndicated by other outlets, whole or with a line more. */
    private static final String[][] REPORTS = {
        {"Jembatan gantung Desa Cibodas putus", "Jembatan gantung yang menghubungkan Desa Cibodas dan Desa Cikahuripan, "
                + "Kabupaten Bandung Barat, putus pada Minggu sore setelah hujan deras. Kepala Desa Cibodas Wawan Kurniawan "
                + "mengatakan tidak ada korban, tetapi ratusan pelajar kini harus memutar sejauh tujuh kilometer. "
                + "\"Kami meminta pemerintah kabupaten segera membangun jembatan darurat,\" kata Wawan Kurniawan."},
        {"Nelayan Pangandaran tidak melaut", "Ratusan nelayan di Pantai Pangandaran tidak melaut sejak Selasa karena "
                + "gelombang setinggi empat meter. Ketua Himpunan Nelayan Pangandaran Dedi Supriadi menyebut mereka "
                + "kehilangan penghasilan hingga Rp300.000 per hari. BMKG memperkirakan gelombang tinggi berlangsung "
                + "sampai akhir pekan."},
        {"Festival layang-layang di Pantai Parangtritis", "Festival layang-layang internasional digelar di Pantai "
                + "Parangtritis, Bantul, pada Sabtu dan Minggu. Panitia Rina Astuti mengatakan peserta datang dari dua "
                + "belas negara. Dinas Pariwisata Bantul menargetkan dua puluh ribu pengunjung selama festival."},
    };
    private static final String[] OUTLETS = {"Kabar Priangan", "Warta Sunda", "Suara Parahyangan", "Harian Galuh"};

    @Test
    void onePassGivesTheGroupsOfTwo() {
        Pipeline pipeline = Pipeline.standard();
        List<Article> analysed = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2025-05-04T09:00:00+07:00");
        for (int r = 0; r < REPORTS.length; r++) {
            for (int o = 0; o < OUTLETS.length; o++) {
                String id = "r" + r + "-" + o;
                String text = REPORTS[r][1] + (o == 3 ? " Baca juga berita lain dari " + OUTLETS[o] + "." : "");
                String title = o == 0 ? REPORTS[r][0] : REPORTS[r][0] + " (" + OUTLETS[o] + ")";
                analysed.add(pipeline.analyze(new RawArticle(id, id + ".txt", null, OUTLETS[o], title,
                        Published.of(start.plusHours(r * 40L + o), "jsonl"), null, text, null)));
            }
        }
        List<Article> ordered = Pipeline.inPublicationOrder(pipeline.link(analysed));
        MinHashDuplicateDetector detector = new MinHashDuplicateDetector();
        OnlineStoryClusterer clusterer = new OnlineStoryClusterer();
        List<DuplicateGroup> copies = detector.detect(ordered);
        List<StoryGroup> stories = clusterer.cluster(ordered, copies);
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            CopiesAndStories together = CopiesAndStories.fold(ordered, detector.startFold(), clusterer.startFold(), pool);
            assertTrue(copies.size() >= REPORTS.length, "each report's copies are found: " + copies);
            assertEquals(copies, together.copies());
            assertEquals(stories, together.stories());
        } finally {
            pool.shutdown();
        }
    }
}
