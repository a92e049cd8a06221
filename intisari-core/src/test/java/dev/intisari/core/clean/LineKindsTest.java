package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;
import dev.intisari.model.RemovedLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One boilerplate line between two body paragraphs: the line is removed with its kind, the body stays.
 * Examples are invented; each kind has several spellings.
 */
class LineKindsTest {
    private static final RuleLineCleaner CLEANER = new RuleLineCleaner();
    private static final String BEFORE = "Pemerintah Kota Bandung mulai memperbaiki jalan rusak di kawasan Gedebage pekan ini.";
    private static final String AFTER = "Perbaikan ditargetkan rampung sebelum musim hujan tiba, kata kepala dinas.";

    static CleanArticle cleanBetween(String line) {
        String text = BEFORE + "\n\n" + line + "\n\n" + AFTER;
        return CLEANER.clean(new RawArticle("t", "t", null, null, "Jalan Gedebage diperbaiki", null, null, text, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Baca juga: Wali kota tinjau banjir di Cicaheum | related",
        "BACA JUGA:  Tol Cisumdawu dibuka untuk mudik | related",
        "Baca Juga : Harga cabai naik jelang Lebaran | related",
        "[Baca juga: Stadion baru siap dipakai Persib] | related",
        "(Baca: Bus listrik mulai melayani rute Dago) | related",
        "Simak juga Video 'Banjir rendam ratusan rumah di Bandung':| related",
        "Tonton juga video \"Jembatan ambruk diterjang arus\" di sini:| related",
        "Lihat juga Video Warga gotong royong bersihkan saluran | related",
        "Artikel terkait: Pemkot siapkan dana darurat | related",
        "MEMBACA Rahasia Awet Muda Artis Korea yang Jarang Diketahui | related",
        "Penerjemah: Sari Wulandari | credit",
        "Editor: Budi Hartono | credit",
        "Redaktur: Dewi Lestari | credit",
        "Pewarta: Agus Salim | credit",
        "Reporter: Rina Marlina | credit",
        "Penulis: Yoga Pratama | credit",
        "Pewarta: Agus Salim • Editor: Dewi Lestari | credit",
        "(mdk/rnd) | credit",
        "Oleh: Hendra Gunawan | byline",
        "Sarah WilliamsKoresponden Asia Tenggara | byline",
        "Copyright © 2025 Kabar Priangan | copyright",
        "Hak cipta dilindungi undang-undang. | copyright",
        "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel ini. | copyright",
        "BERITA TERPOPULER | section",
        "Berita Terkait | section",
        "Tags: banjir, Bandung, infrastruktur | section",
        "Silakan baca konten menarik lainnya dari Kabar Priangan di Google News | promo",
        "Ikuti berita terkini dari kami di WhatsApp Channel | promo",
        "SCROLL TO CONTINUE WITH CONTENT | promo",
        "ADVERTISEMENT | promo",
        "Disclaimer: Artikel ini bukan ajakan membeli saham. | disclaimer",
        "— Disclosure : Kabar Priangan merupakan media partner acara Festival Kopi Bandung | disclaimer",
        "Sumber berita Reuters dan Kabar Dunia . | source-link",
        "Poin Utamanya: | section",
        "Simak Video: Warga bergotong royong membersihkan Sungai Cikapundung | related",
        "Sumber | source-link",
        "Sumber : | source-link",
        "*) Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi Kabar Priangan. | disclaimer",
        "Artikel ini adalah pendapat pribadi penulis. | disclaimer",
        "Informasi dalam artikel ini tidak ditujukan untuk menginspirasi siapa pun melakukan hal serupa. Jika Anda merasa tertekan, hubungi layanan konseling terdekat. | disclaimer",
        "Ikuti terus ulasan berita hangat kami yang disiarkan secara langsung (live streaming) setiap pagi. | promo",
        "Lalu apa rencana wali kota berikutnya? Saksikan selengkapnya dalam program Obrolan Kota hanya di kanal kami. | promo",
        "Punya pertanyaan soal rumah atau tanah? Tim properti kami bisa bantu jawab. Kirim lewat surel. | promo",
        "Artikel ini dibuat dengan bantuan kecerdasan buatan dan diperiksa redaksi. | disclaimer",
        "Foto: Warga melintasi jalan berlubang di Gedebage (Dok. Pemkot) | caption",
        "ANTARA FOTO/Raisan Al Farisi/nym. | caption",
        "Petugas memeriksa tanggul yang jebol. Anadolu via Getty Images | caption",
        "Andrei Petrov/Tass/Handout | caption",
        "Tautan Sumber | source-link",
        "Sumber: Reuters | source-link",
        "Kategori: Ekonomi, Daerah | section",
        "Kategorie: Wirtschaft, Region | section",
        "Quelle: Landesamt für Statistik | source-link",
        "Źródło: Główny Urząd Statystyczny | source-link",
        "Fuente: Ministerio de Salud | source-link",
        "Veröffentlicht: 12.05.2025 | date",
        "Publikacja: 12.05.2025 | date",
        "Artikel ini telah tayang di Kabar Priangan dengan judul Jalan Rusak | source-link",
        "Senin, 12 Mei 2025 10:15 WIB | date",
        "07 April 2024 18:30 | date",
        "KPB FOTO/Rizky Maulana/abc. | caption",
        "Warga menimba air dari sumur umum di Desa Cilimus, Kuningan, Senin (2/6/2025). Foto: Dok. Humas Desa Cilimus | caption",
        "Petani memanen padi di Indramayu, Rabu (4/6/2025). PRIANGAN FOTO/Dedi Suryadi/ds. | caption",
        "Lihat juga: Pasar Kosambi mulai direnovasi | related",
        "Follow Kabar Priangan di Instagram | promo",
        "Síguenos en Telegram, Instagram, Facebook y Twitter | promo",
        "Folgen Sie uns auf Instagram und Facebook | promo",
        "Untuk berita terbaru, download the Warta apps for iOS and Android. | promo",
        "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular | promo",
        "¡Mira lo que tiene nuestro canal de YouTube! | promo",
        "Penulis: Redaksi Priangan24 | credit",
        "Penulis: Tim Priangan24 | credit",
        "Admin | byline",
        "Sunday, June 1, 2025 - 09:30 GMT | date",
        "June 1, 2025 | date",
        "Khamis, 5 Jun 2025 10:15 PG | date",
        "Isnin, 2 Mac 2025 | date",
    })
    void removesWithKind(String line, String kind) {
        CleanArticle a = cleanBetween(line);
        List<RemovedLine> removed = a.removed();
        assertEquals(1, removed.size(), () -> "removed: " + removed);
        assertEquals(kind, removed.get(0).kind().label());
        assertEquals(3, removed.get(0).line());
        assertEquals(BEFORE + "\n\n" + AFTER, a.text());
    }

    /** Body lines that look like boilerplate but are not: never removed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Rahmat Hidayat | Selasa, 6 Mei 2025 14:05 WIB",
        "Kota • Senin, 12 Mei 2025 10:15 WIB • Sari Wulandari",
    })
    void metaLineWithADateIsRemoved(String line) {
        CleanArticle a = cleanBetween(line);
        assertEquals(BEFORE + "\n\n" + AFTER, a.text());
        assertEquals(1, a.removed().size(), a.removed().toString());
        assertEquals("date", a.removed().get(0).kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Skor akhir 2 | 1 untuk tuan rumah setelah laga pada Senin, 12 Mei 2025 yang berlangsung ketat.",
    })
    void sentenceWithABarAndADateStays(String line) {
        CleanArticle a = cleanBetween(line);
        assertTrue(a.text().contains(line), a.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sumber di kepolisian menyebutkan pelaku sudah diamankan sejak Minggu malam.",
        "Editor senior harian itu mengundurkan diri setelah 20 tahun bekerja.",
        "Baca juga tidak cukup, kata guru itu, siswa harus menulis setiap hari.",
        "Copywriter muda itu memenangi penghargaan periklanan tingkat Asia.",
        "Foto-foto kerusakan jembatan beredar luas di media sosial sejak Sabtu.",
        "Menurut dia, warga perlu mengikuti arahan petugas di lapangan.",
        "Ikuti arahan petugas, kata Kapolsek, agar evakuasi berjalan tertib.",
        "Oleh karena itu, pemerintah menunda pembangunan jalan tol tersebut.",
        "Berita terkait penipuan daring meningkat tajam tahun ini, kata polisi.",
        "Pada 12 Mei 2025 pukul 10.15 WIB, hujan deras mulai mengguyur kota.",
        "Dia menambahkan, 'Tautan sumber dana itu harus ditelusuri sampai tuntas.'",
        "Video amatir warga memperlihatkan detik-detik jembatan runtuh ke sungai.",
        "Lihat saja kondisi jalan di depan pasar, rusak parah sejak tahun lalu.",
        "Admin grup itu kemudian mengeluarkan anggota yang menyebarkan hoaks.",
        "Warga sudah mengungsi sejak Senin (2/6/2025) karena air terus naik.",
        "Petugas memotret lokasi, lalu mengirim foto/video ke posko utama.",
        "1. Warga diminta menjauhi bantaran sungai selama hujan deras",
        "- Kami tidak akan mundur, kata Ketua RT setempat.",
        "Jurnalis dilarang mengambil gambar di dalam ruang sidang oleh hakim ketua.",
        "Istilah volonté générale dipakai Rousseau untuk kehendak umum rakyat.",
        "Stasiun televisi itu membuka kanal baru untuk siaran olahraga daerah.",
        "Warga diminta mengunduh aplikasi kami, kata direktur perusahaan itu.",
        "Sumber berita itu menyebutkan rapat digelar tertutup pada Senin malam.",
        "Saksikan saja, kata pelatih itu, timnya akan bermain menyerang sejak awal.",
        "Punya pertanyaan yang belum terjawab, warga mendatangi kantor kelurahan.",
        "Poin utama kesepakatan itu adalah penurunan tarif impor beras.",
        "Lihat video itu, kata Kapolsek, pelaku terekam jelas oleh kamera pengawas.",
        "Kebijakan ini tidak ditujukan untuk mendorong warga pindah, kata wali kota.",
        "Menurut dia, opini pribadi pejabat tidak boleh mencerminkan sikap lembaga.",
        "Sumber air bersih warga kini hanya satu sumur bor di ujung kampung.",
    })
    void keepsBodyLines(String line) {
        CleanArticle a = cleanBetween(line);
        assertTrue(a.removed().isEmpty(), () -> "removed: " + a.removed());
        assertTrue(a.text().contains(line));
    }
}
