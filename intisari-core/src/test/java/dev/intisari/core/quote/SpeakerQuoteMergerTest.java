package dev.intisari.core.quote;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Published;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import dev.intisari.model.StoryQuote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same statement carried by several outlets, in other words, is one story statement. */
class SpeakerQuoteMergerTest {
    private static Quote quote(String id, String speaker, String text, boolean direct) {
        return new Quote(id, speaker, null, text, new Span(0, text.length()), direct, "kata", 0, null, null);
    }

    private static Article article(String id, String outlet, Quote... quotes) {
        return new Article(id, id, outlet, null, null, null, "id", List.of(), "teks", List.of(), List.of(),
                new Credits(List.of(), List.of(), List.of()), List.of(), List.of(), List.of(), List.of(),
                List.of(quotes), List.of(), List.of());
    }

    @Test
    void rewordedStatementsOfOneSpeakerAreOneStatementOfEveryOutlet() {
        Article a = article("a", "Antara",
                quote("q-a1", "Dmitry Peskov", "Rusia tidak bisa menerima pasukan penjaga perdamaian Eropa di Ukraina", false),
                quote("q-a2", "Dmitry Peskov", "Trump memiliki pengaruh besar terhadap Ukraina", false));
        Article b = article("b", "GenPI",
                quote("q-b1", "Dmitry Peskov", "Kami tidak bisa menerima kehadiran pasukan perdamaian Eropa di wilayah Ukraina", true));
        Article c = article("c", "Antara",
                quote("q-c1", "Sergey Lavrov", "Rusia tidak bisa menerima pasukan penjaga perdamaian Eropa di Ukraina", false),
                quote("q-c2", "Dmitry Peskov", "Presiden Trump punya pengaruh besar terhadap Ukraina", false));
        List<StoryQuote> merged = new SpeakerQuoteMerger().merge(List.of(a, b, c));
        assertEquals(3, merged.size(), merged.toString());

        StoryQuote first = merged.get(0);
        assertEquals("Dmitry Peskov", first.speaker());
        assertEquals("Kami tidak bisa menerima kehadiran pasukan perdamaian Eropa di wilayah Ukraina", first.text(),
                "the direct quotation is the representative text");
        assertEquals(List.of("a", "b"), first.citations().stream().map(x -> x.article()).toList());
        assertEquals(2, first.outlets());

        StoryQuote second = merged.get(1);
        assertEquals(List.of("q-a2", "q-c2"), second.citations().stream().map(x -> x.quote()).toList());
        assertEquals(1, second.outlets(), "two articles of one outlet");

        assertEquals("Sergey Lavrov", merged.get(2).speaker(), "another speaker's words stay apart");
    }

    @Test
    void anUnattributedCopyJoinsTheNamedStatementOnlyWhenNearlyIdentical() {
        Article a = article("a", "Detik", quote("q1", "Purbaya Yudhi Sadewa", "Inflasi tetap terkendali sampai akhir tahun", true));
        Article b = article("b", "Kompas", quote("q2", null, "Inflasi tetap terkendali sampai akhir tahun", true));
        Article c = article("c", null, quote("q3", null, "Inflasi naik", true));
        List<StoryQuote> merged = new SpeakerQuoteMerger().merge(List.of(a, b, c));
        assertEquals(2, merged.size());
        assertEquals("Purbaya Yudhi Sadewa", merged.get(0).speaker());
        assertEquals(2, merged.get(0).outlets());
        assertEquals(null, merged.get(1).speaker());
        assertEquals(1, merged.get(1).outlets());
    }

