package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** No mention holds half of a pair of brackets; an acronym's brackets end or start a name (made-up text). */
class BracketsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Badan Pengawas Pemilu (Bawaslu) mencatat ada 300 laporan dugaan politik uang di Sumatera Barat.
        Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Maluku Utara meminta warga melapor.
        Kepolisian Resor Kota (Polresta) Bogor Kota memusnahkan barang bukti narkoba pada Rabu.
        Perusahaan itu menjalin kerja sama dengan PT Pertamina (Persero). Kontraknya berlaku lima tahun.
        Kasus itu menyeret direksi PT Sumber Makmur Utama (PT SMU) Majalengka ke pengadilan.
        Petugas menutup Jalan Pantai Utara Jawa (Pantura) karena banjir setinggi lutut.
        Dinas Perhubungan (Dishub) DKI Jakarta menambah armada bus pada akhir pekan.
        Mengutip laporan ICW (Indonesia Corruption Watch), kerugian negara mencapai Rp 2 triliun.
        """)
    void everyMentionHasWholeBrackets(String text) {
        for (Entity e : EntityProbe.entities(text)) {
            for (Span s : e.mentions()) {
                String surface = s.of(text);
                assertEquals(count(surface, '('), count(surface, ')'), surface + " in " + EntityProbe.describe(text));
            }
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
