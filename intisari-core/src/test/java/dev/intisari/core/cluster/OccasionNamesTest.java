package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OccasionNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kata Presiden dalam Sidang Kabinet Paripurna di Istana Negara, Senin. | rapat kabinet;rapat kabinet paripurna",
            "ujar dia dalam rapat kabinet paripurna, Senin. | rapat kabinet;rapat kabinet paripurna",
            "Menteri hadir di Sidang Kabinet 1 Tahun Pemerintahan | rapat kabinet",
            "agenda sidang kabinet ini disampaikan | rapat kabinet",
            "dalam konferensi pers APBN KiTa di Jakarta | konferensi pers apbn;konferensi pers apbn kita",
            "dalam konferensi pers di kantornya | ",
            "saat rapat dengar pendapat Komisi IV DPR | rdp komisi;rdp komisi iv;rdp komisi iv dpr",
            "sidang vonis kasus korupsi digelar | ",
            "rapat yang digelar tertutup | ",
            "Forum Bisnis HIPMI 2025 | forum bisnis;forum bisnis hipmi",
            "hal itu akan dibahas dalam rapat pekan depan | ",
            "sidang bulan lalu ditunda | ",
            "rapat selanjutnya dijadwalkan Kamis | ",
            "rapat dimulai sekitar pukul 10.00 | ",
            "dalam rapat internal partai | ",
            "sidang dugaan korupsi tol | ",
            "rapat koordinasi pengendalian inflasi daerah | rakor pengendalian;rakor pengendalian inflasi;rakor pengendalian inflasi daerah",
            // scheduled sporting occasions (made-up examples)
            "menghadapi Madrid di partai final Liga Champions , Sabtu | final liga/champions;final liga champions",
            "laga final Piala Presiden di Stadion Manahan | final piala/presiden;final piala presiden",
            "Rossi finis kelima di MotoGP Prancis , Minggu | gp prancis",
            "hasil kualifikasi GP Italia di Mugello | gp italia",
            "tiket semifinal Piala AFF , kata panitia | semifinal piala/aff;semifinal piala aff",
            "skor final 2-1 untuk tuan rumah | ",
            // a class word ("piala", "cerai", "film") takes the next name word with it (made-up examples, session 16)
            "Korea lolos ke final Piala Sudirman usai menang | final piala/sudirman;final piala sudirman",
            "jelang final Piala FA di Wembley | final piala/fa;final piala fa",
            "sidang cerai Aming digelar di PA Jakarta Selatan | rapat cerai/aming;rapat cerai aming",
            "sidang cerai di Pengadilan Agama | rapat cerai",
            "tampil di final tunggal putri hari ini | final tunggal putri",
            "hadir di festival film internasional Tokyo | festival film/tokyo;festival film internasional/tokyo;festival film internasional tokyo",
    })
    void namesOccasionsByHeadAndNamingWords(String text, String expected) {
        Set<String> names = new LinkedHashSet<>();
        OccasionNames.names(text, names);
        Set<String> want = expected == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(expected.split(";")));
        assertEquals(want, names);
    }

    @Test
    void oddInputIsQuick() {
        Set<String> names = new LinkedHashSet<>();
        OccasionNames.names("", names);
        OccasionNames.names("rapat " + "rapat ".repeat(50_000), names);
        OccasionNames.names("Sidang-", names);
        assertTrue(names.isEmpty());
    }
}
