package dev.intisari.core.time;

import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.Credits;
import dev.intisari.model.Published;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatedSentenceTimelineTest {
    /** The hand count of a statement's words is the regular expression's, on fixed and random texts. */
    @Test
    void whitespaceWordsCountsAsTheRegexSplits() {
        List<String> texts = new ArrayList<>(List.of("", "a", "Presiden hadir", "dua  spasi\tdan\ntab",
                "akhir\u000Bvertikal\fform\rcr", "tanpa\u00A0nbsp", "satu,dua;tiga"));
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab \t\n\u000B\f\r\u00A0,";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString().strip());
        }
        for (String t : texts) {
            assertEquals(t.split("\\s+").length, DatedSentenceTimeline.whitespaceWords(t), "'" + t + "'");
        }
    }

    private final RuleDateTagger tagger = new RuleDateTagger();
    private final DatedSentenceTimeline timeline = new DatedSentenceTimeline();

    /** An article whose sentences are the lines of {@code text}, dated by the tagger. */
    private Article article(String id, String published, String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                sentences.add(new Sentence(sentences.size(), new Span(start, start + line.length())));
            }
            start += line.length() + 1;
        }
        LocalDate anchor = LocalDate.parse(published);
        return new Article(id, id, "outlet-" + id, null, null, Published.of(anchor, "jsonl"), "id", List.of(), text,
                List.of(), List.of(), Credits.NONE, List.of(), List.of(), sentences, List.of(), List.of(),
                tagger.tag(text, anchor), List.of());
    }

    @Test
    void sameEventFromTwoOutletsIsOneEntryCitingBoth() {
        Article a = article("a", "2024-06-12", String.join("\n",
                "Banjir bandang melanda Kecamatan Sukamaju pada Senin (10/6) dan merendam ratusan rumah warga.",
                "Hari ini tim gabungan masih mendata kerugian warga di lokasi pengungsian."));
        Article b = article("b", "2024-06-13", String.join("\n",
                "Ratusan rumah warga di Kecamatan Sukamaju terendam banjir bandang pada Senin (10/6) malam.",
                "Pemerintah kabupaten akan membangun tanggul baru pada Agustus mendatang untuk mencegah banjir."));
        List<TimelineEntry> entries = timeline.build(List.of(a, b));
        assertEquals(List.of("2024-06-10", "2024-08"), entries.stream().map(TimelineEntry::date).toList());
        assertEquals(List.of(new Citation("a", 0), new Citation("b", 0)), entries.get(0).citations());
        assertEquals(List.of(new Citation("b", 1)), entries.get(1).citations());
    }

    @Test
    void differentEventsOnOneDayStaySeparate() {
        Article a = article("a", "2024-06-12", String.join("\n",
                "Gubernur meresmikan jembatan baru di Kabupaten Garut pada Senin (10/6) pagi bersama warga.",
                "Di tempat lain, polisi menangkap tiga pelaku pencurian motor di Bandung pada Senin (10/6)."));
        assertEquals(2, timeline.build(List.of(a)).size());
    }

    @Test
    void aReferencePointAfterSejakDatesNoSentenceButAnOnsetDoes() {
        Article a = article("a", "2024-04-05", String.join("\n",
                "Percakapan telepon itu menjadi kontak pertama antara kedua menteri pertahanan sejak Oktober 2022.",
                "Inflasi bulan lalu tercatat tertinggi sejak 2019 menurut data badan statistik nasional.",
                "Harga beras di pasar induk kota itu terus naik sejak Senin (1/4) karena pasokan berkurang.",
                "Kedua menteri itu terakhir bertemu di Brussel pada Februari 2023 untuk membahas bantuan."));
        List<TimelineEntry> entries = timeline.build(List.of(a));
        assertEquals(List.of("2023-02", "2024-03", "2024-04-01"), entries.stream().map(TimelineEntry::date).toList());
        assertEquals(List.of(new Citation("a", 3), new Citation("a", 1), new Citation("a", 2)),
                entries.stream().map(e -> e.citations().get(0)).toList());
    }

    @Test
    void historyToldAsBackgroundGivesWayToRecentStatementsButFillsAShortTimeline() {
        String history = "Syarat calon memuat kesetiaan pada cita-cita Proklamasi 17 Agustus 1945 dan Pancasila.";
        String[] places = {"Sukamaju", "Cibiru", "Mekarsari", "Sindangjaya", "Karangtengah", "Sukaraja",
            "Cikalong", "Margahayu", "Pasirjati", "Rancaekek", "Cileunyi", "Jatinangor"};
        List<Article> full = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of(history));
        for (int day = 1; day <= places.length; day++) {
            lines.add("Warga " + places[day - 1] + " menggelar musyawarah soal irigasi sawah pada " + day
                    + " September 2025 di balai " + places[day - 1].toLowerCase(java.util.Locale.ROOT) + ".");
            if (lines.size() == 4) {
                full.add(article("a" + day, "2025-09-16", String.join("\n", lines)));
                lines.clear();
            }
        }
        Article other = article("b", "2025-09-16", String.join("\n", history,
                "Proyek itu dimulai pada Maret 2011 dan sempat terhenti karena kasus korupsi."));
        full.add(other);
        List<String> fullDates = timeline.build(full).stream().map(TimelineEntry::date).toList();
        assertEquals(12, fullDates.size());
        assertTrue(fullDates.stream().noneMatch(d -> d.startsWith("1945")), fullDates.toString());
        assertEquals(List.of("1945-08-17", "2011-03"),
                timeline.build(List.of(other)).stream().map(TimelineEntry::date).toList());
    }

    @Test
    void aSentenceThatBeginsInsideAQuotationMakesNoEntryOfItsOwn() {
        Article a = article("a", "2025-04-30", String.join("\n",
                "\"Kami sudah menyerahkan semua dokumen kepada penyidik. Itu semua sudah disampaikan,\" kata "
                        + "pengacara itu di Mapolda, Rabu (30/4/2025).",
                "\u201cSidang berikutnya digelar pekan depan,\u201d ujar hakim ketua kepada wartawan, Selasa (29/4/2025).",
                "Ia menyebut istilah \"darurat\" dipakai pemerintah daerah sejak Senin (28/4/2025) karena banjir."));
        Article split = article("b", "2025-04-30", String.join("\n",
                "\"Kami sudah menyerahkan semua dokumen kepada penyidik.",
                "Itu semua sudah disampaikan kepada tim penyidik,\" kata pengacara itu di Mapolda, Rabu (30/4/2025)."));
        assertEquals(List.of("2025-04-28", "2025-04-29", "2025-04-30"),
                timeline.build(List.of(a)).stream().map(TimelineEntry::date).toList());
        assertEquals(List.of(), timeline.build(List.of(split)));
    }

    @Test
    void aWeekDatesItsSentenceByTheMonthAndAWeekendByItsSaturday() {
        Article a = article("a", "2025-04-15", String.join("\n",
                "Rapat koordinasi penanganan banjir digelar pekan lalu di kantor gubernur provinsi.",
                "Pasar murah untuk warga terdampak digelar akhir pekan lalu di alun-alun kota itu.",
                "Pekan depan, tim gabungan mulai mengeruk sungai yang meluap di pusat kota."));
        assertEquals(List.of("2025-04", "2025-04", "2025-04-12"), timeline.build(List.of(a)).stream().map(TimelineEntry::date).toList());
    }

    @Test
    void publicationDayBoilerplateIsNoEvent() {
        Article a = article("a", "2024-06-12", "Hari ini harga cabai di pasar tradisional kota itu terus naik tajam.");
        assertEquals(List.of(), timeline.build(List.of(a)));
    }

    @Test
    void entriesAreCutFromTheirSentencesAndCapped() {
        StringBuilder text = new StringBuilder();
        for (int day = 1; day <= 28; day++) {
            text.append("Pada ").append(day).append(" Mei 2024, petugas mencatat kenaikan debit air sungai ke-")
                    .append(day).append(" di pintu air utama kota, sementara warga di bantaran sungai diminta tetap")
                    .append(" waspada terhadap banjir susulan, menyiapkan tas siaga, dan memantau informasi resmi")
                    .append(" dari badan penanggulangan bencana daerah setiap jam sepanjang hari itu juga.\n");
        }
        List<Article> articles = List.of(article("a", "2024-06-01", text.toString()),
                article("b", "2024-06-02", text.toString().replace("petugas", "relawan")));
        List<TimelineEntry> entries = timeline.build(articles);
        assertTrue(entries.size() <= 12 && !entries.isEmpty(), "entries " + entries.size());
        for (TimelineEntry e : entries) {
            Citation first = e.citations().get(0);
            Article from = articles.stream().filter(x -> x.id().equals(first.article())).findFirst().orElseThrow();
            assertTrue(from.sentenceText(first.sentence()).contains(e.text()), e.text());
            assertTrue(e.text().length() <= 280, e.text());
        }
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).date().compareTo(entries.get(i).date()) <= 0);
        }
    }

    @Test
    void emptyStoryHasNoTimeline() {
        assertEquals(List.of(), timeline.build(List.of()));
        assertEquals(List.of(), timeline.build(List.of(article("a", "2024-06-12", "Tanpa tanggal sama sekali di sini."))));
    }
}
