package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.StableId;
import dev.intisari.model.StoryGroup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.intisari.core.cluster.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnlineStoryClustererTest {
    // Fictional articles written for these tests: two events covered by several outlets, and unrelated news.
    static List<Article> corpus() {
        return List.of(
                article("ott-1", "Kabar Satu", "2025-03-03T09:00:00+07:00",
                        "KPK tangkap tangan Bupati Sukamaju",
                        "Komisi Pemberantasan Korupsi menangkap Bupati Sukamaju Ahmad Fauzi dalam operasi tangkap tangan di rumah dinasnya pada Senin pagi. Penyidik menyita uang tunai Rp1,2 miliar yang diduga suap proyek jalan kabupaten."),
                article("banjir-1", "Warta Timur", "2025-03-03T10:00:00+07:00",
                        "Banjir rendam ratusan rumah di Cibening",
                        "Hujan deras sejak malam membuat Sungai Cibening meluap dan merendam ratusan rumah warga. BPBD mengevakuasi warga lanjut usia dengan perahu karet dan membuka posko pengungsian di balai desa."),
                article("ott-2", "Harian Dua", "2025-03-03T11:30:00+07:00",
                        "Bupati Sukamaju terjaring OTT, uang Rp1,2 miliar disita",
                        "Bupati Sukamaju Ahmad Fauzi terjaring operasi tangkap tangan KPK. Uang Rp1,2 miliar disita penyidik dari rumah dinas bupati, diduga terkait suap proyek jalan."),
                article("sepakbola", "Bola Kita", "2025-03-03T12:00:00+07:00",
                        "Persikam menang 3-1 atas tamunya",
                        "Persikam Sukamaju mengalahkan tamunya 3-1 dalam lanjutan liga di Stadion Jaya. Dua gol dicetak penyerang muda mereka pada babak kedua."),
                article("banjir-2", "Kabar Satu", "2025-03-03T15:00:00+07:00",
                        "Warga Cibening mengungsi akibat banjir",
                        "Ratusan warga Cibening mengungsi ke balai desa setelah banjir merendam rumah mereka. Ketinggian air mencapai satu meter dan BPBD masih mengevakuasi warga dengan perahu karet."),
                article("ott-3", "Portal Tiga", "2025-03-04T08:00:00+07:00",
                        "KPK tetapkan Bupati Sukamaju tersangka suap proyek jalan",
                        "KPK menetapkan Bupati Sukamaju Ahmad Fauzi sebagai tersangka suap proyek jalan kabupaten setelah operasi tangkap tangan kemarin. Uang Rp1,2 miliar menjadi barang bukti."),
                article("harga", "Warta Timur", "2025-03-04T09:00:00+07:00",
                        "Harga cabai rawit naik jelang Ramadan",
                        "Harga cabai rawit di pasar induk naik menjadi Rp80.000 per kilogram. Pedagang menyebut pasokan dari petani berkurang karena cuaca buruk."));
    }

    static String storyOf(List<StoryGroup> stories, String article) {
        return stories.stream().filter(s -> s.articles().contains(article)).findFirst().orElseThrow().id();
    }

    @Test
    void articlesOfOneEventFormOneStoryWithAnIdFromTheEarliest() {
        List<StoryGroup> stories = new OnlineStoryClusterer().cluster(corpus(), List.of());
        String[][] table = {
                {"ott-1", "ott-1"}, {"ott-2", "ott-1"}, {"ott-3", "ott-1"},
                {"banjir-1", "banjir-1"}, {"banjir-2", "banjir-1"},
                {"sepakbola", "sepakbola"}, {"harga", "harga"},
        };
        for (String[] row : table) {
            assertEquals(StableId.of("s", row[1]), storyOf(stories, row[0]), row[0]);
        }
        assertEquals(4, stories.size());
        assertEquals(List.of("ott-1", "ott-2", "ott-3"), stories.get(0).articles());
    }

    @Test
    void sameInputSameStories() {
        assertEquals(new OnlineStoryClusterer().cluster(corpus(), List.of()),
                new OnlineStoryClusterer().cluster(corpus(), List.of()));
    }

    @Test
    void aDuplicateGroupLandsInOneStory() {
        List<Article> articles = new ArrayList<>(corpus());
        // a copy whose text shares nothing visible with its original still follows it
        articles.add(article("copy", "Agregator", "2025-03-04T10:00:00+07:00", "Berita terkini", "Lihat selengkapnya."));
        List<StoryGroup> stories = new OnlineStoryClusterer().cluster(articles,
                List.of(new DuplicateGroup(List.of("banjir-1", "copy"), 0.9, "banjir-1")));
        assertEquals(storyOf(stories, "banjir-1"), storyOf(stories, "copy"));
    }

    @Test
    void aBridgingArticleMergesTwoStoriesAndTheOlderIdSurvives() {
        ClusterConfig config = ClusterConfig.news().withoutTime().withThreshold(0.5).withMergeThreshold(0.6);
        OnlineStoryClusterer clusterer = new OnlineStoryClusterer(config, new ArticleFeatures());
        Instant t = Instant.parse("2025-03-03T00:00:00Z");
        List<ClusterInput> inputs = List.of(
                new ClusterInput("a1", t, List.of("gempa", "cianjur", "korban", "tewas", "rumah", "roboh")),
                new ClusterInput("b1", t.plusSeconds(60), List.of("rumah", "roboh", "tenda", "bantuan", "logistik", "posko")),
                new ClusterInput("x1", t.plusSeconds(90), List.of("harga", "cabai", "naik")),
                new ClusterInput("bridge", t.plusSeconds(120), List.of("gempa", "cianjur", "korban", "tewas", "rumah",
                        "roboh", "tenda", "bantuan", "logistik", "posko")));
        List<StoryGroup> stories = clusterer.fold(inputs);
        assertEquals(2, stories.size(), stories.toString());
        StoryGroup merged = stories.get(0);
        assertEquals(StableId.of("s", "a1"), merged.id());
        assertEquals(List.of("a1", "b1", "bridge"), merged.articles());
        assertEquals(List.of(StableId.of("s", "b1")), merged.aliases());
    }

    @Test
    void timeDecayAndTheActiveWindow() {
        Instant t = Instant.parse("2025-03-03T00:00:00Z");
        List<String> terms = List.of("sidang", "bupati", "sukamaju", "suap", "jalan");
        List<ClusterInput> inputs = List.of(new ClusterInput("first", t, terms),
                new ClusterInput("month-later", t.plus(Duration.ofDays(30)), terms));
        ClusterConfig withTime = ClusterConfig.news();
        assertEquals(2, new OnlineStoryClusterer(withTime, new ArticleFeatures()).fold(inputs).size());
        assertEquals(1, new OnlineStoryClusterer(withTime.withoutTime(), new ArticleFeatures()).fold(inputs).size());

        OnlineStoryClusterer clusterer = new OnlineStoryClusterer(withTime, new ArticleFeatures());
        ClusterState state = clusterer.newState();
        for (int day = 0; day < 60; day++) {
            clusterer.add(state, new ClusterInput("d" + day, t.plus(Duration.ofDays(day)),
                    List.of("kata" + day, "lain" + day, "topik" + day)));
        }
        assertTrue(state.activeStories() <= 16, "only the window's stories stay: " + state.activeStories());
        assertEquals(null, state.storyOf("d0"));
        assertNotEquals(null, state.storyOf("d59"));
    }

    @Test
    void sharedNamesStretchTheTimeDecay() {
        Instant t = Instant.parse("2025-04-15T10:00:00Z");
        List<String> names = List.of("hendra wirawan prakoso", "pt sarana logistik nusantara");
        List<ClusterInput> inputs = List.of(
                new ClusterInput("ditahan", t, List.of("dirut", "crane", "korupsi", "tahan", "kejaksaan"), names, null),
                new ClusterInput("didakwa", t.plus(Duration.ofDays(12)),
                        List.of("dirut", "crane", "korupsi", "dakwa", "sidang"), names, null));
        ClusterConfig news = ClusterConfig.news();
        assertEquals(1, new OnlineStoryClusterer(news, new ArticleFeatures()).fold(inputs).size(),
                "the same defendant and company twelve days on: one story");
        ClusterConfig wordsOnly = news.withEntityDecay(news.decay()).withEntityTerms(false).withEntityBonus(0, 2)
                .withEntityWeight(0);
        assertEquals(2, new OnlineStoryClusterer(wordsOnly, new ArticleFeatures()).fold(inputs).size(),
                "without the names the words alone are too far apart in time");
    }

    @Test
    void sharedEntitiesCountWhenKnown() {
        Instant t = Instant.parse("2025-03-03T00:00:00Z");
        ClusterConfig config = ClusterConfig.news().withThreshold(0.3);
        OnlineStoryClusterer clusterer = new OnlineStoryClusterer(config, new ArticleFeatures());
        List<String> a = List.of("periksa", "saksi", "kasus", "lahan");
        List<String> b = List.of("periksa", "saksi", "kasus", "tambang");
        List<StoryGroup> without = clusterer.fold(List.of(new ClusterInput("a", t, a), new ClusterInput("b", t, b)));
        List<StoryGroup> with = clusterer.fold(List.of(
                new ClusterInput("a", t, a, List.of("ahmad fauzi", "kpk"), null),
                new ClusterInput("b", t, b, List.of("ahmad fauzi", "kpk"), null)));
        assertTrue(with.size() <= without.size());
        assertEquals(1, with.size());
    }

    @Test
    void oneSharedNameIsNoBonusTwoAre() {
        Instant t = Instant.parse("2025-06-02T08:00:00Z");
        ClusterConfig config = ClusterConfig.news().withEntityTerms(false).withEntityWeight(0).withEntityBonus(0.3, 2);
        OnlineStoryClusterer clusterer = new OnlineStoryClusterer(config, new ArticleFeatures());
        List<String> a = List.of("laga", "final", "juara", "gol", "tendang", "penalti");
        List<String> b = List.of("pelatih", "evaluasi", "latih", "pemain", "cedera", "gol");
        List<StoryGroup> oneName = clusterer.fold(List.of(
                new ClusterInput("a", t, a, List.of("persib bandung", "umuh muchtar"), null),
                new ClusterInput("b", t, b, List.of("persib bandung", "bhayangkara fc"), null)));
        List<StoryGroup> twoNames = clusterer.fold(List.of(
                new ClusterInput("a", t, a, List.of("persib bandung", "umuh muchtar"), null),
                new ClusterInput("b", t, b, List.of("persib bandung", "umuh muchtar"), null)));
        assertEquals(2, oneName.size(), "one shared club is common to neighbouring events");
        assertEquals(1, twoNames.size(), "the same club and the same official: one event");
    }

    @Test
    void theEntityBlendNeedsTwoSharedNamesToo() {
        // two KPK cases told by one spokesman: one shared name (the KPK) must not blend them into one story
        Instant t = Instant.parse("2025-06-02T08:00:00Z");
        ClusterConfig config = ClusterConfig.news().withEntityTerms(false).withEntityWeight(0.5);
        OnlineStoryClusterer clusterer = new OnlineStoryClusterer(config, new ArticleFeatures());
        List<String> a = List.of("tahan", "tersangka", "dana", "hibah", "sakit", "periksa");
        List<String> b = List.of("sita", "aset", "pulih", "triliun", "perkara", "periksa");
        List<StoryGroup> oneName = clusterer.fold(List.of(
                new ClusterInput("a", t, a, List.of("kpk", "kusnadi"), null),
                new ClusterInput("b", t, b, List.of("kpk", "asep guntur"), null)));
        List<StoryGroup> twoNames = clusterer.fold(List.of(
                new ClusterInput("a", t, a, List.of("kpk", "kusnadi"), null),
                new ClusterInput("b", t, b, List.of("kpk", "kusnadi"), null)));
        assertEquals(2, oneName.size(), "one shared organisation is common to neighbouring events");
        assertEquals(1, twoNames.size(), "the same organisation and the same suspect: blended, one event");
    }

    @Test
    void emptyAndOddInput() {
        OnlineStoryClusterer clusterer = new OnlineStoryClusterer();
        List<Article> odd = List.of(
                article("kosong", "X", "2025-03-03", null, ""),
                article("simbol", "X", "2025-03-03", "!!!", "... --- ..."),
                article("besar", "X", "2025-03-03", "Judul", "kata ".repeat(100_000)));
        List<StoryGroup> stories = clusterer.cluster(odd, List.of());
        assertEquals(3, stories.stream().mapToInt(s -> s.articles().size()).sum());
    }

    @Test
    void secondsBetweenAreTheDurationsWholeSeconds() {
        // the decay's gap: publication times with and without fractions of a second, either way round
        Instant[] times = {Instant.parse("2025-03-03T09:00:00Z"), Instant.parse("2025-03-03T09:00:00.250Z"),
            Instant.parse("2025-03-03T08:59:59.750Z"), Instant.parse("2025-03-04T09:00:00.999999999Z"),
            Instant.parse("2024-12-31T23:59:59.000000001Z"), Instant.parse("1969-12-31T23:59:59.5Z")};
        java.util.Random random = new java.util.Random(16);
        List<Instant> all = new ArrayList<>(List.of(times));
        for (int i = 0; i < 200; i++) {
            all.add(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(4_000_000) - 2_000_000,
                    random.nextInt(1_000_000_000)));
        }
        for (Instant from : all) {
            for (Instant to : all) {
                assertEquals(Duration.between(from, to).toSeconds(), OnlineStoryClusterer.seconds(from, to),
                        from + " to " + to);
            }
        }
    }
}
