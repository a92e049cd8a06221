package dev.intisari.core.time;

import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Published;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.Sentence;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyrightYearEstimatorTest {
    private final CopyrightYearEstimator estimator = new CopyrightYearEstimator(new RuleDateTagger());

    private static TokenizedText text(String body) {
        List<Token> tokens = new RuleTokenizer().tokenize(body);
        List<Sentence> sentences = new RuleSentenceSplitter().split(body, tokens, List.of());
        return new TokenizedText(body, List.of(), sentences, tokens);
    }

    private static List<RemovedLine> copyright(String line) {
        return List.of(new RemovedLine("Baca juga: Harga cabai naik", RemovalKind.RELATED, 3),
                new RemovedLine(line, RemovalKind.COPYRIGHT, 9));
    }

    // Own example sentences; the expected days are checked by hand against the calendar (date -d).
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a written date with its year
        "Banjir merendam tiga desa pada 14 Februari 2025. Warga mengungsi ke balai desa.|© 2025 Warta Contoh|2025-02-14",
        // day and month without a year take the copyright year; the latest one counts
        "Rapat digelar pada 3 Maret. Keputusan diumumkan Kamis (27/3) di Jakarta.|Copyright © 2025 Warta Contoh|2025-03-27",
        // a year range: the latest year is the page's year
        "Gempa terjadi pada 9 Januari lalu, kata petugas.|Copyright © 2008-2024 Warta Contoh. All rights reserved|2024-01-09",
        // a later day in a sentence about the future does not count
        "Pendaftaran dibuka 2 Mei. Pengumuman akan disampaikan pada 20 Juni.|Hak Cipta © 2025 Warta Contoh|2025-05-02",
        // a plan in another clause of the sentence does not make its date future
        "Dalam rapat di Bogor pada 18 Maret, menteri mengatakan pemerintah berencana menambah anggaran.|© 2025 Warta Contoh|2025-03-18",
        "Festival itu dijadwalkan berlangsung 30 Juni mendatang. Panitia rapat pada 10 Juni.|© 2025 Warta Contoh|2025-06-10",
        // the end of a period or a deadline does not count
        "Keringanan pajak dimulai 1 Juli dan berlaku hingga 31 Desember 2025.|© 2025 Warta Contoh|2025-07-01",
        "Peserta ditahan sejak 21 Oktober 2025 sampai 9 November 2025, kata jaksa.|© 2025 Warta Contoh|2025-10-21",
        // a weekday parted from its date by a comma keeps the clause's future word
        "Warga rapat pada 2 Oktober. Lomba itu dijadwalkan berlangsung pada Sabtu, 15 November 2025.|© 2025 Warta Contoh|2025-10-02",
        // a day early in the year, which the tagger reads as upcoming from 31 December, stays in the year
        "Rapat digelar pada 3 Maret. Warga pulang ke rumah masing-masing.|© 2025 Warta Contoh|2025-03-03",
        "Banjir melanda pada 2 Januari dan surut pada 9 Januari.|© 2025 Warta Contoh|2025-01-09",
        // a day of another year does not count
        "Kasus ini bermula pada 12 Agustus 2023. Sidang lanjutan digelar 4 Februari 2025.|© 2025 Warta Contoh|2025-02-04",
    })
    void latestPastDayOfTheCopyrightYear(String body, String line, String expected) {
        Optional<Published> estimate = estimator.estimate(text(body), copyright(line));
        assertEquals(new Published(expected, "copyright"), estimate.orElseThrow());
    }

    @Test
    void relativeWordsAndBareWeekdaysGiveNoEstimate() {
        String body = "Presiden meresmikan jembatan itu pada Kamis. Kemarin warga sudah melintas, dan pekan lalu uji beban selesai.";
        assertTrue(estimator.estimate(text(body), copyright("© 2025 Warta Contoh")).isEmpty());
    }

    @Test
    void noCopyrightLineGivesNoEstimate() {
        String body = "Banjir merendam tiga desa pada 14 Februari 2025.";
        assertTrue(estimator.estimate(text(body), List.of(new RemovedLine("Redaktur: Ani", RemovalKind.CREDIT, 2))).isEmpty());
    }

    @Test
    void copyrightOfAnotherYearThanTheBodyGivesNoEstimate() {
        String body = "Banjir merendam tiga desa pada 14 Februari 2019. Warga mengungsi.";
        assertTrue(estimator.estimate(text(body), copyright("© 2025 Warta Contoh")).isEmpty());
    }

    @Test
    void yearOfTheCopyrightLine() {
        assertEquals(2024, CopyrightYearEstimator.copyrightYear(copyright("Copyright © 1999 - 2024 PT Contoh Media")));
        assertEquals(-1, CopyrightYearEstimator.copyrightYear(copyright("Copyright © Warta Contoh")));
    }

    @Test
    void oddInputDoesNotThrow() {
        assertTrue(estimator.estimate(text(""), copyright("© 2025")).isEmpty());
        assertTrue(estimator.estimate(text("31/2 dan 99/99 serta (27/"), copyright("© 2025")).isEmpty());
    }
}
