package dev.intisari.core.cluster;

import dev.intisari.model.Article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.intisari.core.CpuBound.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSignalsTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Pemerintah menyalurkan Rp 13,2 triliun kepada negara ; n:13,2|t",
            "Dana Rp13,2 T diserahkan ke kas negara ; n:13,2|t",
            "Luas tambang ilegal mencapai 4.000 hektare ; n:4000|hektare",
            "Bantuan untuk 35,04 juta keluarga penerima ; n:35,04|jt",
            "Inflasi tercatat 2,65 persen secara tahunan ; n:2,65|%",
            "Sebanyak 97 WNI kabur dari perusahaan itu ; n:97|wni",
            "Lifting minyak sudah 619.000 barel per hari ; n:619000|barel",
    })
    void amountsWithTheirUnit(String text, String key) {
        Set<String> keys = new LinkedHashSet<>();
        EventSignals.numbers(text, keys);
        assertTrue(keys.contains(key), keys.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kata dia kepada wartawan, Senin (20/10/2025).",
            "Rapat digelar pada 20 Oktober 2025 di Jakarta.",
            "Purbaya tiba pukul 16.43 WIB di kantor itu.",
            "Massa datang sekitar 13.55 WIB membawa atribut.",
            "Pada tahun 2025 program itu dimulai.",
    })
    void datesTimesAndYearsAreNoAmounts(String text) {
        Set<String> keys = new LinkedHashSet<>();
        EventSignals.numbers(text, keys);
        assertEquals(Set.of(), keys);
    }

    @Test
    void oneStatementGivesTheSameHashesInTwoReports() {
        Set<String> a = new LinkedHashSet<>();
        Set<String> b = new LinkedHashSet<>();
        EventSignals.statement("Kita harus berani memotong rantai kemiskinan di seluruh negeri ini", a);
        EventSignals.statement("kita harus berani memotong rantai kemiskinan di seluruh negeri ini!", b);
        assertEquals(a, b);
        assertEquals(6, a.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the day of the occasion in the news form, also when it is the publication day
            "kata Dadan usai sidang kabinet paripurna di Istana Negara, Jakarta, Senin (20/10/2025). | l:2025-10-20",
            // a day before the publication: the occasion reported, and a named day besides
            "Kebakaran terjadi di Kosambi, Kamis (16/10) pagi, kata polisi. | l:2025-10-16 d:2025-10-16",
            // the first such day of the lead is the occasion's, later ones are named days only
            "kata Ali, Sabtu (18/10/2025). Acara serupa digelar Rabu (15/10) lalu. | l:2025-10-18 d:2025-10-18 d:2025-10-15",
            // a day without the weekday form is a named day, not a lead day
            "Tenggat berakhir pada 30 Oktober 2025. | d:2025-10-30",
            // no day at all
            "Program ini tetap berlanjut meski ada kasus keracunan. | -",
    })
    void leadDayAndNamedDays(String text, String expected) {
        java.time.LocalDate published = java.time.LocalDate.of(2025, 10, 20);
        Article base = TestArticles.article("a", "detik", "2025-10-20T10:00:00+07:00", "Judul", text);
        Article dated = new Article(base.id(), base.source(), base.outlet(), base.url(), base.title(),
                base.published(), base.language(), base.flags(), base.text(), base.headings(), base.removed(),
                base.credits(), base.wire(), base.related(), base.sentences(), base.entities(), base.quotes(),
                new dev.intisari.core.time.RuleDateTagger().tag(text, published), base.keyPoints(),
                base.sentenceScores());
        List<String> keys = EventSignals.of(java.util.EnumSet.of(EventSignals.Kind.LEAD_DAY, EventSignals.Kind.DAYS))
                .keys(dated);
        assertEquals(expected, keys.isEmpty() ? "-" : String.join(" ", keys));
    }

    @Test
    void namedOccasions() {
        Set<String> keys = new LinkedHashSet<>();
        EventSignals.occasions("kata Prabowo saat membuka Sidang Kabinet Paripurna di Istana Negara, Jakarta, Senin.", keys);
        assertTrue(keys.contains("o:sidang kabinet paripurna"), keys.toString());
        assertTrue(keys.contains("o:istana negara"), keys.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kata Prabowo dalam Sidang Kabinet Paripurna di Istana Negara, Jakarta, Senin. | p:istana negara@2025-10-20",
            "ujar Purbaya di Kompleks Istana Kepresidenan, Jakarta Pusat. | p:kompleks istana kepresidenan@2025-10-20",
            "kata Anis di Gedung Komnas HAM, Jakarta Pusat, Rabu. | p:gedung komnas ham@2025-10-20",
            "laga itu digelar di Stadion Maguwoharjo, Sleman. | p:stadion maguwoharjo@2025-10-20",
            "ujar Menteri seusai mengunjungi SMAN 8 Yogyakarta, Senin. | p:sman 8 yogyakarta@2025-10-20",
            "kata Wagub di Pesantren Darul Ulum, Jombang, Senin. | p:pesantren darul ulum@2025-10-20",
            "Hal itu ia katakan dalam seminar di Jawa Tengah, Senin. | -",
            "Kecelakaan terjadi di Jalan Jenderal Sudirman, Medan. | -",
            "Penyerahan bantuan di Kabupaten Klaten berjalan lancar. | -",
    })
    void venuesNamedByABuildingOrGroundWithTheDay(String text, String key) {
        java.util.List<String> keys = EventSignals.of(java.util.EnumSet.of(EventSignals.Kind.VENUE_DAYS))
                .keys(TestArticles.article("a", "detik", "2025-10-20T10:00:00+07:00", "Judul", text));
        assertEquals(key.equals("-") ? java.util.List.of() : java.util.List.of(key), keys);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kata Bahlil dalam acara HIPMI-Danantara Business Forum 2025 di Jakarta, Senin. | v:hipmi-danantara business forum 2025@2025-10-20",
            "ujar Rosmauli dalam Media Briefing Ditjen Pajak di Kantor DJP, Jakarta. | v:media briefing ditjen pajak@2025-10-20",
            "kata Puan di sela-sela Sidang Tahunan MPR, Jumat. | v:sidang tahunan mpr@2025-10-20",
            "katanya saat menghadiri Jakarta Fair Kemayoran, Sabtu. | v:jakarta fair kemayoran@2025-10-20",
            "kata Prabowo dalam Sidang Kabinet Paripurna di Istana Negara. | v:sidang kabinet paripurna@2025-10-20",
            "kata Anis di Gedung Komnas HAM, Jakarta Pusat, Rabu. | -",
            "Hal itu ia katakan di Jawa Tengah, Senin. | -",
            "Ia berbicara dalam Forum, Senin. | -",
            "ujarnya di Balai Kota, lalu menyebut Briefing Room. | -",
    })
    void occasionsNamedInEitherWordOrder(String text, String key) {
        java.util.List<String> keys = EventSignals.of(java.util.EnumSet.of(EventSignals.Kind.VENUE_DAYS,
                        EventSignals.Kind.OCCASION_EVENTS))
                .keys(TestArticles.article("a", "detik", "2025-10-20T10:00:00+07:00", "Judul", text)).stream()
                .filter(k -> k.startsWith("v:")).toList();
        if (key.equals("-")) {
            assertTrue(keys.stream().noneMatch(k -> k.contains("forum") && !k.contains(" ") || k.contains("briefing")
                    || k.contains("jawa") || k.contains("komnas")), keys.toString());
        } else {
            assertTrue(keys.contains(key), keys.toString());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a preview published on Thursday names the match day: the occasion is keyed by that day too
            "Juventus menghadapi Real Madrid di partai final Liga Champions di Stadion Millennium, Sabtu (25/10/2025). "
                    + "| 2025-10-23 | v:final liga champions@2025-10-25;p:stadion millennium@2025-10-25",
            // the report of Sunday names the match day of Saturday: the same keys
            "Real Madrid juara setelah menang 4-1 pada final Liga Champions di Stadion Millennium, Sabtu (25/10/2025). "
                    + "| 2025-10-26 | v:final liga champions@2025-10-25;p:stadion millennium@2025-10-25",
            // a lead day that is the publication day adds nothing
            "kata Rossi usai GP Italia di Sirkuit Mugello, Minggu (26/10/2025). "
                    + "| 2025-10-26 | v:gp italia@2025-10-26;p:sirkuit mugello@2025-10-26",
            // no lead day: the publication day only
            "Juventus bersiap untuk final Liga Champions di Stadion Millennium. "
                    + "| 2025-10-23 | v:final liga champions@2025-10-23;p:stadion millennium@2025-10-23",
    })
    void occasionsAndVenuesAlsoWithTheLeadDay(String text, String published, String expected) {
        java.time.LocalDate day = java.time.LocalDate.parse(published);
        Article base = TestArticles.article("a", "juara", published + "T10:00:00+07:00", "Judul", text);
        Article dated = new Article(base.id(), base.source(), base.outlet(), base.url(), base.title(),
                base.published(), base.language(), base.flags(), base.text(), base.headings(), base.removed(),
                base.credits(), base.wire(), base.related(), base.sentences(), base.entities(), base.quotes(),
                new dev.intisari.core.time.RuleDateTagger().tag(text, day), base.keyPoints(), base.sentenceScores());
        Set<String> keys = new LinkedHashSet<>(new EventSignals().keys(dated));
        for (String key : expected.split(";")) {
            assertTrue(keys.contains(key), key + " in " + keys);
        }
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("v:") && k.endsWith("@" + published)),
                "the publication day's key is kept beside the lead day's: " + keys);
        assertEquals(expected.split(";").length, keys.stream().filter(k -> k.startsWith("p:")
                || k.startsWith("v:final liga champions") || k.startsWith("v:gp")).count() / (expected.contains(
                "@" + published) ? 1 : 2), "one key per day: " + keys);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ujar Anies di Balai Kota DKI, Jakarta. | p:balai kota jakarta@2025-10-20",
            "ujar Anies di Balai Kota Jakarta. | p:balai kota jakarta@2025-10-20",
            "ujar Anies di Balai Kota DKI Jakarta. | p:balai kota jakarta@2025-10-20",
            "kata Ridwan di Gedung Sate Jabar, Bandung. | p:gedung sate jawa barat@2025-10-20",
            "kata Olly di Kantor Gubernur Sulut, Manado. | p:kantor gubernur sulawesi utara@2025-10-20",
            "kata Bobby di Balai Kota Medan. | p:balai kota medan@2025-10-20",
    })
    void aVenueWrittenWithARegionsShortFormIsOnePlace(String text, String key) {
        List<String> keys = EventSignals.of(java.util.EnumSet.of(EventSignals.Kind.VENUE_DAYS))
                .keys(TestArticles.article("a", "detik", "2025-10-20T10:00:00+07:00", "Judul", text));
        // the name first; a name of four words or more is also keyed without one of its words (VenueNames.forms)
        assertEquals(key, keys.get(0), keys.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a venue of four words or more is also keyed without each of its words after the first
            "kata Gus Ipul di Kantor Pos Indonesia Cikini, Jumat. | p:kantor pos cikini@2025-10-20",
            "kata Gus Ipul di Kantor Pos Cikini, Jumat. | p:kantor pos cikini@2025-10-20",
            "ujarnya di Gedung Aneka Bakti Kemensos, Senin. | p:gedung aneka bakti@2025-10-20",
            "ujarnya di Gedung Aneka Bakti Kementerian Sosial, Senin. | p:gedung aneka bakti kementerian@2025-10-20",
    })
    void aVenueWrittenWithAWordMoreOrLessSharesAKey(String text, String key) {
        List<String> keys = EventSignals.of(java.util.EnumSet.of(EventSignals.Kind.VENUE_DAYS))
                .keys(TestArticles.article("a", "detik", "2025-10-20T10:00:00+07:00", "Judul", text));
        assertTrue(keys.contains(key), keys.toString());
        assertEquals(VenueNames.forms(keys.get(0).substring(2, keys.get(0).indexOf('@'))).size(), keys.size(), keys.toString());
    }

    @Test
    void theMainActorIsTheSpeakerQuotedMost() {
        String text = "Menteri Sosial Saifullah Yusuf menyebut bantuan cair pekan ini. Gubernur menyambut baik.";
        // speakers of the article's statements in order, expected key ("-": none)
        Object[][] table = {
                {List.of("Saifullah Yusuf", "Dedi Mulyadi", "Saifullah Yusuf"), "a:saifullah yusuf"},
                {List.of("Dedi Mulyadi", "Saifullah Yusuf"), "a:dedi mulyadi"},
                {java.util.Arrays.asList(null, "Saifullah Yusuf"), "a:saifullah yusuf"},
                {List.of(), "-"},
        };
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            List<String> speakers = (List<String>) row[0];
            List<dev.intisari.model.Quote> quotes = new java.util.ArrayList<>();
            for (String speaker : speakers) {
                quotes.add(new dev.intisari.model.Quote("q" + quotes.size(), speaker, null, "bantuan cair",
                        new dev.intisari.model.Span(0, 5), false, "menyebut", 0, null, null));
            }
            dev.intisari.model.Article plain = TestArticles.article("a", "detik", "2025-10-20T10:00:00+07:00", "Judul", text);
            dev.intisari.model.Article quoted = new dev.intisari.model.Article(plain.id(), plain.source(), plain.outlet(),
                    plain.url(), plain.title(), plain.published(), plain.language(), plain.flags(), plain.text(),
                    plain.headings(), plain.removed(), plain.credits(), plain.wire(), plain.related(), plain.sentences(),
                    plain.entities(), quotes, plain.dates(), plain.keyPoints());
            List<String> keys = EventSignals.of(java.util.EnumSet.of(EventSignals.Kind.ACTORS)).keys(quoted);
            assertEquals(row[1].equals("-") ? List.of() : List.of(row[1]), keys, speakers.toString());
        }
    }

    @Test
    void oddInputIsBounded() {
        String digits = "1.".repeat(50_000) + "2,".repeat(50_000) + "Rp".repeat(10_000);
        within(java.time.Duration.ofSeconds(2), () -> {
            EventSignals.numbers(digits, new LinkedHashSet<>());
            EventSignals.occasions("di " + "Besar ".repeat(20_000), new LinkedHashSet<>());
            String venues = "di Istana " + "Besar dan ".repeat(20_000) + "di" + " ".repeat(20_000);
            VenueNames.names(venues, venues.length(), new LinkedHashSet<>());
            String forums = "dalam Forum " + "Besar Forum ".repeat(20_000);
            VenueNames.names(forums, forums.length(), new LinkedHashSet<>(), new LinkedHashSet<>());
            EventSignals.statement("", new LinkedHashSet<>());
        });
    }
}
