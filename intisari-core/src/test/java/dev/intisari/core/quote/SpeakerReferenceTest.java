package dev.intisari.core.quote;

import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speakers named indirectly (session 9): initials, nicknames introduced by "disapa/dipanggil", descriptions with a
 * demonstrative, titles with a parenthesised short form, a surname that is also a place. Each case: the speaker
 * of the statement that starts with {@code statement}.
 */
class SpeakerReferenceTest {
    record Case(String name, String article, String statement, String speaker) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a pronoun after 'X berharap, Y …' continues the main clause's subject",
                        "Wiryo Santoso menyerahkan jabatannya pekan lalu. \"Beliau ahlinya,\" kata Wiryo Santoso. "
                                + "Wiryo Santoso berharap, Bagas Pranoto yang menggantikannya dapat membawa perusahaan tumbuh. "
                                + "Terlebih, ia menyatakan ada tugas besar yang menanti perusahaan.",
                        "ada tugas besar", "Wiryo Santoso"),
                new Case("a passive agent fronted before the subject is no referent of the next pronoun",
                        "\"Beliau ahlinya,\" kata Wiryo Santoso. Meski digantikan oleh Bagas, Wiryo rupanya tak "
                                + "meninggalkan dunia usaha. Ia masih akan bekerja di perusahaan lain. \"Saya dapat tugas "
                                + "baru di Pupuk Nusantara,\" tambahnya.",
                        "Saya dapat", "Wiryo Santoso"),
                new Case("a statement noun's relative clause names the source",
                        "\"Dengan menyesal saya mengajukan permohonan untuk dijual,\" demikian bunyi pernyataan resmi "
                                + "yang diucapkan Dirk van Houten.",
                        "Dengan menyesal", "Dirk van Houten"),
                new Case("a title's place with its short form in parentheses before the holder's name",
                        "Bupati Tanah Merah Raya (TMR) Hendro Saputra merespons penangkapan itu. \"Ini bukti "
                                + "koordinasi berjalan baik,\" ujar Bupati.",
                        "Ini bukti", "Hendro Saputra"),
                new Case("an organisation's name joined by 'dan' before its short form",
                        "Ia bertemu Wahyu Lestari, pimpinan Kementerian Perindustrian dan Teknologi Informasi (KPTI). "
                                + "KPTI menyebut kedua pihak membahas peluang kerja sama di sektor elektronik.",
                        "kedua pihak", "Kementerian Perindustrian dan Teknologi Informasi"),
                new Case("'Dikatakan,' opening a sentence continues the previous speaker",
                        "\"Kondisi korban masih trauma,\" kata Kapolsek Sukamaju Kompol Darmanto, Senin.\n\n"
                                + "Dikatakan, korban dipekerjakan sebagai pembantu sejak umur delapan tahun.",
                        "korban dipekerjakan", "Darmanto"),
                new Case("a closing mark after a sentence's end opens a quotation",
                        "Korban naik angkutan umum dari terminal. \u201D Di terminal korban bertemu pelaku yang sudah "
                                + "dikenalnya,\u201Dujar AKP Rudi Hartawan.",
                        "Di terminal", "Rudi Hartawan"),
                new Case("a local body: 'setempat' between the body and its verb",
                        "Banjir melanda Sukamaju sejak Kamis. Hingga Jumat pagi, Badan Penanggulangan Bencana Daerah "
                                + "(BPBD) setempat mencatat 2.340 jiwa mengungsi di 17 titik pengungsian.",
                        "2.340 jiwa", "Badan Penanggulangan Bencana Daerah"),
                new Case("a title written short after its long form",
                        "Menteri Dalam Negeri Wiratama Sukmajaya meninjau posko banjir di Bekasi. \"Bantuan sudah kami "
                                + "siapkan sejak pagi,\" kata Mendagri.",
                        "Bantuan sudah", "Wiratama Sukmajaya"),
                new Case("a title written long after its short form",
                        "Kapolda Sumatera Utara Irjen Pol Bonifasius Harahap meninjau lokasi. Kepala Kepolisian Daerah "
                                + "itu mengatakan penyelidikan masih berjalan.",
                        "penyelidikan masih", "Bonifasius Harahap"),
                new Case("initials of a person named before",
                        "Wakil Presiden Bambang Kusuma Wardhana membuka forum itu. Dalam pidatonya, BKW menjelaskan bahwa "
                                + "pasar modal harus diperkuat.",
                        "pasar modal", "Bambang Kusuma Wardhana"),
                new Case("a nickname introduced with 'akrab disapa' after a description",
                        "Petenis Hardianto Sasmita menang mudah. \"Kami siap sejak awal,\" tutur petenis yang akrab "
                                + "disapa Anto itu.",
                        "Kami siap", "Hardianto Sasmita"),
                new Case("a nickname introduced with 'dipanggil', used alone later",
                        "Pemakan cepat Rendra Kobayasi, yang sering dipanggil Kobi, kembali juara. \"Saya lapar,\" "
                                + "kata Kobi.",
                        "Saya lapar", "Rendra Kobayasi"),
                new Case("a description with a demonstrative stands for the person spoken of",
                        "Pelatih Sulaiman Hadi menilai timnya bermain baik. \"Kami belum puas,\" ujar mantan "
                                + "penggawa Persija ini.",
                        "Kami belum puas", "Sulaiman Hadi"),
                new Case("a title with a parenthesised short form before the name",
                        "Menteri Pendidikan Dasar dan Menengah (Mendikdasmen) Rahmat Sudarso mengatakan kurikulum "
                                + "akan diubah.",
                        "kurikulum", "Rahmat Sudarso"),
                new Case("a pronoun after a lead whose title has a parenthesised short form",
                        "Menteri Energi dan Sumber Daya Mineral (ESDM) Darmawan Pratama angkat bicara soal bensin. Ia "
                                + "mengaku banyak menerima permintaan.",
                        "banyak menerima", "Darmawan Pratama"),
                new Case("a link paragraph in title case completes no name",
                        "SIMAK JUGA: Siapa Bisa Gantikan Sardi?\n\n\"Saya ingin tantangan baru,\" ungkap Sardi.",
                        "Saya ingin", "Sardi"),
                new Case("'organisation tersebut' at a sentence start is the one named before",
                        "Menurut Kementerian Kesehatan Vanaroa, 12 rumah sakit rusak. Kementerian tersebut menyatakan "
                                + "300 tenaga medis terluka.",
                        "300 tenaga", "Kementerian Kesehatan Vanaroa"),
                // session 10, from the eighth blind batch (own sentences)
                new Case("a name described between commas before the verb",
                        "Sutrisno Wibawa, koordinator relawan di posko itu, mengatakan semua logistik sudah dibagikan.",
                        "semua logistik", "Sutrisno Wibawa"),
                new Case("a name described by a relative clause with two commas before the verb",
                        "Marlina, yang tumbuh di Kabupaten Sikka, di ujung timur Flores, mengatakan ia belajar menenun "
                                + "sejak kecil.",
                        "ia belajar", "Marlina"),
                new Case("'Menurut' with a relative clause closed by a demonstrative",
                        "Pelatih Rudi Hartanto menyiapkan timnya sejak Senin. Menurut pelatih yang akrab disapa Coach "
                                + "Rudi ini, banyak yang harus dibenahi pekan ini.",
                        "banyak yang harus", "Rudi Hartanto"),
                new Case("a cue-after description with a relative clause and a demonstrative",
                        "Anggota DPR Wahyudi Santoso menilai aturan itu keliru. \"Aturan ini harus dicabut,\" kata "
                                + "politisi yang juga ketua fraksi itu.",
                        "Aturan ini", "Wahyudi Santoso"),
                new Case("a title phrase longer than twelve words with a parenthesised short form",
                        "\"Jalur pendakian ditutup sementara,\" kata Kepala Subbagian Data Evaluasi Pelaporan dan Humas "
                                + "Taman Nasional Gunung Lawu Raya (TNGLR) Sapto Nugroho saat dihubungi.",
                        "Jalur pendakian", "Sapto Nugroho"),
                new Case("a pronoun after a fronted time word",
                        "Gubernur Agus Pranata datang ke Jakarta. Kemarin pagi, dia menyebut "
                                + "perusahaan akan membuka pabrik baru.",
                        "perusahaan akan", "Agus Pranata"),
                new Case("a closing mark that opens its paragraph opens a quotation",
                        "Manajer tim Haryo Subekti meminta pemain tetap tenang.\n\n\u201D Kami harus segera bangkit, "
                                + "\u201D ujar Haryo Subekti.",
                        "Kami harus", "Haryo Subekti"),
                // session 11, from the ninth blind batch (own sentences)
                new Case("an ordinal opening an enumerated sentence is no speaker",
                        "Ketua forum warga Sudirman Halim menyebut ada tiga tuntutan warga. Pertama, katanya, warga "
                                + "meminta jam operasional truk dibatasi. Ia mengatakan kemacetan sudah parah sejak pagi.",
                        "kemacetan sudah", "Sudirman Halim"),
                new Case("a description headed by a noun for a person and closed by a demonstrative",
                        "Pelatih Rainer Vogt mengaku puas meski timnya kalah. \"Kami sudah berjuang keras,\" kata pria "
                                + "asal Jerman tersebut.",
                        "Kami sudah", "Rainer Vogt"),
                new Case("a passive cue with -nya opening its sentence",
                        "Bupati Harsono Wijaya meninjau lokasi banjir. Dijelaskannya, bantuan logistik akan dikirim "
                                + "ke tiga kecamatan besok pagi.",
                        "bantuan logistik", "Harsono Wijaya"),
                new Case("a detailing verb is a cue",
                        "Kepala dinas Rudy Santosa memerinci anggaran itu terdiri atas tiga pos belanja utama.",
                        "anggaran itu", "Rudy Santosa"),
                new Case("degrees after the name are not the subject",
                        "Ketua yayasan, Dr. Wulan Pratiwi, S.Sos., M.Si., menjelaskan program beasiswa dibuka bulan depan.",
                        "program beasiswa", "Wulan Pratiwi"),
                // session 12 (own sentences)
                new Case("a minister's short title the table knows refers to the minister named before",
                        "Menteri Agama Hasbullah Rahmat meresmikan madrasah di Garut. \"Santri juga berhak atas gedung "
                                + "yang layak,\" ujar Menag.",
                        "Santri juga", "Hasbullah Rahmat"),
                new Case("a sentence-opening person noun with a relative clause closed by a demonstrative",
                        "Menteri Agama Hasbullah Rahmat meresmikan madrasah di Garut. Pria yang juga menjabat sebagai "
                                + "imam masjid raya itu menyatakan pembangunan madrasah akan dilanjutkan.",
                        "pembangunan madrasah", "Hasbullah Rahmat"),
                new Case("a longer relative clause after the person noun (ten words, session 17)",
                        "Anggota DPR Rahmat Sudarsono menemui warga. Pria yang juga menjabat sebagai Wakil Ketua "
                                + "Komisi III DPR RI itu menilai tuntutan warga wajar.",
                        "tuntutan warga", "Rahmat Sudarsono"),
                new Case("a short title of a national office never tied to a name is the office",
                        "Target medali belum diumumkan. \"Kami akan mengumumkan target pada bulan Juni,\" kata Menpora "
                                + "di Jakarta.",
                        "Kami akan", "Menpora"),
                // session 14, the tenth blind batch (made-up sentences of the shapes it showed)
                new Case("a brand before the name, the person later called by the next word",
                        "Pasarku membuka layanan baru. Layanan Pasarku kini hadir di Bandung. \"Kami ingin tumbuh,\" "
                                + "kata Manajer Pasarku Dimas Arya Pratama. \"Target kami dua kota,\" tambah Dimas.",
                        "Kami ingin", "Dimas Arya Pratama"),
                new Case("a first name used alone keeps its place when the second is used only after it",
                        "\"Berkas sudah lengkap,\" kata Kombes Wirya Adi Santoso. Wirya Adi menyebutkan penyidik telah "
                                + "memeriksa saksi. \"Kami lanjutkan,\" pungkas Wirya.",
                        "Berkas sudah", "Wirya Adi Santoso"),
                new Case("a second word that starts another person's name is no evidence against the first",
                        "Koordinator LSM Suara Rakyat, Bima Harahap, melapor ke KPK. \"Kami sudah melapor,\" kata Bima. "
                                + "Deputi Penindakan KPK Tegar Bima Rahayu menerima laporan itu. \"Kami telaah dulu,\" ucap Tegar.",
                        "Kami telaah", "Tegar Bima Rahayu"),
                new Case("a short form clipped from the first name of one full name",
                        "Wakil Wali Kota Hermansyah Putra meninjau pasar. \"Harga cabai sudah turun,\" kata Herman.",
                        "Harga cabai", "Hermansyah Putra"),
                new Case("a passive cue and a name opening the sentence",
                        "Wakil Wali Kota Hermansyah Putra meninjau pasar. Disebut Hermansyah, pada bulan depan harga "
                                + "beras akan turun.",
                        "pada bulan", "Hermansyah Putra"),
                new Case("'demikian' and the source alone after a quotation",
                        "Klub menjual sedikit tiket. \"Kami tidak mengerti keputusan itu,\" demikian Persatuan Suporter "
                                + "Merah kepada Harian Pagi.",
                        "Kami tidak", "Persatuan Suporter Merah"),
                new Case("an office, then the holder's rank and name in apposition",
                        "\"Kejadiannya sekitar pukul lima pagi,\" terang Kapolres Sukamaju, AKP Danu Prasetyo, Senin (3/4).",
                        "Kejadiannya sekitar", "Danu Prasetyo"),
                new Case("an office, then the holder's rank and name in apposition, then the addressee",
                        "\"Laporan keluarga korban sudah kami terima,\" ujar Kasi Humas Polres Sukamaju, AKP Danu "
                                + "Prasetyo kepada wartawan, Kamis (9/10).",
                        "Laporan keluarga", "Danu Prasetyo"),
                new Case("the holder's rank and name first, then the office in apposition",
                        "\"Operasi ini berjalan aman,\" kata Kompol Yudha Hadi Santoso, Kapolsek Sukamaju Barat.",
                        "Operasi ini", "Yudha Hadi Santoso"),
                new Case("a report's source after 'menurut laporan'",
                        "Menurut laporan Harian Pagi, novel itu telah tersedia di toko buku.",
                        "novel itu", "Harian Pagi"));
    }

    @Test
    void aDenialOfAThingSaidBeforeIsNoStatement() {
        String text = "Beredar kabar bahwa pesantren menerima bantuan. Zulham membantah tegas kabar tersebut.\n\n"
                + "Zulham mengatakan pengamanan ini dalam rangka menjaga kota.";
        List<Quote> quotes = QuoteCases.quotes(text);
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("kabar tersebut")), quotes.toString());
        assertEquals("Zulham", statement(quotes, text, "pengamanan ini").speaker());
    }

    @Test
    void aNameTheEntityStageReadsAsAnOrganisationIsNoReferentOfNya() {
        String text = "Direktur Utama PT Inalum Hendra Wiratama mengatakan pihaknya akan menguasai Freeport. "
                + "Setelah tawar-menawar selesai, Freeport akan menjadi anak usaha holding itu.\n\n"
                + "\"Setelah nego selesai, kita bayar,\" katanya.";
        List<Entity> entities = List.of(
                entity(text, "e1", "Hendra Wiratama", EntityType.PERSON, "Hendra Wiratama"),
                entity(text, "e2", "Freeport", EntityType.ORGANIZATION, "Freeport"),
                entity(text, "e3", "PT Inalum", EntityType.ORGANIZATION, "PT Inalum"));
        assertEquals("Hendra Wiratama", statement(QuoteCases.quotes(text, entities), text, "Setelah nego").speaker());
    }

    @Test
    void aSentencesOneOffCapitalWordIsNoReferent() {
        String text = "Panglima TNI Gatot Santosa memimpin upacara. Usai upacara di Lanud Soewondo, Medan, dia "
                + "mengatakan prajurit siap menjaga persatuan.";
        List<Entity> entities = List.of(
                entity(text, "e1", "Gatot Santosa", EntityType.PERSON, "Gatot Santosa"),
                entity(text, "e2", "Lanud Soewondo", EntityType.LOCATION, "Lanud Soewondo"),
                entity(text, "e3", "Medan", EntityType.LOCATION, "Medan"));
        assertEquals("Gatot Santosa", statement(QuoteCases.quotes(text, entities), text, "prajurit siap").speaker());
    }

    /** An entity with a mention at every occurrence of {@code surface}. */
    private static Entity entity(String text, String id, String name, EntityType type, String surface) {
        List<Span> spans = new java.util.ArrayList<>();
        for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
            spans.add(new Span(i, i + surface.length()));
        }
        return new Entity(id, name, type, spans);
    }

    @Test
    void aSentenceOpeningPersonNounUsedBeforeMayBeSomeoneUnnamed() {
        String text = "Polisi menangkap seorang pria di Cibubur. Kapolsek Cibubur Kompol Darsa Wiguna memimpin "
                + "penangkapan. Pria yang ditangkap di rumahnya itu mengatakan ia hanya menjaga barang.";
        assertNotEquals("Darsa Wiguna", statement(QuoteCases.quotes(text), text, "ia hanya").speaker());
    }

    @Test
    void aSpeechVerbJoinedToASecondPredicateGivesNoStatement() {
        String text = "Pelatih Rainer Vogt mengakui dan akan mengevaluasinya. Ia menyebut semua pemain akan dievaluasi.";
        List<Quote> quotes = QuoteCases.quotes(text);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("Rainer Vogt", quotes.get(0).speaker());
    }

    /** The statements of {@code text} read with the entity stage's persons, organisations and places. */
    private static List<Quote> withEntities(String text) {
        TokenizedText tokenized = QuoteCases.tokenized(text);
        return QuoteCases.quotes(text, new PerceptronEntityRecognizer().recognize(tokenized));
    }

    /** The binding reads the entity stage's persons, organisations and places, so this case runs it. */
    @Test
    void aTitlePhraseBeforeACommaBindsTheNameAfterIt() {
        String text = "Anggota DPR RI Fraksi Partai NasDem, Rajiv Pranata membagikan sembako di Lembang. \"Kami hadir "
                + "untuk berbagi dengan warga,\" ujar Anggota Komisi IV DPR RI ini.";
        List<Quote> quotes = withEntities(text);
        assertEquals("Rajiv Pranata", statement(quotes, text, "Kami hadir").speaker());
    }

    @Test
    void aTitleAtAnOrganisationTakesTheNameInApposition() {
        String text = "\"Keluarga tahu dari media sosial,\" kata peneliti pada Lembaga Kajian Hukum Nusantara (LKHN), "
                + "Ratna Widuri.\n\nMenurut pengamat dari Lembaga Riset Pangan, Dedi Kurniawan, harga beras akan turun.";
        List<Quote> quotes = withEntities(text);
        assertEquals("Ratna Widuri", statement(quotes, text, "Keluarga tahu").speaker());
        assertEquals("Dedi Kurniawan", statement(quotes, text, "harga beras").speaker());
    }

    @Test
    void aPartyRunIntoItsOfficialsNameIsNoPartOfIt() {
        String text = "Sekjen Gerindra Sugiono menegaskan Darmo bukanlah kader partainya. Sugiono menjelaskan Partai "
                + "Gerindra membedakan antara kader dan anggota.\n\n\"Jadi gini, di Gerindra itu ada yang namanya "
                + "anggota,\" kata Sugiono kepada wartawan.";
        List<Quote> quotes = withEntities(text);
        assertEquals("Sugiono", statement(quotes, text, "Partai Gerindra membedakan").speaker());
        assertEquals("Sugiono", statement(quotes, text, "Jadi gini").speaker());
    }

    @Test
    void aCommonWordOfTheTitleIsNoPartOfTheName() {
        String text = "\"Sebagian besar kementerian mendapat skor sedang,\" ucap Direktur Riset Hendra Wisnu Pratama, "
                + "dalam rilis hasil survei, Senin (20/10/2025).";
        List<Quote> quotes = withEntities(text);
        assertEquals("Hendra Wisnu Pratama", statement(quotes, text, "Sebagian besar").speaker());
    }

    @Test
    void aNameBeforeACuePutInsideTheStatementIsSpokenOf() {
        String text = "Sekjen Gerindra Sugiono menjelaskan setiap kader wajib menempuh proses kaderisasi. Sedangkan "
                + "Darmo, kata dia, tidak menempuh proses kaderisasi tersebut.";
        List<Quote> quotes = withEntities(text);
        assertNotEquals("Darmo", statement(quotes, text, "tidak menempuh").speaker());
    }

    @Test
    void aTitleAtAVenueTakesNoApposition() {
        String text = "\"Kami siap,\" kata Sekretaris Fraksi Yandri Susanto di Gedung DPR, Kompleks Parlemen, Senayan.";
        List<Quote> quotes = withEntities(text);
        assertNotEquals("Kompleks Parlemen", statement(quotes, text, "Kami siap").speaker());
    }

    @Test
    void anOrganisationGivenItsExpansionIsNoSpeakerBeforeTheName() {
        String text = "\"Pertumbuhan melambat,\" kata Direktur Eksekutif Indekon (Institut Kajian Ekonomi Nusantara), "
                + "Tauhid Rahman.";
        List<Quote> quotes = withEntities(text);
        assertEquals("Tauhid Rahman", statement(quotes, text, "Pertumbuhan melambat").speaker());
    }

    @Test
    void aSingerDescribedByASongIsTheSingerNotTheSong() {
        String text = "Penyanyi Rina Maharani tampil di Bandung pada Sabtu malam.\n\nPelantun 'Cinta Ujung Senja' ini "
                + "mengaku senang bisa bertemu penggemarnya.";
        Quote q = statement(QuoteCases.quotes(text), text, "senang bisa");
        assertEquals("Rina Maharani", q.speaker());
    }

    @Test
    void theCabinetSecretarysTitleIsNoPartOfHisName() {
        String text = "Sekretaris Kabinet Teddy Santoso mengatakan sidang kabinet digelar Senin.";
        assertEquals("Teddy Santoso", statement(QuoteCases.quotes(text), text, "sidang kabinet").speaker());
    }

    @Test
    void aTitleInsideAnAdverbialBindsNobody() {
        String text = "Setelah bertemu Presiden, Budi Hartono pulang ke Bandung. \"Kami siap bekerja,\" kata presiden itu.";
        Quote q = statement(QuoteCases.quotes(text), text, "Kami siap");
        assertNotEquals("Budi Hartono", q.speaker());
    }

    @Test
    void aStatementNounWithADemonstrativePointsBack() {
        String text = "Presiden Haryanto menyampaikan pernyataan itu dalam sambutannya di gedung MA.";
        assertTrue(QuoteCases.quotes(text).isEmpty());
    }

    @Test
    void anApologyIsNoStatement() {
        String text = "Klub Sukamaju FC sempat dipaksa meminta maaf setelah dituduh mendekati pemain itu secara ilegal.";
        assertTrue(QuoteCases.quotes(text).isEmpty());
    }

    @Test
    void askingForAThingIsNoStatement() {
        String text = "Pelaku kemudian meminta uang Rp 42 juta kepada korban untuk membeli emas. "
                + "Penyidik juga meminta keterangan rekan bisnis tersangka, Andreas Wijaya.";
        assertTrue(QuoteCases.quotes(text).isEmpty());
    }

    @Test
    void whatTheSpeakerDoesMeanwhileEndsThePhrase() {
        String text = "\"Nanti saja ya,\" kata Hilman singkat sembari masuk ke gedung KPK, Jakarta.";
        assertEquals("Hilman", QuoteCases.onlySpeaker(text));
    }

    @Test
    void aRulingsCaseCodeIsNoSpeaker() {
        String text = "Dalam Putusan MK Nomor 115/PUU-XXII/2024 menyatakan bahwa keributan di ruang digital tidak "
                + "masuk pidana.";
        Quote q = QuoteCases.lastQuote(text);
        assertTrue(q.speaker() == null || !q.speaker().contains("PUU") && !q.speaker().equals("Nomor"), q.speaker());
    }

    @Test
    void describingAndPretendingAreStatements() {
        String text = "Sutradara Mira Andalusia menggambarkan bahwa tokoh utamanya hidup sendirian di bukit. "
                + "Saat itu tersangka berdalih hendak bertemu saudaranya dulu di Kelapa Gading.";
        for (String prefix : List.of("tokoh utamanya", "hendak bertemu")) {
            assertFalse(statement(QuoteCases.quotes(text), text, prefix).direct(), prefix);
        }
    }

    @Test
    void berikutOpeningASentenceIsNoName() {
        String text = "Berikut bunyinya:\n\n\"Keuntungan BUMN merupakan keuntungan BUMN itu sendiri, bukan keuntungan "
                + "negara,\" sambungnya.";
        assertNotEquals("Berikut", statement(QuoteCases.quotes(text), text, "Keuntungan BUMN").speaker());
        String law = "Berikut bunyi Pasal 4B:\n\nPasal 4B\n\nKerugian BUMN merupakan kerugian BUMN.\n\n\"Setiap keuntungan "
                + "BUMN merupakan keuntungan BUMN itu sendiri,\" sambungnya.";
        assertNotEquals("Pasal", statement(QuoteCases.quotes(law), law, "Setiap keuntungan").speaker());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSpeakerIsResolved(Case c) {
        Quote q = statement(QuoteCases.quotes(c.article()), c.article(), c.statement());
        assertEquals(c.speaker(), q.speaker(), c.name());
    }

    @Test
    void aTitleUsedBeforeUnnamedDoesNotTakeTheLastSpeaker() {
        String text = "Menteri Sulastri Widjaja membuka rapat. Seorang pejabat kementerian juga hadir. "
                + "\"Kami menunggu hasilnya,\" kata pejabat itu.";
        assertNull(statement(QuoteCases.quotes(text), text, "Kami menunggu").speaker());
    }

    @Test
    void aSurnameThatIsAPlaceStaysInTheNameGivenByTheEntity() {
        String text = "Kepala Balai Karantina Jawa Tengah Willy Indra Yunani mengatakan ekspor naik tajam.";
        List<Entity> entities = List.of(new Entity("e1", "Willy Indra Yunani", EntityType.PERSON,
                List.of(new Span(text.indexOf("Willy"), text.indexOf(" mengatakan")))));
        Quote q = statement(QuoteCases.quotes(text, entities), text, "ekspor naik");
        assertEquals("Willy Indra Yunani", q.speaker());
    }

    @Test
    void aPersonTaggedAsAnOrganisationKeepsHisFirstName() {
        String text = "Menteri Lingkungan Hidup Surya Adi Nugraha menegaskan sungai harus dijaga.";
        List<Entity> entities = List.of(new Entity("e1", "Surya Adi Nugraha", EntityType.ORGANIZATION,
                List.of(new Span(text.indexOf("Surya"), text.indexOf(" menegaskan")))));
        Quote q = statement(QuoteCases.quotes(text, entities), text, "sungai harus");
        assertEquals("Surya Adi Nugraha", q.speaker());
    }

    @Test
    void aPlaceAfterARegentIsNotPartOfTheNameTheEntityGives() {
        String text = "\"Kami akan membangun stadion,\" ucap Bupati Sukamaju Hartono.";
        List<Entity> entities = List.of(new Entity("e1", "Hartono", EntityType.PERSON,
                List.of(new Span(text.indexOf("Hartono"), text.indexOf("Hartono") + 7))));
        Quote q = statement(QuoteCases.quotes(text, entities), text, "Kami akan");
        assertEquals("Hartono", q.speaker());
    }

    @Test
    void aClosingMarkOpeningItsParagraphGivesADirectQuote() {
        String text = "Pelatih itu meminta timnya tenang.\n\n\u201D Kami harus segera bangkit, \u201D ujar Haryo Subekti.";
        Quote q = statement(QuoteCases.quotes(text), text, "Kami harus");
        assertEquals(true, q.direct());
        assertEquals("Kami harus segera bangkit", q.text());
    }

    @Test
    void aNameInsideASpacedQuotationIsNoReferentOfTheCueAfterIt() {
        String text = "Menjelang penataan pasar induk yang dimulai pekan depan di pusat kota , Bupati Sukamaju Hartono "
                + "Wiranata menemui para pedagang pasar , Senin .\n\n"
                + "\" Tadi saya bertemu pedagang yang diwakili Paguyuban Sumber Rejeki . Kami sepakat pasar ditata "
                + "ulang bersama Koperasi Mandiri , \" terangnya .\n\n"
                + "Pria yang akrab disapa Toni itu menjelaskan bahwa penataan dimulai bulan depan .";
        Quote quoted = statement(QuoteCases.quotes(text), text, "Tadi saya");
        assertTrue(quoted.direct());
        assertEquals("Hartono Wiranata", quoted.speaker());
        assertEquals("Hartono Wiranata", statement(QuoteCases.quotes(text), text, "penataan dimulai").speaker());
    }

    @Test
    void aNumberBeforeASpacedMarkIsAUnitNotAQuotation() {
        String text = "Gol itu lahir pada menit 18 \" babak kedua . Pelatih Rudi Hartawan mengatakan , \" Kami puas . \"";
        Quote q = statement(QuoteCases.quotes(text), text, "Kami puas");
        assertTrue(q.direct());
        assertEquals("Kami puas .", q.text());
    }

    @Test
    void aNameWordTheArticleUsesAfterACueIsNoBrandBeforeTheName() {
        // session 16 (batch 12): "Direktur Utama PT IKT Chiefy Adi K" … "kata Chiefy" gave "Adi K"
        String text = "Direktur Utama PT SBT Tegar Wira Adi mengatakan beasiswa diberikan kepada 200 siswa. "
                + "Dengan program ini, kata Tegar, perusahaan tumbuh bersama warga.";
        List<Entity> entities = List.of(
                entity(text, "e1", "PT SBT Tegar", EntityType.ORGANIZATION, "PT SBT Tegar"),
                entity(text, "e2", "Wira Adi", EntityType.PERSON, "Wira Adi"));
        assertEquals("Tegar Wira Adi", statement(QuoteCases.quotes(text, entities), text, "beasiswa diberikan").speaker());
    }

    @Test
    void aDirectoratesFieldIsNoPersonForTheNextPronoun() {
        // session 16 (batch 12): "Data Dirjen Peternakan … menunjukkan" made "Peternakan" the referent of "jelasnya"
        String text = "\"Ternak kita surplus,\" kata Rektor Universitas Sukamaju Winda Kalalo di Manado.\n\n"
                + "Data Dirjen Peternakan dan Kesehatan Hewan menunjukkan bahwa populasi ternak naik.\n\n"
                + "\"Peluang ekspor terbuka,\" jelasnya.";
        List<Entity> entities = List.of(
                entity(text, "e1", "Winda Kalalo", EntityType.PERSON, "Winda Kalalo"),
                entity(text, "e2", "Peternakan", EntityType.PERSON, "Peternakan"));
        assertEquals("Winda Kalalo", statement(QuoteCases.quotes(text, entities), text, "Peluang ekspor").speaker());
    }

    @Test
    void aDescriptionWithAnOriginIsTheSubjectBeforeIt() {
        // session 16 (batch 12): "Pemain asal Argentina ini menyatakan" read "Argentina ini" as the subject
        String text = "Gelandang Mateo Alvarez mengaku tak akan merayakan golnya. Pemain asal Uruguay ini "
                + "menyatakan, ia tetap menghormati bekas klubnya.";
        assertEquals("Mateo Alvarez", statement(QuoteCases.quotes(text), text, "ia tetap").speaker());
    }

    @Test
    void forecastingViewingAndClosingAreCues() {
        // session 16 (batch 12): memproyeksikan, memandang … bahwa, "“…,” X memungkasi"; "memungkasi laga" is an act
        String text = "Persikota memungkasi laga dengan kemenangan 2-0 atas tim tamu. "
                + "Ekonom Sari Lestiani memproyeksikan bank sentral akan memangkas suku bunga. "
                + "Pengamat Dodi Harsono memandang hal ini sebagai bukti bahwa pasar masih tumbuh.\n\n"
                + "\"Belum semua kami periksa,\" Dodi memungkasi.";
        List<Quote> quotes = QuoteCases.quotes(text);
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("dengan kemenangan")), quotes.toString());
        assertEquals("Sari Lestiani", statement(quotes, text, "bank sentral").speaker());
        assertEquals("Dodi Harsono", statement(quotes, text, "pasar masih").speaker());
        assertEquals("Dodi Harsono", statement(quotes, text, "Belum semua").speaker());
    }

    private static Quote statement(List<Quote> quotes, String text, String prefix) {
        int at = text.indexOf(prefix);
        for (Quote q : quotes) {
            if (q.span().start() <= at && at < q.span().end()) {
                return q;
            }
        }
        throw new AssertionError("no statement at \"" + prefix + "\" in " + quotes);
    }
}
