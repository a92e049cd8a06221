package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules that read a line's neighbours: captions before photo credits, numbered lists, closing signatures. */
class NeighbourRulesTest {
    private static final RuleLineCleaner CLEANER = new RuleLineCleaner();

    private static CleanArticle text(String text) {
        return CLEANER.clean(new RawArticle("t", "t", null, null, "Judul", null, null, text, null));
    }

    private static List<RemovalKind> kinds(CleanArticle a) {
        return a.removed().stream().map(RemovedLine::kind).toList();
    }

    @Test
    void captionBeforeAnAgencyCreditThenTheDateline() {
        CleanArticle a = text("""
                Petani memanen padi di sawah Desa Sukaraja, Kabupaten Cirebon, Rabu (4/6/2025).

                KPB FOTO/Rizky Maulana/abc.

                Cirebon (KPB) - Panen raya dimulai lebih awal karena curah hujan cukup sepanjang musim tanam.

                Dinas pertanian memperkirakan hasil panen naik sepuluh persen.""");
        assertEquals(List.of(RemovalKind.CAPTION, RemovalKind.CAPTION, RemovalKind.DATELINE), kinds(a));
        assertEquals("Cirebon", a.place());
        assertEquals("KPB", a.outlet());
        assertTrue(a.text().startsWith("Panen raya dimulai"), a.text());
    }

    @Test
    void aDatedSentenceWithoutACreditStays() {
        CleanArticle a = text("""
                Petugas menutup jalan di Desa Sukaraja, Rabu (4/6/2025).

                Warga diminta memakai jalur alternatif selama perbaikan.""");
        assertTrue(a.removed().isEmpty(), a.removed().toString());
    }

    @Test
    void numberedHeadlinesAfterASectionLabelAreRelated() {
        CleanArticle a = text("""
                Pemerintah kota mulai memperbaiki saluran air di kawasan pasar pekan ini.

                BERITA TERPOPULER

                1. Harga Bawang Merah Turun di Pasar Kosambi

                2. Jadwal Kereta Tambahan Selama Libur Panjang""");
        assertEquals(List.of(RemovalKind.SECTION, RemovalKind.RELATED, RemovalKind.RELATED), kinds(a));
        assertEquals(List.of("Harga Bawang Merah Turun di Pasar Kosambi", "Jadwal Kereta Tambahan Selama Libur Panjang"),
                a.related());
        assertEquals("Pemerintah kota mulai memperbaiki saluran air di kawasan pasar pekan ini.", a.text());
    }

    @Test
    void aNumberedListInTheBodyStays() {
        CleanArticle a = text("""
                Petugas memberi tiga imbauan kepada warga.

                1. Jauhi bantaran sungai selama hujan deras

                2. Simpan dokumen penting di tempat tinggi""");
        assertTrue(a.removed().isEmpty(), a.removed().toString());
    }

    @Test
    void aClosingAgencySignatureIsASourceLink() {
        CleanArticle a = text("""
                Topan itu diperkirakan melemah setelah mencapai daratan pada Senin malam.

                - Kabar Dunia""");
        assertEquals(List.of(RemovalKind.SOURCE_LINK), kinds(a));
    }

    @Test
    void aColumnistsSignatureGluedToAPositionIsAByline() {
        CleanArticle a = text("""
                Pemilu yang jujur dimulai dari partai yang mendidik kadernya sendiri.

                Rina Kartika.Dosen Ilmu Pemerintahan Universitas Contoh

                Tonton juga video "Partai bicara soal kaderisasi" di sini:""");
        assertEquals(List.of(RemovalKind.BYLINE, RemovalKind.RELATED), kinds(a));
        assertEquals(List.of("Rina Kartika"), a.credits().author());
        assertEquals("Pemilu yang jujur dimulai dari partai yang mendidik kadernya sendiri.", a.text());
        assertEquals(List.of(RemovalKind.BYLINE), kinds(text("""
                Kota harus ramah bagi pejalan kaki.

                Dr. Budi Santoso,Wakil Ketua Dewan Kota Contoh""")));
    }

    @Test
    void anAuthorNoteAfterTheFootnoteMarkIsAByline() {
        CleanArticle a = text("""
                Sekolah harus menjadi ruang aman bagi murid dan guru.

                *)Rina Kartika, pemerhati pendidikan dan pengajar di Universitas Contoh.

                *) Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi.""");
        assertEquals(List.of(RemovalKind.BYLINE, RemovalKind.DISCLAIMER), kinds(a));
        assertEquals(List.of("Rina Kartika"), a.credits().author());
        assertEquals("Sekolah harus menjadi ruang aman bagi murid dan guru.", a.text());
        CleanArticle b = text("""
                Produksi beras naik tiga persen dibanding tahun lalu.

                *) Angka sementara, data dihimpun sampai akhir Juni.""");
        assertTrue(b.removed().isEmpty(), b.removed().toString());
    }

    @Test
    void aClosingSentenceThatStartsWithANameAndAPositionStays() {
        CleanArticle a = text("""
                Rapat ditutup menjelang tengah malam.

                Budi Santoso, Kepala Dinas Perhubungan, mengatakan jalan itu dibuka kembali besok.""");
        assertTrue(a.removed().isEmpty(), a.removed().toString());
        CleanArticle b = text("""
                Ketua Dewan Kota, Budi Santoso, menutup rapat.

                Sidang berikutnya digelar pekan depan.""");
        assertTrue(b.removed().isEmpty(), b.removed().toString());
    }

    @Test
    void aProgrammesSloganAfterItsPromotionIsPromotion() {
        CleanArticle a = text("""
                Harga cabai turun di pasar induk.

                Ikuti terus ulasan berita ekonomi kami yang disiarkan secara langsung (live streaming) setiap sore.

                "Kabar Sore, Tetap Segar!\"""");
        assertEquals(List.of(RemovalKind.PROMO, RemovalKind.PROMO), kinds(a));
        CleanArticle b = text("""
                Warga menyambut tim dengan spanduk.

                "Kami bangga sekali!\"""");
        assertTrue(b.removed().isEmpty(), b.removed().toString());
    }
}