    @Test
    void namedCopiesJoinAnUnattributedStatementWhateverTheSpeakerAndUnattributedOnesJoinANamedOne() {
        Article a = article("a", "Tempo", quote("q1", null, "Harga beras di pasar induk turun sejak pekan lalu", true),
                quote("q2", "Sri Mulyani", "Defisit anggaran tetap di bawah tiga persen tahun ini", false));
        Article b = article("b", "Kompas", quote("q3", "Arief Prasetyo", "Harga beras di pasar induk turun sejak pekan lalu", true),
                quote("q4", null, "Defisit anggaran tetap di bawah tiga persen tahun ini", false));
        Article c = article("c", "Detik", quote("q5", "Bapanas", "Harga beras di pasar induk turun sejak pekan lalu", false),
                quote("q6", "Airlangga Hartarto", "Defisit anggaran tetap di bawah tiga persen tahun ini", false));
        List<StoryQuote> merged = new SpeakerQuoteMerger().merge(List.of(a, b, c));
        assertEquals(3, merged.size(), merged.toString());
        assertEquals(List.of("q1", "q3", "q5"), merged.get(0).citations().stream().map(x -> x.quote()).toList(),
                "an unattributed group takes near-identical statements of any speaker");
        assertEquals("Arief Prasetyo", merged.get(0).speaker(), "the first name given");
        assertEquals(List.of("q2", "q4"), merged.get(1).citations().stream().map(x -> x.quote()).toList());
        assertEquals("Airlangga Hartarto", merged.get(2).speaker(), "another speaker's named group stays apart");
    }

    /** Ten statements of one speaker sharing two words, each with words of its own; written for this test. */
    private static final String[] STATEMENTS = {
        "Tarif impor baru kedelai Brasil ditinjau kementerian perdagangan setiap semester",
        "Tarif impor baru gandum Australia menekan pabrik roti rumahan Bandung",
        "Tarif impor baru jagung pakan membebani peternak ayam petelur Blitar",
        "Tarif impor baru beras Vietnam menunggu keputusan rapat koordinasi Bulog",
        "Tarif impor baru gula rafinasi memicu protes industri minuman kemasan",
        "Tarif impor baru garam industri dibahas bersama asosiasi farmasi nasional",
        "Tarif impor baru bawang putih Tiongkok melonjak menjelang Lebaran kemarin",
        "Tarif impor baru cabai kering dikeluhkan pedagang grosir Surabaya timur",
        "Tarif impor baru daging sapi India diprotes importir swasta Medan",
        "Tarif impor baru telur tetas dihapus demi bibit unggas lokal"};

