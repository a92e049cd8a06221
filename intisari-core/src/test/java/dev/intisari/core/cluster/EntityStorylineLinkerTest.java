package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Origin;
import dev.intisari.model.StableId;
import dev.intisari.model.Story;
import dev.intisari.model.Storyline;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.intisari.core.cluster.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityStorylineLinkerTest {
    // A fictional case that develops over months (arrest, first hearing, verdict), and unrelated stories.
    static List<Article> articles(boolean withEntities) {
        String[] p = withEntities ? new String[] {"Ahmad Fauzi", "Komisi Pemberantasan Korupsi"} : new String[0];
        return List.of(
                article("arrest-1", "Kabar Satu", "2025-03-03", "KPK tangkap Bupati Sukamaju Ahmad Fauzi",
                        "Komisi Pemberantasan Korupsi menangkap Bupati Sukamaju Ahmad Fauzi terkait suap proyek jalan kabupaten.", p),
                article("arrest-2", "Harian Dua", "2025-03-03", "Bupati Sukamaju ditangkap KPK",
                        "Bupati Sukamaju Ahmad Fauzi ditangkap KPK. Uang suap proyek jalan Rp1,2 miliar disita.", p),
                article("hearing-1", "Kabar Satu", "2025-05-12", "Sidang perdana Bupati Sukamaju Ahmad Fauzi digelar",
                        "Bupati Sukamaju nonaktif Ahmad Fauzi menjalani sidang perdana kasus suap proyek jalan di Pengadilan Tipikor. Jaksa KPK membacakan dakwaan.", p),
                article("verdict-1", "Portal Tiga", "2025-08-20", "Ahmad Fauzi divonis enam tahun penjara",
                        "Majelis hakim Pengadilan Tipikor menjatuhkan vonis enam tahun penjara kepada Bupati Sukamaju nonaktif Ahmad Fauzi dalam kasus suap proyek jalan.", p),
                article("football", "Bola Kita", "2025-05-12", "Persikam menang 3-1",
                        "Persikam Sukamaju mengalahkan tamunya 3-1 di Stadion Jaya."),
                article("prices", "Warta Timur", "2025-08-20", "Harga cabai naik",
                        "Harga cabai rawit di pasar induk naik menjadi Rp80.000 per kilogram."));
    }

    static List<Story> stories() {
        return List.of(story("arrest-1", "KPK tangkap Bupati Sukamaju Ahmad Fauzi", "2025-03-03", "arrest-1", "arrest-2"),
                story("hearing-1", "Sidang perdana Bupati Sukamaju Ahmad Fauzi digelar", "2025-05-12", "hearing-1"),
                story("football", "Persikam menang 3-1", "2025-05-12", "football"),
                story("verdict-1", "Ahmad Fauzi divonis enam tahun penjara", "2025-08-20", "verdict-1"),
                story("prices", "Harga cabai naik", "2025-08-20", "prices"));
    }

    static Story story(String first, String title, String date, String... ids) {
        return new Story(StableId.of("s", first), title, List.of(ids), date, date, new Origin(first, List.of()),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Map<String, Article> byId(boolean withEntities) {
        Map<String, Article> map = new HashMap<>();
        articles(withEntities).forEach(a -> map.put(a.id(), a));
        return map;
    }

    @Test
    void aCaseThatResurfacesIsOneStoryline() {
        for (boolean withEntities : new boolean[] {true, false}) {
            List<Storyline> lines = new EntityStorylineLinker().link(stories(), byId(withEntities));
            assertEquals(1, lines.size(), "entities " + withEntities + ": " + lines);
            Storyline line = lines.get(0);
            assertEquals(StableId.of("l", StableId.of("s", "arrest-1")), line.id());
            assertEquals(List.of(StableId.of("s", "arrest-1"), StableId.of("s", "hearing-1"),
                    StableId.of("s", "verdict-1")), line.stories());
            assertTrue(stories().stream().anyMatch(s -> s.title().equals(line.title())), line.title());
        }
    }

    @Test
    void aStoryAfterTheLongestGapStartsAStorylineOfItsOwn() {
        // the verdict 365 days after the hearing ended (the default's longest gap) continues the case; a day later not
        for (String[] verdict : new String[][] {{"2026-05-12", "3"}, {"2026-05-13", "2"}}) {
            List<Story> stories = List.of(stories().get(0), stories().get(1), stories().get(2), stories().get(4),
                    story("verdict-1", "Ahmad Fauzi divonis enam tahun penjara", verdict[0], "verdict-1"));
            List<Storyline> lines = new EntityStorylineLinker().link(stories, byId(true));
            assertEquals(1, lines.size(), verdict[0] + ": " + lines);
            assertEquals(Integer.parseInt(verdict[1]), lines.get(0).stories().size(), verdict[0] + ": " + lines);
        }
    }

    @Test
    void singleStoriesAreNotStorylines() {
        assertEquals(List.of(), new EntityStorylineLinker().link(stories().subList(2, 3), byId(false)));
        assertEquals(List.of(), new EntityStorylineLinker().link(List.of(), Map.of()));
    }
    @Test
    void storiesReadAheadInAnyOrderLinkAsFromTheArticles() {
        for (boolean withEntities : new boolean[] {true, false}) {
            EntityStorylineLinker linker = new EntityStorylineLinker();
            Map<String, Article> byId = byId(withEntities);
            // the order stories are explained in is not their order in time: link sorts them with their readings
            List<Story> shuffled = List.of(stories().get(3), stories().get(0), stories().get(4), stories().get(2),
                    stories().get(1));
            List<StorylineLinker.Reading> readings = shuffled.stream()
                    .map(s -> linker.read(s, s.articles().stream().map(byId::get).toList())).toList();
            // without the articles at hand: only the readings can give the storyline
            assertEquals(linker.link(stories(), byId), linker.link(shuffled, readings, Map.of()),
                    "entities " + withEntities);
        }
    }
}
