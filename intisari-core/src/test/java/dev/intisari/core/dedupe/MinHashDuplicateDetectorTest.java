package dev.intisari.core.dedupe;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.intisari.core.dedupe.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHashDuplicateDetectorTest {
    // A fictional wire story, written for these tests.
    static final String WIRE = String.join(" ",
            "Badan Penanggulangan Bencana Daerah Kabupaten Sukamaju mencatat 214 rumah terendam banjir setelah hujan deras mengguyur wilayah itu sejak Selasa malam.",
            "Kepala BPBD Sukamaju, Rahmat Hidayat, mengatakan air mulai naik sekitar pukul 23.00 WIB dan mencapai ketinggian satu meter di Desa Cibening.",
            "Sebanyak 630 warga mengungsi ke balai desa dan masjid terdekat.",
            "Petugas gabungan dari TNI, Polri dan relawan mengevakuasi warga lanjut usia menggunakan perahu karet.",
            "Menurut Rahmat, tidak ada korban jiwa dalam peristiwa tersebut, namun dua jembatan kecil rusak diterjang arus.",
            "Pemerintah kabupaten telah mendirikan dapur umum dan menyalurkan 2 ton beras kepada para pengungsi.",
            "BMKG memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi hingga akhir pekan.",
            "Warga diminta tetap waspada terhadap kemungkinan banjir susulan dan tanah longsor di daerah perbukitan.");

    // The same story re-published with a new headline, one sentence dropped and a source line.
    static final String SYNDICATED = String.join(" ",
            "Badan Penanggulangan Bencana Daerah Kabupaten Sukamaju mencatat 214 rumah terendam banjir setelah hujan deras mengguyur wilayah itu sejak Selasa malam.",
            "Kepala BPBD Sukamaju, Rahmat Hidayat, mengatakan air mulai naik sekitar pukul 23.00 WIB dan mencapai ketinggian satu meter di Desa Cibening.",
            "Sebanyak 630 warga mengungsi ke balai desa dan masjid terdekat.",
            "Petugas gabungan dari TNI, Polri dan relawan mengevakuasi warga lanjut usia menggunakan perahu karet.",
            "Pemerintah kabupaten telah mendirikan dapur umum dan menyalurkan 2 ton beras kepada para pengungsi.",
            "BMKG memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi hingga akhir pekan.",
            "Warga diminta tetap waspada terhadap kemungkinan banjir susulan dan tanah longsor di daerah perbukitan.");

    // Lightly edited: case, quotes, dashes and line breaks changed, one word replaced.
    static final String EDITED = WIRE.replace("Selasa malam", "SELASA MALAM").replace(", Rahmat Hidayat,",
            " -- \"Rahmat Hidayat\" --").replace(". ", ".\n").replace("terdekat", "sekitar");

    // The same flood written up independently by another outlet: one story, not a copy.
    static final String REWRITE = String.join(" ",
            "Ratusan rumah di Sukamaju kebanjiran pada Rabu dini hari.",
            "Ketinggian air di beberapa titik mencapai pinggang orang dewasa, kata seorang warga Cibening, Siti Aminah.",
            "Ia bersama keluarganya terpaksa menginap di masjid karena rumahnya tidak bisa ditempati.",
            "Camat setempat menyebut bantuan makanan mulai datang pada pagi hari.",
            "Warga berharap pemerintah segera memperbaiki saluran air yang tersumbat sampah.");

    static final String UNRELATED = String.join(" ",
            "Harga cabai rawit di Pasar Induk Sukamaju naik menjadi Rp80.000 per kilogram pekan ini.",
            "Pedagang menyebut pasokan dari petani berkurang karena cuaca buruk.",
            "Dinas Perdagangan berjanji menggelar operasi pasar mulai Senin depan.");

    List<Article> corpus() {
        return List.of(
                article("wire", "Kantor Berita Nusantara", "2025-02-12T06:00:00+07:00", "Banjir rendam 214 rumah di Sukamaju", WIRE),
                article("rewrite", "Harian Sukamaju", "2025-02-12T07:10:00+07:00", "Warga Cibening mengungsi ke masjid", REWRITE),
                article("syndicated", "Portal Kabar", "2025-02-12T08:30:00+07:00", "630 warga Sukamaju mengungsi akibat banjir", SYNDICATED, "Kantor Berita Nusantara"),
                article("edited", "Warta Kota Baru", "2025-02-12T09:00:00+07:00", "Banjir Sukamaju", EDITED),
                article("exact", "Situs Agregator", "2025-02-12T09:05:00+07:00", "Banjir rendam 214 rumah di Sukamaju", WIRE),
                article("prices", "Harian Sukamaju", "2025-02-12T10:00:00+07:00", "Harga cabai naik", UNRELATED));
    }

    @Test
    void groupsCopiesUnderTheEarliestAndLeavesRewritesAlone() {
        List<DuplicateGroup> groups = new MinHashDuplicateDetector().detect(corpus());
        assertEquals(1, groups.size(), groups.toString());
        DuplicateGroup g = groups.get(0);
        assertEquals("wire", g.first());
        assertEquals(List.of("wire", "syndicated", "edited", "exact"), g.articles());
        assertTrue(g.similarity() >= 0.6 && g.similarity() < 1.0, "lowest similarity " + g.similarity());
    }

    @Test
    void exactCopyHasSimilarityOne() {
        MinHashDuplicateDetector detector = new MinHashDuplicateDetector();
        DuplicateState state = detector.newState();
        detector.add(state, new DedupeInput("a", null, WIRE));
        DuplicateMatch m = detector.add(state, new DedupeInput("b", null, WIRE.replace(".", " .").toUpperCase(java.util.Locale.ROOT)));
        assertEquals("a", m.first());
        assertEquals(1.0, m.similarity());
    }

    @Test
    void shortTexts() {
        MinHashDuplicateDetector detector = new MinHashDuplicateDetector();
        DuplicateState state = detector.newState();
        String[][] table = {
                {"s1", "Gempa guncang Sukamaju.", "s1"},
                {"s2", "Gempa guncang Sukamaju!", "s1"},
                {"s3", "Gempa guncang Cibening.", "s3"},
                {"s4", "Banjir", "s4"},
                {"s5", "banjir", "s4"},
                {"s6", "", "s6"},
                {"s7", "... --- !!!", "s7"},
        };
        for (String[] row : table) {
            assertEquals(row[2], detector.add(state, new DedupeInput(row[0], null, row[1])).first(), row[0]);
        }
    }

    @Test
    void sameInputSameGroups() {
        List<DuplicateGroup> once = new MinHashDuplicateDetector().detect(corpus());
        List<DuplicateGroup> again = new MinHashDuplicateDetector().detect(corpus());
        assertEquals(once, again);
    }

    @Test
    void windowIsBoundedByTimeAndCount() {
        MinHashDuplicateDetector detector = new MinHashDuplicateDetector(new DuplicateConfig(3, 64, 16, 0.5, 7L,
                Duration.ofDays(2), 50));
        DuplicateState state = detector.newState();
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        detector.add(state, new DedupeInput("old", t, WIRE));
        DuplicateMatch late = detector.add(state, new DedupeInput("late", t.plus(Duration.ofDays(5)), WIRE));
        assertEquals("late", late.first(), "a copy older than the window is not found");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add("Berita nomor " + i + " tentang hal yang berbeda sama sekali " + (i * 7919));
        }
        for (int i = 0; i < texts.size(); i++) {
            detector.add(state, new DedupeInput("n" + i, t.plus(Duration.ofDays(5)), texts.get(i)));
        }
        assertTrue(state.size() <= 50, "window size " + state.size());
    }

    @Test
    void bucketsOfOneAndOfManyEmptyAsTheWindowMovesOn() {
        MinHashDuplicateDetector detector = new MinHashDuplicateDetector(new DuplicateConfig(3, 64, 16, 0.5, 7L,
                Duration.ofDays(2), 1000));
        DuplicateState state = detector.newState();
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        // two exact copies share every bucket (buckets of two or three), the rewrite and the prices story hold theirs
        // alone
        assertEquals("a", detector.add(state, new DedupeInput("a", t, WIRE)).first());
        assertEquals("a", detector.add(state, new DedupeInput("b", t.plusSeconds(60), WIRE)).first());
        assertEquals("a", detector.add(state, new DedupeInput("c", t.plusSeconds(120), EDITED)).first());
        assertEquals("r", detector.add(state, new DedupeInput("r", t.plusSeconds(180), REWRITE)).first());
        assertEquals("p", detector.add(state, new DedupeInput("p", t.plusSeconds(240), UNRELATED)).first());
        long firstBand = state.window.peekFirst().bandKeys[0];
        assertTrue(DuplicateState.size(state.buckets.get(firstBand)) >= 2);
        // "a" leaves the window: its buckets still hold "b", found as a copy of the group of "a"
        DuplicateMatch d = detector.add(state, new DedupeInput("d", t.plus(Duration.ofDays(2)).plusSeconds(30), WIRE));
        assertEquals("a", d.first());
        assertEquals(5, state.size());
        assertEquals("b", DuplicateState.at(state.buckets.get(firstBand), 0).id, "oldest first");
        detector.add(state, new DedupeInput("e", t.plus(Duration.ofDays(30)), "Teks lain yang tidak sama."));
        assertEquals(1, state.size());
        assertEquals(16, state.buckets.size(), "only the last article's buckets are left");
        assertEquals(1, state.byContent.size());
    }

    @Test
    void hugeAndOddInputStaysFast() {
        MinHashDuplicateDetector detector = new MinHashDuplicateDetector();
        DuplicateState state = detector.newState();
        String huge = "kata ".repeat(200_000) + "\u0000\uD800" + "x".repeat(100_000);
        long start = System.nanoTime();
        detector.add(state, new DedupeInput("huge", null, huge));
        detector.add(state, new DedupeInput("huge2", null, huge));
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }
}
