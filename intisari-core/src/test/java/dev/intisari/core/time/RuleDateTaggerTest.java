package dev.intisari.core.time;

import dev.intisari.model.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.intisari.core.CpuBound.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleDateTaggerTest {
    private final RuleDateTagger tagger = new RuleDateTagger();

    /** Each row: anchor (publication date), sentence, expected mentions as "text=value" joined by " ; ". */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            2017-03-28 | Rapat digelar di Gedung DPR, Senin (27/3). | Senin (27/3)=2017-03-27
            2017-03-28 | Kesepakatan itu diteken pada 27 Maret 2017 di Jakarta. | 27 Maret 2017=2017-03-27
            2017-03-28 | Surat itu bertanggal 27/3/2017. | 27/3/2017=2017-03-27
            2017-03-28 | Pada 13 Maret lalu, polisi menangkap dua tersangka. | 13 Maret lalu=2017-03-13
            2017-03-28 | Sidang perdana dibuka pada 27 Maret. | 27 Maret=2017-03-27
            2017-03-28 | Harga cabai naik sejak bulan Februari. | bulan Februari=2017-02
            2017-03-28 | Pabrik itu mulai beroperasi Oktober 2022. | Oktober 2022=2022-10
            2017-03-28 | Ekspor turun tajam tahun lalu. | tahun lalu=2016
            2017-03-28 | Inflasi bulan lalu tercatat 0,2 persen. | bulan lalu=2017-02
            2017-03-28 | Ia ditangkap pekan lalu di Bandung. | pekan lalu=2017-03-21
            2017-03-28 | Banjir melanda kawasan itu kemarin. | kemarin=2017-03-27
            2017-03-28 | Hari ini presiden meresmikan bendungan. | Hari ini=2017-03-28
            2017-03-28 | Besok tim bertolak ke Surabaya, lusa bertanding. | Besok=2017-03-29 ; lusa=2017-03-30
            2017-03-28 | Ia mengatakan hal itu pada hari Jumat. | hari Jumat=2017-03-24
            2017-03-28 | Kamis, pihak kepolisian merilis hasil otopsi. | Kamis=2017-03-23
            2017-03-28 | Menteri akan berkunjung ke Papua pada Kamis. | Kamis=2017-03-30
            2017-03-28 | Jumat depan pemerintah mengumumkan hasilnya. | Jumat depan=2017-03-31
            2017-03-28 | Senin lalu ia diperiksa penyidik. | Senin lalu=2017-03-27
            2017-03-28 | Minggu lalu harga beras naik. | Minggu lalu=2017-03-21
            2017-03-28 | Ia tiba di Jakarta pada Minggu (26/3) malam. | Minggu (26/3)=2017-03-26
            2017-03-28 | Harga tiket naik minggu ini. | minggu ini=2017-03-28
            2017-03-28 | Dua hari lalu gempa mengguncang Sulawesi. | Dua hari lalu=2017-03-26
            2017-03-28 | Kebakaran terjadi tiga minggu lalu. | tiga minggu lalu=2017-03-07
            2017-03-28 | Konser digelar akhir pekan lalu. | akhir pekan lalu=2017-03-25
            2017-03-28 | Hujan lebat berpotensi turun hingga akhir pekan. | akhir pekan=2017-04-01
            2017-03-28 | Harga cabai biasanya naik menjelang akhir pekan. | akhir pekan=2017-04-01
            2017-03-28 | Ribuan warga memadati alun-alun pada akhir pekan. | akhir pekan=2017-03-25
            2017-03-28 | Hujan deras telah mengguyur kota itu sejak Jumat hingga akhir pekan. | Jumat=2017-03-24 ; akhir pekan=2017-03-25
            2017-03-27 | Banjir merendam kota itu sampai akhir pekan, kata petugas. | akhir pekan=2017-03-25
            2017-03-28 | Rapat lanjutan digelar pekan depan. | pekan depan=2017-04-04
            2017-03-28 | Tarif baru berlaku bulan depan. | bulan depan=2017-04
            2017-03-28 | Aturan itu terbit pada tahun 2020. | tahun 2020=2020
            2017-03-28 | Proyek dimulai awal Maret. | awal Maret=2017-03
            2017-03-28 | Pemilu berikutnya digelar pertengahan 2024. | pertengahan 2024=2024
            2017-03-28 | Musik itu populer pada 1990-an. | 1990-an=null
            2017-03-28 | Ia dipenjara selama tiga setengah tahun. |
            2017-03-28 | Proyek itu molor 42 bulan dari jadwal. |
            2017-03-28 | Perbaikan berlangsung selama dua pekan. |
            2017-03-28 | Hasilnya keluar dalam 10 hari. |
            2017-03-28 | Rapat dimulai pukul 10.00 WIB. |
            2017-03-28 | Tersangka Liu Mei diperiksa penyidik. |
            2017-03-28 | Jemaah memadati masjid usai salat Jumat. |
            2017-03-28 | Kantor pelayanan buka Senin-Jumat. |
            2017-03-28 | Setiap hari Rabu petugas memberi penyuluhan. |
            2017-03-28 | Setiap tahun jumlah wisatawan naik. |
            2017-03-28 | Beberapa tahun lalu ia pindah ke Medan. |
            2017-03-28 | Skor 31/2 dan kode 99/99 bukan tanggal. |
            2017-03-28 | Sebanyak 2017 warga mengungsi. |
            2017-03-28 | Pemerintah mengumumkan kebijakan itu pada Mei. | Mei=2017-05
            2017-03-28 | Pemerintah mengumumkan kebijakan itu pada Juli. | Juli=2016-07
            2017-03-28 | Kejadiannya pada 23 Agustus tahun lalu. | 23 Agustus tahun lalu=2016-08-23
            2017-03-28 | Laporan keluar 1 April. | 1 April=2017-04-01
            2017-03-28 | Sisa waktu tinggal tiga bulan lagi. |
            2017-03-28 | Larangan jam malam ini diprotes warga. |
            2017-03-28 | Kereta berangkat setiap Jumat pukul 20.45 dan kembali pada Minggu pukul 20.00. |
            2017-03-28 | Tarif itu diatur Undang-Undang Nomor 17 Tahun 2003. |
            2017-03-28 | Kasus serupa terjadi pada 2008, 2009, dan 2011. | 2008=2008 ; 2009=2009 ; 2011=2011
            2025-10-20 | Aksi digelar Senin (20/10/2026) siang. | Senin (20/10/2026)=2025-10-20
            2017-03-28 | Sejak 2019, jumlahnya terus naik. | 2019=2019
            2017-03-28 | Kontrak berlaku hingga Maret 2022. | Maret 2022=2022-03
            2017-03-28 | Putusan dibacakan Kamis, 23 Maret 2017. | Kamis, 23 Maret 2017=2017-03-23
            2017-03-28 | Tim tiba hari ini, Selasa (28/3). | hari ini=2017-03-28 ; Selasa (28/3)=2017-03-28
            2017-03-28 | Penjualan kuartal I 2017 naik. | kuartal I 2017=2017
            2017-03-28 | Setahun lalu ia masih bekerja di Bali. | Setahun lalu=2016
            2017-03-28 | Ia lahir pada 29 Februari. | 29 Februari=2016-02-29
            2017-03-28 | Warga diminta waspada hingga akhir Maret mendatang. | akhir Maret mendatang=2017-03
            2017-03-28 | Investasi naik dua kali lipat dibanding 2016. | 2016=2016
            2017-03-28 | Pesawat mendarat Jum'at (24/3) pagi. | Jum'at (24/3)=2017-03-24
            2017-03-28 | Kejadian itu terjadi tanggal 20. | tanggal 20=2017-03-20
            2017-03-28 | Dua hari kemudian ia dibebaskan. |
            2017-03-28 | Ekonomi tumbuh pada periode 2015-2016. | 2015=2015 ; 2016=2016
            2017-03-28 | Acara berlangsung 27-29 Maret 2017. | 27-29 Maret 2017=2017-03
            2024-04-04 | Pertandingan digelar Rabu (3/4) malam. | Rabu (3/4)=2024-04-03
            2024-04-04 | Harga naik 2,5 persen pada Rabu. | Rabu=2024-04-03
            2025-01-03 | Pada 30 Desember lalu, hujan deras turun. | 30 Desember lalu=2024-12-30
            2025-01-03 | Angka itu dicatat pada bulan Desember. | bulan Desember=2024-12
            2025-01-03 | Kapal tenggelam Senin (30/12). | Senin (30/12)=2024-12-30
            2016-12-27 | Tenggat berakhir 17 Januari. | 17 Januari=2017-01-17
            2025-10-17 | Bantuan untuk Oktober, November, dan Desember cair. | Oktober=2025-10 ; November=2025-11 ; Desember=2025-12
            2025-10-21 | Realisasi belanja hingga kuartal III-2025 lambat. | kuartal III-2025=2025
            2018-01-09 | Skandal itu pecah di penghujung 2017. | penghujung 2017=2017
            2017-09-28 | "Besok dia akan hadir," kata juru bicara polisi, Selasa (26/9/2017). | Besok=2017-09-27 ; Selasa (26/9/2017)=2017-09-26
            2017-09-28 | Besok dia hadir, kata juru bicara polisi, Selasa (26/9/2017). | Besok=2017-09-29 ; Selasa (26/9/2017)=2017-09-26
            2025-10-22 | Pasal itu ada dalam KUHP Tahun 2023 dan UUD Tahun 1945. |
            2025-10-22 | Target itu berlaku di tahun-tahun mendatang. |
            2025-10-22 | Perda disahkan di ruang sidang DPRD, (20/10). | (20/10)=2025-10-20
            2025-10-22 | Suku bunga turun pada Mei dan Juli 2025. | Mei=2025-05 ; Juli 2025=2025-07
            2025-10-22 | Ia menjabat komisaris 2006 sampai 2023. | 2006=2006 ; 2023=2023
            2025-09-04 | Dialog berlangsung pada Rabu (4/9). | Rabu (4/9)=2025-09-04
            2025-10-22 | Rapat anggaran digelar Rabu (15/5). | Rabu (15/5)=2024-05-15
            2025-10-22 | Juara pada musim 2014/2015 dan musim 2019. | 2019=2019
            2016-12-27 | Laporan rampung pada Januari. | Januari=2017-01
            2025-01-03 | Rencana itu akan diumumkan Februari mendatang. | Februari mendatang=2025-02
            2025-10-21 | Persib bertandang ke Stadion 17 Mei Banjarmasin pada Minggu (26/10). | Minggu (26/10)=2025-10-26
            2025-10-21 | Mahasiswa Universitas 17 Agustus 1945 Surabaya ikut berunjuk rasa. |
            2025-10-21 | Polisi menutup Jl. 10 November dan Jalan 17 Agustus sejak pagi. |
            2025-10-21 | Jalan 17 Agustus ditutup pada 20 Oktober untuk kirab budaya. | 20 Oktober=2025-10-20
            2025-10-21 | Upacara digelar pada 17 Agustus 2025 di lapangan kantor bupati. | 17 Agustus 2025=2025-08-17
            2025-10-21 | Peringatan Hari Pahlawan 10 November digelar di Surabaya. | 10 November=2025-11-10
            2025-03-14 | Air mulai naik Kamis malam setelah hujan deras. | Kamis malam=2025-03-13
            2025-04-15 | Penyidik memeriksanya hingga Selasa malam. | Selasa malam=2025-04-15
            2025-06-16 | Warga melapor Minggu dini hari ke posko. | Minggu dini hari=2025-06-15
            2025-06-16 | Jalan itu macet Sabtu malam lalu. | Sabtu malam lalu=2025-06-14
            2025-10-16 | Laporan harus diserahkan paling lambat hari Jumat. | hari Jumat=2025-10-17
            2025-03-24 | Jalan ditutup sampai setidaknya Selasa. | Selasa=2025-03-25
            2025-03-24 | Jalan ditutup sejak Selasa. | Selasa=2025-03-18
            2025-05-11 | Partisipasi November tahun lalu hanya 68 persen. | November tahun lalu=2024-11
            2025-05-09 | Beras diharapkan tiba sebelum akhir bulan. | akhir bulan=2025-05
            2025-05-07 | Stok aman hingga akhir tahun. | akhir tahun=2025
            2025-05-09 | Gaji akhir bulan belum cair. |
            2025-05-09 | Pasar ramai setiap akhir bulan. |
            2025-04-23 | Sepanjang kuartal pertama 2025 pendanaan turun. | kuartal pertama 2025=2025
            2025-08-07 | Diskusi digelar Jumat (8/8/2025) besok di Bandung. | Jumat (8/8/2025) besok=2025-08-08
            2025-04-15 | Rapat digelar pekan lalu di Jakarta. | pekan lalu=2025-04-08
            2025-05-07 | Operasi pasar diperluas mulai pekan depan. | pekan depan=2025-05-14
            2025-03-14 | Perbaikan dimulai awal pekan depan. | awal pekan depan=2025-03-17
            2025-04-29 | Sidang digelar dua pekan lalu. | dua pekan lalu=2025-04-15
            """)
    void findsAndResolves(String anchor, String sentence, String expected) {
        assertEquals(expected == null ? "" : expected.strip(), render(tagger.tag(sentence, LocalDate.parse(anchor))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Banjir melanda kawasan itu kemarin. | kemarin=null
            Kesepakatan itu diteken pada 27 Maret 2017. | 27 Maret 2017=2017-03-27
            Rapat digelar Senin (27/3). | Senin (27/3)=null
            Surat itu bertanggal 27/3/2017. | 27/3/2017=2017-03-27
            Ekspor turun tajam tahun lalu. | tahun lalu=null
            """)
    void withoutAnchorOnlyAbsoluteDatesResolve(String sentence, String expected) {
        assertEquals(expected, render(tagger.tag(sentence, null)));
    }

    @Test
    void spansPointIntoTheText() {
        String text = "Gempa terjadi Senin (27/3).\n\nPada 13 Maret lalu warga mengungsi; tahun lalu juga.";
        for (DateMention d : tagger.tag(text, LocalDate.of(2017, 3, 28))) {
            assertEquals(d.text(), text.substring(d.span().start(), d.span().end()));
        }
        assertEquals(3, tagger.tag(text, LocalDate.of(2017, 3, 28)).size());
    }

    @Test
    void oddInputNeverFails() {
        String[] odd = {"", " ", "(", "(27/", "27/3/", "Senin (", "Senin (31/2)", "99/99/9999", "1/13/2017",
            "hari", "tahun", "Jum'", "akhir pekan", "31 Februari 2017", "0 Maret", "tanggal", "tanggal 99",
            "9999999999999999999 hari lalu", "dua puluh", "kuartal I", "(27/3/17)", "2017-02-30", "2017-13-01"};
        for (String s : odd) {
            for (DateMention d : tagger.tag(s, LocalDate.of(2017, 3, 28))) {
                assertEquals(d.text(), s.substring(d.span().start(), d.span().end()));
                assertTrue(d.value() == null || d.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), d.value());
            }
        }
        assertEquals("31 Februari 2017=null", render(tagger.tag("Skor 31 Februari 2017 dan 2017-02-30.", LocalDate.of(2017, 3, 28))));
    }

    @Test
    void hugeTextInBoundedTime() {
        String sentence = "Pada Senin (27/3) lalu, 2.500 warga mengungsi selama dua pekan sejak 13 Maret 2017. ";
        String text = sentence.repeat(20_000);
        List<DateMention> found = within(Duration.ofSeconds(10),
                () -> tagger.tag(text, LocalDate.of(2017, 3, 28)));
        assertEquals(40_000, found.size());
    }

    @Test
    void turkishLocaleDoesNotChangeWords() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("KAMIS (23/3)=2017-03-23", render(tagger.tag("KAMIS (23/3)", LocalDate.of(2017, 3, 28))));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static String render(List<DateMention> mentions) {
        return mentions.stream().map(d -> d.text() + "=" + d.value()).collect(Collectors.joining(" ; "));
    }
}
