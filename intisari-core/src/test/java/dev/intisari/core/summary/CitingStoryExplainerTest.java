package dev.intisari.core.summary;

import dev.intisari.core.quote.SpeakerQuoteMerger;
import dev.intisari.core.time.DatedSentenceTimeline;
import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.OutletCoverage;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import dev.intisari.model.Story;
import dev.intisari.model.StoryEntity;
import dev.intisari.model.StoryGroup;
import dev.intisari.model.StoryKeyPoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitingStoryExplainerTest {
    private static final CitingStoryExplainer EXPLAINER =
            new CitingStoryExplainer(new SpeakerQuoteMerger(), new DatedSentenceTimeline());

    private static final String FIRST = "Banjir bandang menerjang Kecamatan Sukamaju, Kabupaten Lembah Hijau, pada Minggu malam. "
            + "Sebanyak 420 rumah warga terendam air setinggi dua meter. "
            + "Badan penanggulangan bencana daerah mengerahkan 60 personel untuk mengevakuasi warga. "
            + "Sementara itu, hujan deras diperkirakan masih turun hingga Rabu, ujarnya.";
    private static final String SECOND = "Sebanyak 420 rumah warga di Kecamatan Sukamaju terendam air setinggi dua meter "
            + "akibat banjir bandang. "
            + "Bupati Lembah Hijau Rahmat Santoso menetapkan status tanggap darurat selama 14 hari. "
            + "\"Kami fokus menyelamatkan warga lebih dulu,\" kata Rahmat Santoso. "
            + "Posko pengungsian didirikan di halaman kantor kecamatan.";
    private static final String THIRD = "Pemerintah provinsi menyalurkan bantuan 20 ton beras bagi korban banjir di "
            + "Kabupaten Lembah Hijau. "
            + "Bantuan tersebut dikirim menggunakan enam truk dari gudang logistik provinsi. "
            + "Gubernur meminta warga tetap waspada terhadap banjir susulan sepekan ke depan.";

    private static List<Article> story() {
        String quote = "Kami fokus menyelamatkan warga lebih dulu,";
        int at = SECOND.indexOf(quote);
        Quote said = new Quote("q-rahmat", "Rahmat Santoso", "e2", quote, new Span(at, at + quote.length()), true,
                "kata", 2, null, null);
        return List.of(
                TestArticles.article("a", "Kabar Timur", "2025-03-10T08:00:00+07:00", "Banjir bandang rendam Sukamaju",
                        FIRST, TestArticles.entities(FIRST, "LOCATION:Kabupaten Lembah Hijau"), List.of()),
                TestArticles.article("b", "Warta Rakyat", "2025-03-10T11:30:00+07:00", "Lembah Hijau tetapkan tanggap darurat",
                        SECOND, TestArticles.entities(SECOND, "LOCATION:Kecamatan Sukamaju", "PERSON:Rahmat Santoso"),
                        List.of(said)),
                TestArticles.article("c", "Suara Lembah", "2025-03-11T09:00:00+07:00", "Provinsi kirim 20 ton beras",
                        THIRD, TestArticles.entities(THIRD, "LOCATION:Kabupaten Lembah Hijau"), List.of()));
    }

    private static Story explain(List<Article> articles) {
        return EXPLAINER.explain(new StoryGroup("story-1", articles.stream().map(Article::id).toList(), List.of()),
                articles);
    }

    @Test
    void aStoryWithoutHeadlinesIsTitledFromItsFirstPoint() {
        assertEquals("Warga Desa Sukamaju mengungsi setelah banjir", StoryTitle.headline(
                "Warga Desa Sukamaju mengungsi setelah banjir."));
        assertEquals("Pemerintah kota menegaskan tidak dapat menerima rencana pembangunan pabrik di tepi sungai",
                StoryTitle.headline("Pemerintah kota menegaskan tidak dapat menerima rencana pembangunan"
                        + " pabrik di tepi sungai, demikian disampaikan juru bicara wali kota dalam jumpa pers yang"
                        + " digelar di balai kota pada Senin sore setelah rapat tertutup."));
        String long1 = "Ribuan warga yang tinggal di sepanjang bantaran sungai terpaksa meninggalkan rumah mereka"
                + " karena air terus naik sejak Minggu malam dan belum juga surut hingga Selasa pagi menurut petugas";
        String cut = StoryTitle.headline(long1);
        assertTrue(cut.endsWith("…") && cut.length() <= 141 && long1.startsWith(cut.substring(0, cut.length() - 1)), cut);
    }

    @Test
    void aPointThatPointsBackComesAfterEveryOther() {
        String back = "Hal itu disampaikan Bupati Lembah Hijau Rahmat Santoso dalam rapat darurat di kantor kecamatan.";
        String first = FIRST + " " + back;
        String second = SECOND + " " + back;
        List<Article> articles = List.of(
                TestArticles.article("a", "Kabar Timur", "2025-03-10T08:00:00+07:00", "Banjir bandang rendam Sukamaju",
                        first, TestArticles.entities(first, "PERSON:Rahmat Santoso"), List.of()),
                TestArticles.article("b", "Warta Rakyat", "2025-03-10T11:30:00+07:00", "Lembah Hijau tanggap darurat",
                        second, TestArticles.entities(second, "PERSON:Rahmat Santoso"), List.of()));
        Story story = explain(articles);
        assertFalse(story.keyPoints().isEmpty());
        assertTrue(story.keyPoints().stream().noneMatch(p -> p.text().startsWith("Hal itu")),
                "carried by both outlets, but says nothing without the sentence before it: " + story.keyPoints());
    }

    @Test
    void openingsThatLeanOnAnEarlierSentenceAreKnown() {
        DependentOpenings dependent = new DependentOpenings();
        for (String point : List.of("Ia menambahkan, evakuasi berlanjut hingga malam.", "Dia tidak hadir.",
                "Mereka mengungsi ke balai desa.", "Pihaknya akan mengirim bantuan.", "Hal tersebut dibenarkan polisi.",
                "hal itu disampaikan bupati.", "Menurutnya, air mulai surut.", "Langkah itu diambil setelah rapat.",
                "Jumlah itu dua kali lipat dari tahun lalu.", "Tuntutan tersebut dibacakan Senin.",
                "Saat itu, warga sudah mengungsi.", "Politikus PKB ini menilai rancangan itu terburu-buru.",
                "Menurut Wakil Ketua Umum PAN ini, janji itu belum dipenuhi.", "Bintang Persib itu absen sebulan.",
                "Ketua DPC Gerindra Bekasi Timur ini menyinggung dampak banjir.")) {
            assertTrue(dependent.test(point), point);
        }
        for (String point : List.of("Iago Aspas mencetak dua gol.", "Diana Wulandari terpilih sebagai ketua.",
                "Hala Sports merilis sepatu baru.", "Indonesia menang 2-0.", "Itulah sebabnya warga mengungsi.",
                "Menurut polisi, air mulai surut.", "Saat ini air mulai surut.", "Tahun ini panen gagal.",
                "Jakarta itulah yang dipilih.", "Presiden Prabowo Subianto meresmikan jembatan itu.",
                "Pemerintah Kota Bandung akan menata ulang kawasan itu.", "Sekolah ini menampung 300 murid.",
                "Para Pemain Timnas Indonesia Kembali Berlatih Hari Ini Tersebut", "")) {
            assertFalse(dependent.test(point), point);
        }
    }

    @Test
    void sentencesGivingDifferentNumbersNeverStateTheSameThing() {
        String charge = "Jaksa menuntut mantan Direktur Utama PT Sarana Logistik Nusantara Hendra Wirawan Prakoso "
                + "membayar denda Rp750 juta subsider enam bulan kurungan dalam perkara korupsi crane.";
        String verdict = "Hakim menghukum mantan Direktur Utama PT Sarana Logistik Nusantara Hendra Wirawan Prakoso "
                + "membayar denda Rp500 juta subsider empat bulan kurungan dalam perkara korupsi crane.";
        String first = charge + " Sidang dihadiri puluhan pengunjung dan wartawan dari berbagai media nasional.";
        String second = verdict + " Sidang dihadiri puluhan pengunjung dan wartawan dari berbagai media nasional.";
        List<Article> articles = List.of(
                TestArticles.article("a", "Kabar Timur", "2025-05-19T08:00:00+07:00", "Jaksa tuntut Hendra", first),
                TestArticles.article("b", "Warta Rakyat", "2025-05-26T11:30:00+07:00", "Hakim vonis Hendra", second));
        Story story = explain(articles);
        for (StoryKeyPoint p : story.keyPoints()) {
            if (p.text().contains("Rp750") || p.text().contains("Rp500")) {
                assertEquals(1, p.outlets(), "a fine of Rp750 million is not one of Rp500 million: " + p);
            }
        }
        assertTrue(story.keyPoints().stream().anyMatch(p -> p.text().contains("Rp750")), story.keyPoints().toString());
        assertTrue(story.keyPoints().stream().anyMatch(p -> p.text().contains("Rp500")), story.keyPoints().toString());
    }

    @Test
    void factCarriedByTwoOutletsCitesBoth() {
        Story story = explain(story());
        StoryKeyPoint houses = story.keyPoints().stream().filter(p -> p.text().contains("420 rumah")).findFirst()
                .orElseThrow(() -> new AssertionError(story.keyPoints()));
        assertEquals(java.util.Set.of(new Citation("a", 1), new Citation("b", 0)),
                java.util.Set.copyOf(houses.citations()));
        assertEquals(2, houses.citations().size());
        assertEquals(2, houses.outlets());
        Map<String, Article> byId = story().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Citation first = houses.citations().get(0);
        assertTrue(DeletionCheck.derivable(houses.text(), byId.get(first.article()).sentenceText(first.sentence())));
    }

    @Test
    void threeToFivePointsEachDerivableFromItsFirstCitation() {
        List<Article> articles = story();
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Story story = explain(articles);
        assertTrue(story.keyPoints().size() >= 3 && story.keyPoints().size() <= 5, story.keyPoints().toString());
        for (StoryKeyPoint p : story.keyPoints()) {
            Citation first = p.citations().get(0);
            assertTrue(DeletionCheck.derivable(p.text(), byId.get(first.article()).sentenceText(first.sentence())),
                    p.text());
            assertFalse(p.text().startsWith("Sementara itu"), p.text());
            assertFalse(p.text().endsWith(", ujarnya."), p.text());
            assertEquals(p.citations().stream().map(c -> byId.get(c.article()).outlet()).distinct().count(),
                    p.outlets());
        }
        assertEquals(story.keyPoints(), explain(articles).keyPoints(), "same input, same points and ids");
        assertEquals(story.keyPoints().size(), story.keyPoints().stream().map(StoryKeyPoint::id).distinct().count());
        assertTrue(List.of("Banjir bandang rendam Sukamaju", "Lembah Hijau tetapkan tanggap darurat",
                "Provinsi kirim 20 ton beras").contains(story.title()));
    }

    @Test
    void pointsAreChronological() {
        List<String> order = List.of("a", "b", "c");
        Story story = explain(story());
        int previous = -1;
        for (StoryKeyPoint p : story.keyPoints()) {
            int first = p.citations().stream().mapToInt(c -> order.indexOf(c.article())).min().orElseThrow();
            assertTrue(first >= previous, story.keyPoints().toString());
            previous = first;
        }
    }

    @Test
    void entitiesCountArticlesAndOutletsShowWhatTheyCarried() {
        Story story = explain(story());
        assertEquals(new StoryEntity("Kabupaten Lembah Hijau", dev.intisari.model.EntityType.LOCATION, 2),
                story.entities().get(0));
        assertTrue(story.entities().contains(new StoryEntity("Rahmat Santoso", dev.intisari.model.EntityType.PERSON, 1)));
        Map<String, OutletCoverage> outlets = story.outlets().stream()
                .collect(Collectors.toMap(OutletCoverage::outlet, Function.identity()));
        assertEquals(List.of("Kabar Timur", "Warta Rakyat", "Suara Lembah"),
                story.outlets().stream().map(OutletCoverage::outlet).toList());
        assertEquals("2025-03-10T08:00:00+07:00", outlets.get("Kabar Timur").firstPublished());
        String houses = story.keyPoints().stream().filter(p -> p.text().contains("420 rumah")).findFirst()
                .orElseThrow().id();
        assertTrue(outlets.get("Kabar Timur").keyPoints().contains(houses));
        assertTrue(outlets.get("Warta Rakyat").keyPoints().contains(houses));
        assertFalse(outlets.get("Suara Lembah").keyPoints().contains(houses), "the third outlet left it out");
        assertEquals(List.of("q-rahmat"), outlets.get("Warta Rakyat").quotes());
        assertEquals(List.of(), outlets.get("Kabar Timur").quotes());
    }

    @Test
    void carriedSentenceScoresGiveTheStoryTheirScoresMadeAgainGive() {
        SupervisedMmrSummarizer summarizer = new SupervisedMmrSummarizer();
        List<Article> carrying = story().stream().map(a -> withScores(a, summarizer.summarize(a.id(), a.title(),
                TestArticles.tokenized(a.text()), a.entities()).sentenceScores())).toList();
        assertTrue(carrying.stream().allMatch(a -> a.sentenceScores().size() == a.sentences().size()));
        assertEquals(explain(story()), explain(carrying));
    }

    @Test
    void carriedTermsGiveTheStoryTheTermsReadAgainGive() {
        SupervisedMmrSummarizer summarizer = new SupervisedMmrSummarizer();
        List<Summary> summaries = story().stream().map(a -> summarizer.summarize(a.id(), a.title(),
                TestArticles.tokenized(a.text()), a.entities())).toList();
        List<Article> scored = new java.util.ArrayList<>();
        List<Article> carrying = new java.util.ArrayList<>();
        List<Article> some = new java.util.ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            Article a = withScores(story().get(i), summaries.get(i).sentenceScores());
            Article terms = withTerms(a, summaries.get(i).terms());
            scored.add(a);
            carrying.add(terms);
            some.add(i % 2 == 0 ? terms : a);
        }
        assertTrue(carrying.stream().allMatch(a -> a.terms().sentences() == a.sentences().size()));
        Story readAgain = explain(scored);
        assertEquals(readAgain, explain(carrying));
        assertEquals(readAgain, explain(some));
    }

    @Test
    void theCarriedScoresAreTheOnesRanked() {
        // a one-article story of four plain sentences takes two points: the two its carried scores put first
        Article first = story().get(0);
        assertTrue(leads(explain(List.of(withScores(first, List.of(1.0, 0.0, 0.0, 0.0)))), 0));
        Story later = explain(List.of(withScores(first, List.of(0.0, 1.0, 1.0, 0.0))));
        assertFalse(leads(later, 0), later.keyPoints().toString());
        assertTrue(leads(later, 1) && leads(later, 2), later.keyPoints().toString());
    }

    /** Whether a key point of the story is made of sentence {@code sentence} (its first citation). */
    private static boolean leads(Story story, int sentence) {
        return story.keyPoints().stream().anyMatch(p -> p.citations().get(0).sentence() == sentence);
    }

    private static Article withTerms(Article a, dev.intisari.model.ArticleTerms terms) {
        return new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.published(), a.language(), a.flags(),
                a.text(), a.headings(), a.removed(), a.credits(), a.wire(), a.related(), a.sentences(), a.entities(),
                a.quotes(), a.dates(), a.keyPoints(), a.sentenceScores(), terms);
    }

    private static Article withScores(Article a, List<Double> scores) {
        return new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.published(), a.language(), a.flags(),
                a.text(), a.headings(), a.removed(), a.credits(), a.wire(), a.related(), a.sentences(), a.entities(),
                a.quotes(), a.dates(), a.keyPoints(), scores);
    }

    @Test
    void oneArticleStoryHasItsOwnFewerPoints() {
        Story story = explain(story().subList(2, 3));
        assertTrue(story.keyPoints().size() >= 1 && story.keyPoints().size() <= 2, story.keyPoints().toString());
        story.keyPoints().forEach(p -> {
            assertEquals(1, p.outlets());
            assertTrue(p.citations().stream().allMatch(c -> c.article().equals("c")));
        });
        assertEquals("Provinsi kirim 20 ton beras", story.title());
    }

    @Test
    void emptyArticlesGiveNoPointsAndNoError() {
        Article empty = TestArticles.article("kosong", null, null, null, "");
        Story alone = explain(List.of(empty));
        assertEquals(List.of(), alone.keyPoints());
        assertEquals("kosong", alone.title());
        assertEquals("?", alone.outlets().get(0).outlet());
        List<Article> withEmpty = new java.util.ArrayList<>(story());
        withEmpty.add(empty);
        Story story = explain(withEmpty);
        assertFalse(story.keyPoints().isEmpty());
        assertTrue(story.keyPoints().stream().flatMap(p -> p.citations().stream())
                .noneMatch(c -> c.article().equals("kosong")));
    }
}
