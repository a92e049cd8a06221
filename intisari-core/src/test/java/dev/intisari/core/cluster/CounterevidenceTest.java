package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.StoryGroup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.intisari.core.cluster.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CounterevidenceTest {
    private static final double EPS = 1e-9;

    /** A story of one article: word key 1 (0.6) and name key 2 (0.8), a unit vector. */
    private static StoryCentroid story(int articles) {
        StoryCentroid story = new StoryCentroid("s", 0, null);
        for (int i = 0; i < articles; i++) {
            story.add("a" + i, null, vector(new long[] {1, 2}, new double[] {0.6, 0.8}), TermVector.EMPTY, 300, 0);
        }
        return story;
    }

    private static TermVector vector(long[] keys, double[] weights) {
        return new TermVector(keys, weights, keys.length);
    }

    @Test
    void factorsScaleTheScoreByEachDoubt() {
        Counterevidence words = new Counterevidence(0.25, 0, 2, 0);
        Counterevidence cohesion = new Counterevidence(0, 0.4, 2, 0);
        long[] names = {2};
        // article, story size, test, article's term cosine with the story, expected factor
        Object[][] table = {
                // shares the story's words (word cosine .36 >= .25): no doubt
                {vector(new long[] {1, 2}, new double[] {0.6, 0.8}), 1, words, 1.0, 1.0},
                // shares mostly the name: word cosine .2 * .6 = .12, factor .12 / .25
                {vector(new long[] {1, 2}, new double[] {0.2, 0.98}), 1, words, 0.9, 0.48},
                // shares only the name: no word in common, the score goes
                {vector(new long[] {3, 2}, new double[] {0.6, 0.8}), 1, words, 0.64, 0.0},
                // a story of three identical articles is fully cohesive: a cosine of .3 is .75 of the .4 expected
                {vector(new long[] {1, 2}, new double[] {0.6, 0.8}), 3, cohesion, 0.3, 0.75},
                // a cosine above .4 times the cohesion: no doubt
                {vector(new long[] {1, 2}, new double[] {0.6, 0.8}), 3, cohesion, 0.5, 1.0},
                // one article says nothing about cohesion below the size asked for
                {vector(new long[] {1, 2}, new double[] {0.6, 0.8}), 1, cohesion.withCohesion(0.4, 2), 0.1, 1.0},
                // off: no doubt whatever the article
                {vector(new long[] {3, 2}, new double[] {0.6, 0.8}), 3, Counterevidence.none(), 0.1, 1.0},
        };
        for (Object[] row : table) {
            StoryCentroid s = story((Integer) row[1]);
            double factor = ((Counterevidence) row[2]).factor((TermVector) row[0], names, TermVector.EMPTY, s,
                    (Double) row[3]);
            assertEquals((Double) row[4], factor, EPS, java.util.Arrays.deepToString(row));
        }
    }

    @Test
    void theSameNamedOccasionOnTheSameDayOutweighsTheDoubts() {
        StoryCentroid s = story(1);
        TermVector occasion = vector(new long[] {99}, new double[] {1});
        s.addEvents(occasion, 300);
        s.occasionMembers = 1;
        TermVector nameOnly = vector(new long[] {3, 2}, new double[] {0.6, 0.8});
        Counterevidence against = new Counterevidence(0.25, 0.4, 2, 0.5);
        assertEquals(1.0, against.factor(nameOnly, new long[] {2}, occasion, s, 0.64), EPS);
        // another occasion: the word floor and the occasion penalty both count
        TermVector other = vector(new long[] {98}, new double[] {1});
        assertEquals(0.0, against.factor(nameOnly, new long[] {2}, other, s, 0.64), EPS);
        TermVector words = vector(new long[] {1, 2}, new double[] {0.6, 0.8});
        assertEquals(0.5, against.factor(words, new long[] {2}, other, s, 1.0), EPS);
    }

    @Test
    void theSameVenueOnTheSameDayOutweighsTheDoubtsOnlyWhenAsked() {
        StoryCentroid s = story(1);
        TermVector venue = vector(new long[] {77}, new double[] {1});
        s.addEvents(venue, 300);
        TermVector nameOnly = vector(new long[] {3, 2}, new double[] {0.6, 0.8});
        Counterevidence against = new Counterevidence(0.25, 0.4, 2, 0, 0.5, 3);
        // off (the product's setting): the shared venue does not lift the word floor
        assertEquals(0.0, against.factor(nameOnly, new long[] {2}, TermVector.EMPTY, EventDays.NONE, venue, s, 0.64),
                EPS);
        Counterevidence exempt = against.withVenueExempt(true);
        assertEquals(1.0, exempt.factor(nameOnly, new long[] {2}, TermVector.EMPTY, EventDays.NONE, venue, s, 0.64),
                EPS);
        // another venue: the doubts count
        TermVector other = vector(new long[] {78}, new double[] {1});
        assertEquals(0.0, exempt.factor(nameOnly, new long[] {2}, TermVector.EMPTY, EventDays.NONE, other, s, 0.64),
                EPS);
    }

    @Test
    void aVenueNoneOfTheStorysLowersTheScore() {
        Counterevidence against = Counterevidence.none().withVenuePenalty(0.25);
        TermVector words = vector(new long[] {1, 2}, new double[] {0.6, 0.8});
        TermVector stadium = vector(new long[] {77}, new double[] {1});
        TermVector court = vector(new long[] {78}, new double[] {1});
        TermVector both = vector(new long[] {77, 78}, new double[] {1, 1});
        // story's venues (hashed keys), members naming one, article's venues, expected factor
        Object[][] table = {
                // a club's next match at another ground: another occasion
                {stadium, 1, court, 0.75},
                // the same ground (on the same day): no doubt
                {stadium, 1, stadium, 1.0},
                // one of the article's venues is the story's
                {stadium, 1, both, 1.0},
                // an article that names no venue says nothing
                {stadium, 1, TermVector.EMPTY, 1.0},
                // nor does a story whose articles name none
                {TermVector.EMPTY, 0, court, 1.0},
        };
        for (Object[] row : table) {
            StoryCentroid s = story(1);
            s.addEvents((TermVector) row[0], 300);
            s.venueMembers = (Integer) row[1];
            double factor = against.factor(words, new long[] {2}, TermVector.EMPTY, EventDays.NONE,
                    (TermVector) row[2], s, 1.0);
            assertEquals((Double) row[3], factor, EPS, java.util.Arrays.deepToString(row));
        }
        // off in the older constructors
        StoryCentroid s = story(1);
        s.addEvents(stadium, 300);
        s.venueMembers = 1;
        assertEquals(1.0, new Counterevidence(0, 0, 2, 0, 0.5, 3, false, 7, true).factor(words, new long[] {2},
                TermVector.EMPTY, EventDays.NONE, court, s, 1.0), EPS);
        assertEquals(0.75, against.factor(words, new long[] {2}, TermVector.EMPTY, EventDays.NONE, court, s, 1.0), EPS);
    }

    @Test
    void anotherVenueCountsWithinTheStorysSpanAndNotOnTopOfTheDayTest() {
        // a detention at the prosecutors' building on 15 April; the article reports a hearing at the court
        StoryCentroid s = story(1);
        TermVector building = vector(new long[] {77}, new double[] {1});
        TermVector court = vector(new long[] {78}, new double[] {1});
        s.addEvents(building, 300);
        s.venueMembers = 1;
        s.addDays(EventDays.of(List.of("l:2025-04-15")));
        TermVector words = vector(new long[] {1, 2}, new double[] {0.6, 0.8});
        Counterevidence venue = Counterevidence.none().withVenuePenalty(0.25).withDaySpan(7);
        Counterevidence both = new Counterevidence(0, 0, 2, 0, 0.5, 3, false, 7, true, 0.25);
        // article's event keys, test, expected factor
        Object[][] table = {
                // two days later at another place: another occasion
                {List.of("l:2025-04-17"), venue, 0.75},
                // a week later, the last day of the span
                {List.of("l:2025-04-22"), venue, 0.75},
                // beyond the span: left to the names (and to the day test, off here)
                {List.of("l:2025-04-23"), venue, 1.0},
                // without a span, any day
                {List.of("l:2025-04-23"), venue.withDaySpan(0), 0.75},
                // the next step of the case two weeks later (naming the detention day, so the day test is quiet):
                // left to the names
                {List.of("l:2025-04-29", "d:2025-04-15"), both, 1.0},
                // two weeks later naming no day of the story: the day test halves the score, the venue adds nothing
                {List.of("l:2025-04-29"), both, 0.5},
                // three days later: within the day test's reach, the venue counts
                {List.of("l:2025-04-18"), both, 0.75},
        };
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            EventDays days = EventDays.of((List<String>) row[0]);
            double factor = ((Counterevidence) row[1]).factor(words, new long[] {2}, TermVector.EMPTY, days, court, s,
                    1.0);
            assertEquals((Double) row[2], factor, EPS, java.util.Arrays.deepToString(row));
        }
    }

    @Test
    void theSameSpeakerAtAnotherVenueIsHisNextOccasion() {
        // a minister launched an aid programme at the post office on 17 October; the article has him at his
        // ministry's ceremony, or another person answering elsewhere, two days later
        StoryCentroid s = story(1);
        TermVector postOffice = vector(new long[] {77}, new double[] {1});
        TermVector ministry = vector(new long[] {78}, new double[] {1});
        s.addEvents(postOffice, 300);
        s.venueMembers = 1;
        s.addDays(EventDays.of(List.of("l:2025-10-17")));
        long minister = 501;
        long governor = 502;
        s.addActors(new long[] {minister});
        TermVector words = vector(new long[] {1, 2}, new double[] {0.6, 0.8});
        EventDays days = EventDays.of(List.of("l:2025-10-19"));
        Counterevidence against = Counterevidence.none().withVenuePenalty(0.2).withActorVenuePenalty(0.6)
                .withDaySpan(7);
        // article's venues, its main speaker(s), test, expected factor
        Object[][] table = {
                // the minister at another venue: his next occasion
                {ministry, new long[] {minister}, against, 0.4},
                // another speaker at another venue: a reaction given elsewhere, the mild test
                {ministry, new long[] {governor}, against, 0.8},
                // no speaker known: the mild test
                {ministry, new long[0], against, 0.8},
                // the minister at the same venue: no test
                {postOffice, new long[] {minister}, against, 1.0},
                // the minister naming no venue: no test
                {TermVector.EMPTY, new long[] {minister}, against, 1.0},
                // the actor's test off
                {ministry, new long[] {minister}, against.withActorVenuePenalty(0), 0.8},
                // the actor's test weaker than the venue test: the venue test
                {ministry, new long[] {minister}, against.withActorVenuePenalty(0.1), 0.8},
        };
        for (Object[] row : table) {
            double factor = ((Counterevidence) row[2]).factor(words, new long[] {2}, TermVector.EMPTY, days,
                    (TermVector) row[0], (long[]) row[1], s, 1.0);
            assertEquals((Double) row[3], factor, EPS, java.util.Arrays.deepToString(row));
        }
    }

    @Test
    void aStoryKeepsItsSpeakersOnceEachAndUpToItsLimit() {
        StoryCentroid s = story(1);
        s.addActors(new long[] {7, 7, 8});
        assertEquals(2, s.actors.length);
        long[] many = new long[2 * StoryCentroid.MAX_ACTORS];
        for (int i = 0; i < many.length; i++) {
            many[i] = 100 + i;
        }
        s.addActors(many);
        assertEquals(StoryCentroid.MAX_ACTORS, s.actors.length);
        assertTrue(s.hasActor(7) && s.hasActor(100) && !s.hasActor(100 + many.length - 1));
    }

    @Test
    void aLeadDayFarFromTheStorysAndNamingNoneOfItsDaysHalvesTheScore() {
        Counterevidence days = new Counterevidence(0, 0, 2, 0, 0.5, 3);
        TermVector words = vector(new long[] {1, 2}, new double[] {0.6, 0.8});
        // the story: articles whose lead days are 20 and 21 October, one naming 16 October
        StoryCentroid s = story(2);
        s.addDays(EventDays.of(List.of("l:2025-10-20", "d:2025-10-16")));
        s.addDays(EventDays.of(List.of("l:2025-10-21")));
        // article's event keys, expected factor
        Object[][] table = {
                // a lead day three days after the story's last: one event's coverage (a race weekend)
                {List.of("l:2025-10-24"), 1.0},
                // eight days after: another occasion
                {List.of("l:2025-10-29"), 0.5},
                // eight days after, but naming the story's day ("peristiwa Senin (20/10) lalu"): a follow-up
                {List.of("l:2025-10-29", "d:2025-10-20"), 1.0},
                // its lead day is one the story's articles named ahead or behind
                {List.of("l:2025-10-16"), 1.0},
                // no lead day (an explainer): no evidence either way
                {List.of("d:2025-10-01"), 1.0},
                // other keys only
                {List.of("n:13,2|t", "v:sidang kabinet paripurna@2025-10-29"), 1.0},
        };
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            EventDays article = EventDays.of((List<String>) row[0]);
            assertEquals((Double) row[1], days.factor(words, new long[0], TermVector.EMPTY, article, s, 1.0), EPS,
                    java.util.Arrays.deepToString(row));
        }
        // a story without lead days says nothing about the occasion
        assertEquals(1.0, days.factor(words, new long[0], TermVector.EMPTY,
                EventDays.of(List.of("l:2025-10-29")), story(1), 1.0), EPS);
        // off
        assertEquals(1.0, days.withDayPenalty(0, 3).factor(words, new long[0], TermVector.EMPTY,
                EventDays.of(List.of("l:2025-10-29")), s, 1.0), EPS);
    }

    @Test
    void aStoryThatWalkedBeyondTheSpanFromItsFirstDayTakesNoLaterOccasion() {
        Counterevidence span = new Counterevidence(0, 0, 2, 0, 0.5, 3, false, 7, false);
        TermVector words = vector(new long[] {1, 2}, new double[] {0.6, 0.8});
        // a week of travel-season items, each within three days of the last: 7, 10 and 13 June
        StoryCentroid s = story(3);
        s.addDays(EventDays.of(List.of("l:2017-06-07")));
        s.addDays(EventDays.of(List.of("l:2017-06-10")));
        s.addDays(EventDays.of(List.of("l:2017-06-13", "d:2017-06-16")));
        // article's event keys, expected factor with the span, without it
        Object[][] table = {
                // within the reach of the last and within a week of the first
                {List.of("l:2017-06-14"), 1.0, 1.0},
                // within the reach of the last, eight days after the first: another occasion
                {List.of("l:2017-06-15"), 0.5, 1.0},
                // beyond the span, but a day the story named ahead (the day it announced)
                {List.of("l:2017-06-16"), 1.0, 1.0},
                // beyond the span, naming the story's first day ("sejak Rabu (7/6) lalu"): a follow-up
                {List.of("l:2017-06-15", "d:2017-06-07"), 1.0, 1.0},
                // a lead day before the story's first, within the reach: not later, so the span does not count
                {List.of("l:2017-06-05"), 1.0, 1.0},
        };
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            EventDays article = EventDays.of((List<String>) row[0]);
            assertEquals((Double) row[1], span.factor(words, new long[0], TermVector.EMPTY, article, s, 1.0), EPS,
                    java.util.Arrays.deepToString(row));
            assertEquals((Double) row[2], span.withDaySpan(0).factor(words, new long[0], TermVector.EMPTY, article,
                    s, 1.0), EPS, java.util.Arrays.deepToString(row));
        }
    }

    @Test
    void anArticleWithoutALeadDayTakesItsPublicationDay() {
        java.time.ZoneId wib = java.time.ZoneOffset.ofHours(7);
        java.time.Instant june21 = java.time.Instant.parse("2017-06-21T03:00:00Z");
        // article's event keys, publication instant, expected lead day (epoch day + 1) or none
        Object[][] table = {
                // no lead day: the publication day in Jakarta time
                {List.of("d:2017-06-16"), june21, "2017-06-21"},
                // 23:30 WIB on 20 June is 16:30 UTC: still the 20th in Jakarta
                {List.of(), java.time.Instant.parse("2017-06-20T16:30:00Z"), "2017-06-20"},
                // its own lead day wins
                {List.of("l:2017-06-16"), june21, "2017-06-16"},
                // no publication time: nothing to take
                {List.of("n:13,2|t"), null, null},
        };
        Counterevidence days = new Counterevidence(0, 0, 2, 0, 0.5, 3, false, 0, true);
        TermVector words = vector(new long[] {1, 2}, new double[] {0.6, 0.8});
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            EventDays article = EventDays.of((List<String>) row[0], (java.time.Instant) row[1], wib);
            assertEquals(row[2] != null, article.hasLead(), java.util.Arrays.deepToString(row));
            if (row[2] != null) {
                // the day it took is its lead day: one story on that day takes it, one eight days before does not
                StoryCentroid same = story(1);
                same.addDays(EventDays.of(List.of("l:" + row[2])));
                StoryCentroid before = story(1);
                before.addDays(EventDays.of(List.of("l:" + java.time.LocalDate.parse((String) row[2]).minusDays(8))));
                assertEquals(1.0, days.factor(words, new long[0], TermVector.EMPTY, article, same, 1.0), EPS);
                assertEquals(0.5, days.factor(words, new long[0], TermVector.EMPTY, article, before, 1.0), EPS);
            }
        }
    }

    @Test
    void cohesionIsTheMeanCosineOfAMemberWithTheOthers() {
        // three identical articles: each is identical to the others' centroid
        assertEquals(1.0, story(3).cohesion(), EPS);
        // two orthogonal articles: nothing in common
        StoryCentroid two = new StoryCentroid("s", 0, null);
        two.add("a", null, vector(new long[] {1}, new double[] {1}), TermVector.EMPTY, 300, 0);
        two.add("b", null, vector(new long[] {2}, new double[] {1}), TermVector.EMPTY, 300, 0);
        assertEquals(0.0, two.cohesion(), EPS);
        // two articles at cosine .6: each has cosine .6 with the other
        StoryCentroid close = new StoryCentroid("s", 0, null);
        close.add("a", null, vector(new long[] {1}, new double[] {1}), TermVector.EMPTY, 300, 0);
        close.add("b", null, vector(new long[] {1, 2}, new double[] {0.6, 0.8}), TermVector.EMPTY, 300, 0);
        assertEquals(0.6, close.cohesion(), EPS);
        assertEquals(0.0, story(1).cohesion(), EPS);
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        double[][] bad = {{-0.1, 0, 2, 0, 0, 0}, {1, 0, 2, 0, 0, 0}, {0, 1, 2, 0, 0, 0}, {0, 0, 1, 0, 0, 0},
                {0, 0, 2, 1, 0, 0}, {0, -1, 2, 0, 0, 0}, {0, 0, 2, 0, 1, 0}, {0, 0, 2, 0, -0.1, 0},
                {0, 0, 2, 0, 0.5, -1}};
        assertThrows(IllegalArgumentException.class, () -> new Counterevidence(0, 0, 2, 0, 0.5, 3, false, -1, true));
        assertThrows(IllegalArgumentException.class, () -> Counterevidence.none().withVenuePenalty(1));
        assertThrows(IllegalArgumentException.class, () -> Counterevidence.none().withVenuePenalty(-0.1));
        for (double[] b : bad) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Counterevidence(b[0], b[1], (int) b[2], b[3], b[4], (int) b[5]),
                    java.util.Arrays.toString(b));
        }
    }

    // Fictional articles written for this test: a minister's aid programme reported over three days, then the
    // same minister visiting a boarding school on another occasion (same names, other words), and other news
    // so that the words have document frequencies.
    static List<Article> oneMinisterTwoOccasions() {
        String[] people = {"Rahmat Hidayat", "Kementerian Sosial"};
        List<Article> a = new ArrayList<>();
        a.add(article("bantuan-1", "Kabar Satu", "2025-05-05T09:00:00+07:00",
                "Bantuan tunai Rp 400 ribu cair pekan ini untuk 20 juta keluarga",
                "Menteri Sosial Rahmat Hidayat memastikan bantuan tunai Rp 400 ribu per keluarga penerima cair pekan ini. Dana disalurkan lewat kantor pos dan bank milik negara kepada 20 juta keluarga penerima manfaat.",
                people));
        a.add(article("harga", "Warta Timur", "2025-05-05T10:00:00+07:00",
                "Harga bawang merah turun di pasar induk",
                "Harga bawang merah di pasar induk turun menjadi Rp 30.000 per kilogram karena panen raya di sentra produksi.")); 
        a.add(article("bantuan-2", "Harian Dua", "2025-05-06T08:00:00+07:00",
                "Cara cek penerima bantuan tunai Rp 400 ribu",
                "Warga dapat mengecek status penerima bantuan tunai Rp 400 ribu melalui laman cek bansos dengan memasukkan NIK. Kementerian Sosial menyebut bantuan cair bertahap lewat kantor pos.",
                people));
        a.add(article("bola", "Bola Kita", "2025-05-06T12:00:00+07:00",
                "Persikam tahan imbang tamunya tanpa gol",
                "Persikam bermain imbang tanpa gol melawan tamunya di Stadion Jaya dalam lanjutan liga."));
        a.add(article("bantuan-3", "Portal Tiga", "2025-05-07T08:00:00+07:00",
                "Bantuan tunai mulai cair di kantor pos, warga antre sejak pagi",
                "Penyaluran bantuan tunai Rp 400 ribu mulai cair di kantor pos. Rahmat Hidayat meninjau penyaluran dan meminta keluarga penerima memakai bantuan untuk kebutuhan pokok.",
                people));
        a.add(article("kunjungan", "Kabar Satu", "2025-05-07T19:00:00+07:00",
                "Rahmat Hidayat menginap di asrama sekolah, ajak siswa rajin membaca",
                "Menteri Sosial Rahmat Hidayat menginap semalam di asrama sekolah berasrama di Lembah Hijau dan berdialog dengan siswa serta guru. Ia mengajak siswa rajin membaca dan berolahraga, lalu meninjau dapur dan ruang kelas.",
                people));
        a.add(article("cuaca", "Warta Timur", "2025-05-07T20:00:00+07:00",
                "Hujan lebat diprakirakan turun di pesisir selatan",
                "Badan meteorologi memprakirakan hujan lebat disertai angin kencang di pesisir selatan hingga akhir pekan."));
        return a;
    }

    private static String storyOf(List<StoryGroup> stories, String article) {
        return stories.stream().filter(s -> s.articles().contains(article)).findFirst().orElseThrow().id();
    }

    @Test
    void oneActorOnAnotherOccasionStartsAnotherStory() {
        List<Article> articles = oneMinisterTwoOccasions();
        ClusterConfig news = ClusterConfig.news();
        List<StoryGroup> stories = new OnlineStoryClusterer(news, new ArticleFeatures()).cluster(articles, List.of());
        assertEquals(storyOf(stories, "bantuan-1"), storyOf(stories, "bantuan-2"));
        assertEquals(storyOf(stories, "bantuan-1"), storyOf(stories, "bantuan-3"));
        assertNotEquals(storyOf(stories, "bantuan-1"), storyOf(stories, "kunjungan"));
        // without the evidence against a join, the shared names carry the visit into the aid story
        List<StoryGroup> trusting = new OnlineStoryClusterer(news.withAgainst(Counterevidence.none()),
                new ArticleFeatures()).cluster(articles, List.of());
        assertEquals(storyOf(trusting, "bantuan-1"), storyOf(trusting, "kunjungan"));
    }

    @Test
    void anArticleNamingNoneOfTheStorysNamesHasItsScoreHalved() {
        Counterevidence nameless = Counterevidence.none().withNamelessPenalty(0.5);
        TermVector words = vector(new long[] {1, 2}, new double[] {0.6, 0.8});
        // the story's members' names, the article's names (term keys), expected factor
        Object[][] table = {
                // one name shared (a minister named in both): no doubt
                {new long[] {2, 7}, new long[] {7, 9}, 1.0},
                // names on both sides, none shared (two health tips naming two herbalists): halved
                {new long[] {2, 7}, new long[] {9}, 0.5},
                // a story of nameless articles and an article with a name: halved
                {new long[] {}, new long[] {9}, 0.5},
                // an article that names nobody says nothing either way (headlines without names, MStream)
                {new long[] {2}, new long[] {}, 1.0},
        };
        for (Object[] row : table) {
            StoryCentroid s = story(1);
            long[] storyNames = (long[]) row[0];
            s.addNames(vector(storyNames, new double[storyNames.length]));
            double factor = nameless.factor(words, (long[]) row[1], TermVector.EMPTY, s, 0.9);
            assertEquals((Double) row[2], factor, EPS, java.util.Arrays.deepToString(row));
        }
        assertEquals(1.0, Counterevidence.none().factor(words, new long[] {9}, TermVector.EMPTY, story(1), 0.9), EPS);
        assertThrows(IllegalArgumentException.class, () -> Counterevidence.none().withNamelessPenalty(1));
    }
}