    private static List<Article> storyOfCommonWords(Quote... later) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < STATEMENTS.length; i++) {
            articles.add(article("a" + i, "Outlet" + i, quote("q" + i, "Budi Santoso", STATEMENTS[i], false)));
        }
        articles.add(article("later", "Akhir", later));
        return articles;
    }

    @Test
    void aBoundOnCommonWordsStillMergesAStatementThroughItsOwnWords() {
        SpeakerQuoteMerger bounded = new SpeakerQuoteMerger(new SpeakerQuoteMerger.Config(0.5, 0.8, 3, 4, 2));
        List<Article> story = storyOfCommonWords(
                quote("again", "Budi Santoso", "Kementerian perdagangan meninjau tarif impor baru kedelai Brasil", false));
        List<StoryQuote> merged = bounded.merge(story);
        assertEquals(STATEMENTS.length, merged.size(), "\"tarif\" and \"impor\" are in more than four groups");
        assertEquals(List.of("q0", "again"), merged.get(0).citations().stream().map(x -> x.quote()).toList(),
                "the first statement is found through \"kedelai\", its common words then counted");
        assertEquals(merged, new SpeakerQuoteMerger().merge(story), "below the default bound: the same groups");
    }

    @Test
    void aStatementOfCommonWordsOnlyIsComparedWithTheLatestGroups() {
        SpeakerQuoteMerger bounded = new SpeakerQuoteMerger(new SpeakerQuoteMerger.Config(0.5, 0.8, 3, 4, 2));
        List<Article> story = storyOfCommonWords(
                quote("latest", "Budi Santoso", "Tarif impor baru itu", false));
        List<StoryQuote> merged = bounded.merge(story);
        assertEquals(STATEMENTS.length, merged.size());
        List<String> joined = merged.stream().filter(q -> q.citations().size() == 2)
                .map(q -> q.citations().get(0).quote()).toList();
        assertEquals(1, joined.size(), merged.toString());
        assertTrue(List.of("q8", "q9").contains(joined.get(0)),
                "every word is common: only the latest two groups are candidates, got " + joined);
        assertEquals(STATEMENTS.length, new SpeakerQuoteMerger(new SpeakerQuoteMerger.Config(0.5, 0.8, 3, 128, 64))
                .merge(story).size(), "unbounded, it joins one as well");
        assertEquals(STATEMENTS.length + 1, new SpeakerQuoteMerger().merge(story).size(),
                "by default \"tarif impor baru\" are the story's topic words: nothing of its own is left to share");
    }

    @Test
    void twoClaimsOfOneSpeakerAboutTheStorysSubjectStayApart() {
        Article a = article("a", "Merdeka",
                quote("q1", "Natalius Pigai", "Tidak ada alasan untuk membubarkan Komnas HAM dan KPK", false),
                quote("q2", "Natalius Pigai", "Komnas HAM dan KPK adalah dua pilar utama demokrasi", false),
                quote("q3", "Fahri Hamzah", "Komnas HAM dan KPK sudah tidak diperlukan lagi", false),
                quote("q4", "Natalius Pigai", "Pernyataan soal Komnas HAM dan KPK itu asal bunyi", false));
        Article b = article("b", "Suara",
                quote("q5", "Natalius Pigai", "Komnas HAM dan KPK tak boleh dibubarkan tanpa alasan", false));
        List<StoryQuote> merged = new SpeakerQuoteMerger().merge(List.of(a, b));
        assertEquals(4, merged.size(), merged.toString());
        assertEquals(List.of("q1", "q5"), merged.get(0).citations().stream().map(x -> x.quote()).toList(),
                "the same claim, reworded by another outlet, through its own words (alasan, bubar)");
        assertEquals(List.of("q2"), merged.get(1).citations().stream().map(x -> x.quote()).toList(),
                "\"Komnas HAM\" and \"KPK\" name the story's subject, not the claim");
    }

    @Test
    void spellingsOfOneSpeakerThatDifferOnlyInSpacesAndPunctuationAreOneSpeaker() {
        Article a = article("a", "Kumparan", quote("q1", "Deddy Mizwar-Ahmad Syaikhu",
                "Kami sudah beberapa kali bertemu membahas pencalonan gubernur", false));
        Article b = article("b", "CNN Indonesia", quote("q2", "Deddy Mizwar - Ahmad Syaikhu",
                "Sudah beberapa kali kami bertemu untuk membahas pencalonan", false));
        List<StoryQuote> merged = new SpeakerQuoteMerger().merge(List.of(a, b));
        assertEquals(1, merged.size(), merged.toString());
        assertEquals(2, merged.get(0).outlets());
        assertEquals(null, SpeakerQuoteMerger.speakerKey(" - "));
    }

    @Test
    void inOneArticleAReportedStatementJoinsItsQuotationButNotAnotherReportedClaim() {
        Article a = article("a", "Solopos",
                quote("q1", "Rina Wulandari", "pemerintah kota akan menambah anggaran perbaikan jalan rusak tahun depan", false),
                quote("q2", "Rina Wulandari", "Tahun depan anggaran perbaikan jalan rusak kami tambah dua kali lipat", false),
                quote("q3", "Rina Wulandari", "perbaikan jalan rusak selesai Desember", false));
        List<StoryQuote> merged = new SpeakerQuoteMerger().merge(List.of(a));
        assertEquals(List.of(List.of("q1", "q2"), List.of("q3")), merged.stream()
                        .map(q -> q.citations().stream().map(x -> x.quote()).toList()).toList(),
                "\"kami\" puts q2 in her own words, quotation marks or not; q3 is a second reported claim");

        Article b = article("b", "Solopos", quote("q4", "Rina Wulandari", "perbaikan jalan rusak selesai Desember", false));
        Article c = article("c", "Jawa Pos", quote("q5", "Rina Wulandari", "pemerintah kota akan menambah anggaran perbaikan jalan rusak tahun depan", false));
        merged = new SpeakerQuoteMerger().merge(List.of(b, c));
        assertEquals(1, merged.size(), "in two articles the overlap alone decides, as before: " + merged);
        SpeakerQuoteMerger withoutRule = new SpeakerQuoteMerger(new SpeakerQuoteMerger.Config(0.5, 0.8, 3, 128, 64,
                4, 0.2, 2, 0));
        assertEquals(1, withoutRule.merge(List.of(a)).size(), "without the rule q3 joins them");
    }

    @Test
    void aFirstPersonPronounMarksTheSpeakersOwnWords() {
        StatementForm form = StatementForm.INDONESIAN;
        assertTrue(form.firstPerson("Kita harus bisa mengekspor barang jadi"));
        assertTrue(form.firstPerson("tapi saya belum tahu"));
        assertTrue(!form.firstPerson("pihaknya akan menambah anggaran"), "third person: reported");
        assertTrue(!form.firstPerson("Sayangnya kamar itu kosong"), "a word beginning with a pronoun is not one");
        assertTrue(form.firstPerson("KAMI MENOLAK rencana itu"), "any case");
        assertTrue(form.firstPerson("\"(Aku) hadir,\" katanya"), "between punctuation");
        assertTrue(!form.firstPerson("Ia dan AK tiba"), "words shorter than every pronoun");
        assertTrue(!form.firstPerson("kamİ datang"), "a letter whose lower case is two characters");
    }

    /** A quote whose speaker is entity {@code entity} of its article. */
    private static Quote quote(String id, String speaker, String entity, String text, boolean direct) {
        return new Quote(id, speaker, entity, text, new Span(0, text.length()), direct, "kata", 0, null, null);
    }

    private static Article article(String id, String outlet, List<Entity> entities, Quote... quotes) {
        return new Article(id, id, outlet, null, null, null, "id", List.of(), "teks", List.of(), List.of(),
                new Credits(List.of(), List.of(), List.of()), List.of(), List.of(), List.of(), entities,
                List.of(quotes), List.of(), List.of());
    }

    private static Entity entity(String id, String name, EntityType type) {
        return new Entity(id, name, type, List.of(new Span(0, 1)));
    }

    @Test
    void aPersonsShorterNameInTheStoryIsOneSpeakerWithTheLongerOne() {
        Article a = article("a", "Goal", List.of(entity("e1", "Boca Juniors Horacio Paolini", EntityType.PERSON)),
                quote("q1", "Boca Juniors Horacio Paolini", "e1",
                        "Saya secara konstan berkomunikasi dengan Carlos dan kami bertemu pekan lalu untuk makan bersama", true));
        Article b = article("b", "Poskota", List.of(entity("e1", "Horacio Paolini", EntityType.PERSON)),
                quote("q2", "Horacio Paolini", "e1", "Saya terakhir bertemu dia pekan lalu dan kami makan barbekyu", false));
        List<StoryQuote> merged = new SpeakerQuoteMerger().merge(List.of(a, b));
        assertEquals(1, merged.size(), "a club's name read into his name is still Paolini: " + merged);
        assertEquals(2, merged.get(0).outlets());
        SpeakerQuoteMerger byNames = new SpeakerQuoteMerger(new SpeakerQuoteMerger.Config(0.5, 0.8, 3, 128, 64, 4,
                0.2, 2, 0.5, 0.34, 4, false));
        assertEquals(2, byNames.merge(List.of(a, b)).size(), "compared by their names only they are two");
    }

    @Test
    void shortNamesTable() {
        // each row: the story's speakers (name, type; null: no entity), then the names that must share a key and
        // the names that must not
        Object[][] rows = {
                {new String[] {"Djarod Padakova", "Djarot"}, "PERSON", "same", "Djarot", "Djarod Padakova",
                        "a last d read as t, a first name for the full one"},
                {new String[] {"Agus Harimurti Yudhoyono", "Harimurti Yudhoyono"}, "PERSON", "same",
                        "Harimurti Yudhoyono", "Agus Harimurti Yudhoyono", "the end of a longer name"},
                {new String[] {"Agus Rahardjo", "Agus Harimurti Yudhoyono", "Agus"}, "PERSON", "apart", "Agus",
                        "Agus Rahardjo", "one word fitting two people stays itself"},
                {new String[] {"Deddy Mizwar - Ahmad Syaikhu", "Ahmad Syaikhu"}, "PERSON", "apart", "Ahmad Syaikhu",
                        "Deddy Mizwar - Ahmad Syaikhu", "a pair is two people"},
                {new String[] {"Persib Atep", "Persib"}, "ORGANIZATION", "apart", "Persib", "Persib Atep",
                        "a body is not a person's short name"},
                {new String[] {"Sri Mulyani Indrawati", "KPK"}, "PERSON", "apart", "KPK", "Sri Mulyani Indrawati",
                        "no acronym"},
                {new String[] {"Glenn Sugita", "Ahmad Sugita"}, "PERSON", "apart", "Glenn Sugita", "Ahmad Sugita",
                        "two full names ending alike are two people"},
        };
        for (Object[] row : rows) {
            String[] names = (String[]) row[0];
            List<Article> articles = new java.util.ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                EntityType type = i == names.length - 1 ? EntityType.valueOf((String) row[1]) : EntityType.PERSON;
                articles.add(article("a" + i, "o" + i, List.of(entity("e", names[i], type)),
                        quote("q" + i, names[i], "e", "teks " + i, false)));
            }
            StorySpeakers speakers = StorySpeakers.of(articles);
            boolean same = speakers.key((String) row[3]).equals(speakers.key((String) row[4]));
            assertEquals(row[2].equals("same"), same, (String) row[5]);
        }
    }

    @Test
    void aLowerOverlapAcrossArticlesIsAConfigurationNotTheDefault() {
        String said = "Polisi masih meminta keterangan para saksi mata yang mengetahui peristiwa nahas itu";
        String again = "Pihaknya tengah meminta keterangan sejumlah saksi di lokasi kejadian";
        Article a = article("a", "Suara", quote("q1", "Djarot", said, false));
        Article b = article("b", "Antara", quote("q2", "Djarot", again, false));
        assertEquals(2, new SpeakerQuoteMerger().merge(List.of(a, b)).size(), "3 of 8 words: two claims by default");
        SpeakerQuoteMerger across = new SpeakerQuoteMerger(new SpeakerQuoteMerger.Config(0.5, 0.8, 3, 128, 64, 4,
                0.2, 2, 0.5, 0.34, 4, true));
        assertEquals(1, across.merge(List.of(a, b)).size(), "3 of 8 words across articles at 0.34");
        Article one = article("c", "Suara", quote("q1", "Djarot", said, false), quote("q2", "Djarot", again, true));
        assertEquals(2, across.merge(List.of(one)).size(), "not within one article");
    }

    private static Article published(String id, String outlet, String time, Quote... quotes) {
        return new Article(id, id, outlet, null, null, new Published(time, "jsonl"), "id", List.of(), "teks",
                List.of(), List.of(), new Credits(List.of(), List.of(), List.of()), List.of(), List.of(), List.of(),
                List.of(), List.of(quotes), List.of(), List.of());
    }

    @Test
    void anotherOutletsReportOfTheSameDaysNeedsFewerSharedWords() {
        String said = "Polisi masih meminta keterangan para saksi mata yang mengetahui peristiwa nahas itu";
        String again = "Pihaknya tengah meminta keterangan sejumlah saksi di lokasi kejadian";
        Quote first = quote("q1", "Djarot", said, false);
        Quote second = quote("q2", "Djarot", again, false);
        Article a = published("a", "Suara", "2017-05-08T10:00:00+07:00", first);
        Article[][] stories = {
            {a, published("b", "Antara", "2017-05-09T20:00:00+07:00", second)},
            {a, published("b", "Antara", "2017-05-13T10:00:00+07:00", second)},
            {a, published("b", "Suara", "2017-05-08T15:00:00+07:00", second)},
            {a, article("b", "Antara", second)},
            {a, published("b", "Antara", "2017-05-08T15:00:00+07:00", quote("q2", "Tito Karnavian", again, false))},
        };
        String[] why = {"another outlet within 48 hours: 3 of 8 words are enough",
            "five days later: two claims", "one outlet: two claims", "no time: two claims", "another speaker"};
        int[] expected = {1, 2, 2, 2, 2};
        for (int i = 0; i < stories.length; i++) {
            assertEquals(expected[i], new SpeakerQuoteMerger().merge(List.of(stories[i])).size(), why[i]);
        }
    }

    @Test
    void nearSynonymsAreOneWord() {
        Article a = article("a", "Merdeka", quote("q1", "Aung San Suu Kyi",
                "jangan sampai ada informasi keliru yang diciptakan untuk memperkeruh suasana", false));
        Article b = article("b", "CNN Indonesia", quote("q2", "Aung San Suu Kyi",
                "kini , banyak informasi salah yang beredar", false));
        assertEquals(1, new SpeakerQuoteMerger().merge(List.of(a, b)).size(), "keliru = salah");
        SpeakerQuoteMerger without = new SpeakerQuoteMerger(new SpeakerQuoteMerger.Config(0.5, 0.8, 3, 128, 64, 4,
                0.2, 2, 0.5, 0.5, 4, true));
        assertEquals(2, without.merge(List.of(a, b)).size(), "one shared word of three without them");
        assertEquals("salah", NearSynonyms.INDONESIAN.of("liru"), "Lucene stems 'keliru' to 'liru'");
        assertEquals("tewas", NearSynonyms.INDONESIAN.of("inggal"), "and 'meninggal' to 'inggal'");
        assertEquals("tinggal", NearSynonyms.INDONESIAN.of("tinggal"), "'tinggal' (to live) is no synonym");
        assertEquals("informasi", NearSynonyms.INDONESIAN.of("informasi"));
    }

    @Test
    void aShortReportOfTheSubjectsWordsJoinsTheStatementHoldingThemAll() {
        Article a = article("a", "Kumparan",
                quote("q1", "Abdul Kharis", "Pengakuan Yerusalem sebagai ibu kota Israel memicu krisis", false),
                quote("q2", "Riyad Malki", "Yerusalem bukan ibu kota Israel menurut hukum internasional", false),
                quote("q3", "Retno Marsudi", "Indonesia menolak pengakuan Yerusalem sebagai ibu kota Israel", false),
                quote("q4", "Donald Trump", "Yerusalem sebagai ibu kota Israel", false));
        Article b = article("b", "Antara", quote("q5", "Donald Trump",
                "Saya telah menetapkan bahwa sekarang saatnya untuk secara resmi mengakui Yerusalem sebagai ibu kota Israel", true));
        List<StoryQuote> merged = new SpeakerQuoteMerger().merge(List.of(a, b));
        assertEquals(List.of("q4", "q5"), merged.get(3).citations().stream().map(x -> x.quote()).toList(),
                "every word of q4 is the story's subject, and all are in q5: " + merged);
        assertEquals(4, merged.size());
    }

    @Test
    void noArticlesNoStatements() {
        assertEquals(List.of(), new SpeakerQuoteMerger().merge(List.of()));
    }
}
