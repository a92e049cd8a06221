package dev.intisari.core.quote;

import dev.intisari.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One statement per case: where it is, what kind, who said it, with which cue, to whom and where. */
class PatternQuoteExtractorTest {
    /** {@code text} is the expected statement; null fields of the expectation are checked to be null. */
    record Case(String name, String article, String text, boolean direct, String speaker, String cue,
                String addressee, String place) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("straight quotes, title phrase, addressee and place",
                        "\"Kami tidak akan mundur,\" kata Menteri Luar Negeri Rusia Sergey Lavrov kepada wartawan di Moskow.",
                        "Kami tidak akan mundur", true, "Sergey Lavrov", "kata", "wartawan", "Moskow"),
                new Case("curly quotes, governor with a province",
                        "\u201CHarga beras harus turun,\u201D ujar Gubernur Jawa Barat Dedi Mulyadi.",
                        "Harga beras harus turun", true, "Dedi Mulyadi", "ujar", null, null),
                new Case("guillemets, spokesman of an organisation",
                        "\u00ABKami siap berunding\u00BB, tegas Juru bicara Kremlin Dmitry Peskov.",
                        "Kami siap berunding", true, "Dmitry Peskov", "tegas", null, null),
                new Case("single curly quotes",
                        "\u2018Semua berjalan lancar,\u2019 tutur Kepala NATO Mark Rutte di Brussel.",
                        "Semua berjalan lancar", true, "Mark Rutte", "tutur", null, "Brussel"),
                new Case("mixed pair: curly opening, straight closing",
                        "Sergei Shoigu berkata: \u201CIni akan menjadi masalah bagi Prancis sendiri\".",
                        "Ini akan menjadi masalah bagi Prancis sendiri", true, "Sergei Shoigu", "berkata", null, null),
                new Case("attribution before the quotation",
                        "Presiden Joko Widodo mengatakan, \"Pembangunan harus merata sampai ke desa.\"",
                        "Pembangunan harus merata sampai ke desa.", true, "Joko Widodo", "mengatakan", null, null),
                new Case("name and colon",
                        "Ketua KPU Hasyim Asyari: \"Pemilu tetap digelar sesuai jadwal.\"",
                        "Pemilu tetap digelar sesuai jadwal.", true, "Hasyim Asyari", null, null, null),
                new Case("subject and verb after the quotation",
                        "\"Tim kami bekerja siang dan malam,\" Kepala Basarnas Kusworo menambahkan.",
                        "Tim kami bekerja siang dan malam", true, "Kusworo", "menambahkan", null, null),
                new Case("several sentences in one quotation",
                        "\"Kalimat pertama sudah jelas. Kalimat kedua juga. Kalimat ketiga menutupnya,\" ujar Rina Wulandari.",
                        "Kalimat pertama sudah jelas. Kalimat kedua juga. Kalimat ketiga menutupnya", true,
                        "Rina Wulandari", "ujar", null, null),
                new Case("a -nya cue refers to the subject of the previous sentence",
                        "Wali Kota Surabaya Eri Cahyadi meninjau lokasi banjir di Rungkut.\n\n"
                                + "\"Kami akan membangun tanggul baru,\" ujarnya.",
                        "Kami akan membangun tanggul baru", true, "Eri Cahyadi", "ujarnya", null, null),
                new Case("the statement of a group is not given a speaker",
                        "\"Kami kecewa dengan keputusan itu,\" kata mereka di depan gedung DPR.",
                        "Kami kecewa dengan keputusan itu", true, null, "kata", null, null),
                new Case("reported: verb and bahwa",
                        "Menteri Keuangan Sri Mulyani Indrawati mengatakan bahwa defisit anggaran tetap terkendali tahun ini.",
                        "defisit anggaran tetap terkendali tahun ini", false, "Sri Mulyani Indrawati", "mengatakan", null, null),
                new Case("reported: verb with addressee",
                        "Kapolri Listyo Sigit Prabowo menegaskan kepada wartawan bahwa penyelidikan kasus itu terus berjalan.",
                        "penyelidikan kasus itu terus berjalan", false, "Listyo Sigit Prabowo", "menegaskan", "wartawan", null),
                new Case("reported: Menurut X,",
                        "Menurut Kapolda Metro Jaya Irjen Karyoto, pelaku sudah ditangkap di Bekasi.",
                        "pelaku sudah ditangkap di Bekasi", false, "Karyoto", "Menurut", null, null),
                new Case("reported: attribution at the end",
                        "Pemerintah tidak akan menaikkan harga BBM bulan ini, kata Menteri ESDM Bahlil Lahadalia.",
                        "Pemerintah tidak akan menaikkan harga BBM bulan ini", false, "Bahlil Lahadalia", "kata", null, null),
                new Case("reported: attribution in the middle",
                        "Jakarta, kata Anies Baswedan, tidak akan kekurangan air bersih.",
                        "tidak akan kekurangan air bersih", false, "Anies Baswedan",
                        "kata", null, null),
                new Case("reported: demikian disampaikan",
                        "Harga cabai mulai turun di pasar tradisional, demikian disampaikan Kepala Dinas Perdagangan "
                                + "Surabaya Wiwiek Widayati.",
                        "Harga cabai mulai turun di pasar tradisional", false, "Wiwiek Widayati", "disampaikan", null, null),
                new Case("reported: role phrase bound earlier",
                        "Juru bicara Kementerian Luar Negeri Roy Soemirat menghadiri pertemuan itu.\n\n"
                                + "Indonesia mendukung gencatan senjata segera, ujar juru bicara itu.",
                        "Indonesia mendukung gencatan senjata segera", false, "Roy Soemirat", "ujar", null, null),
                new Case("reported: pronoun after an attribution",
                        "\"Anggaran sudah disiapkan,\" kata Eri Cahyadi.\n\nIa menambahkan bahwa pekerjaan dimulai pekan depan.",
                        "pekerjaan dimulai pekan depan", false, "Eri Cahyadi", "menambahkan", null, null),
                new Case("reported: short name completed from the article",
                        "Juru bicara Kremlin Dmitry Peskov hadir di Sochi.\n\nPeskov juga menyebut bahwa Eropa tidak punya pengaruh.",
                        "Eropa tidak punya pengaruh", false, "Dmitry Peskov", "menyebut", null, null),
                new Case("reported: an organisation speaks",
                        "Kementerian Pertahanan Rusia mengatakan bahwa dua drone berhasil ditembak jatuh.",
                        "dua drone berhasil ditembak jatuh", false, "Kementerian Pertahanan Rusia", "mengatakan", null, null),
                new Case("reported: Kremlin",
                        "Kremlin menegaskan bahwa pasukan tetap berada di perbatasan.",
                        "pasukan tetap berada di perbatasan", false, "Kremlin", "menegaskan", null, null),
                new Case("reported: an unnamed source stays unknown",
                        "Sumber itu mengatakan bahwa rapat kabinet ditunda hingga pekan depan.",
                        "rapat kabinet ditunda hingga pekan depan", false, null, "mengatakan", null, null),
                new Case("reported: a quoted fragment belongs to the reported statement",
                        "Juru bicara Kremlin Dmitry Peskov hadir di Sochi.\n\n"
                                + "Peskov menyebut Trump memiliki \"pengaruh besar terhadap Ukraina\" dan Moskow berharap banyak.",
                        "Trump memiliki \"pengaruh besar terhadap Ukraina\" dan Moskow berharap banyak", false,
                        "Dmitry Peskov", "menyebut", null, null),
                new Case("a nickname in parentheses names the person",
                        "Presiden Joko Widodo (Jokowi) membuka kongres partai.\n\n\"Kita harus bersatu,\" kata Jokowi.",
                        "Kita harus bersatu", true, "Joko Widodo", "kata", null, null),
                new Case("reported: the name before a parenthesised nickname is the subject",
                        "Menteri Sosial Saifullah Yusuf, (Gus Ipul) mengumumkan bantuan tunai tambahan cair bulan ini.",
                        "bantuan tunai tambahan cair bulan ini", false, "Saifullah Yusuf", "mengumumkan", null, null),
                new Case("a money amount is not a person",
                        "Bantuan sebesar Rp 300 ribu disalurkan lewat kantor pos. Menurutnya, penerima berasal dari keluarga miskin.",
                        "penerima berasal dari keluarga miskin", false, null, "Menurutnya", null, null),
                new Case("reported: Menurutnya",
                        "Bupati Sleman Harda Kiswaya meresmikan pasar baru.\n\nMenurutnya, pedagang akan dipindahkan bulan depan.",
                        "pedagang akan dipindahkan bulan depan", false, "Harda Kiswaya", "Menurutnya", null, null),
                new Case("the apposition after a role of another person is the speaker",
                        "Terdakwa Bambang Sutejo divonis lima tahun.\n\n\"Kami akan banding,\" kata penasihat hukum "
                                + "Bambang, Yosef Manurung, seusai sidang.",
                        "Kami akan banding", true, "Yosef Manurung", "kata", null, null),
                new Case("reported: a place in a fronted phrase opened by a preposition is not the speaker",
                        "Di balai Desa Sukamulya, para pengungsi mengeluhkan minimnya selimut dan air bersih.",
                        "minimnya selimut dan air bersih", false, null, "mengeluhkan", null, null),
                new Case("reported: 'Sebagian' at a sentence start is some of them, not a name",
                        "Warga Desa Sukamulya mulai pulang.\n\nSebagian mengaku kecewa karena banjir terus berulang setiap tahun.",
                        "kecewa karena banjir terus berulang setiap tahun", false, null, "mengaku", null, null),
                new Case("a pronoun whose referent the statement names (a learnt acronym) keeps the previous speaker",
                        "\"Penyidik menahan satu tersangka,\" kata juru bicara KPK Budi Santoso di Jakarta.\n\n"
                                + "Kasus bermula ketika Rahmat Hidayat (RH) selaku direktur mentransfer dana kepada pejabat dinas.\n\n"
                                + "\"Saudara RH kemudian menyerahkan uang kepada pejabat itu,\" katanya.",
                        "Saudara RH kemudian menyerahkan uang kepada pejabat itu", true, "Budi Santoso", "katanya", null, null),
                new Case("a doubles pair joined by a slash gives the player the phrase names",
                        "Ganda putra Indonesia, Fajar Alfian/Rian Ardianto, melaju ke final.\n\n"
                                + "\"Kami bermain lebih sabar hari ini,\" kata Rian.",
                        "Kami bermain lebih sabar hari ini", true, "Rian Ardianto", "kata", null, null),
                new Case("a headline between paragraphs is no referent for a pronoun",
                        "Manajer Bambang Nurdiansyah menyiapkan tim untuk laga tandang.\n\n"
                                + "Baca Juga: Kisah Andi Wijaya Bangkit dari Cedera\n\n"
                                + "\"Kami akan tampil menyerang sejak menit pertama,\" ujarnya.",
                        "Kami akan tampil menyerang sejak menit pertama", true, "Bambang Nurdiansyah", "ujarnya", null, null),
                new Case("reported: berujar",
                        "Direktur Utama PT Sinar Jaya Hendra Wijaya berujar perusahaan akan membuka dua pabrik baru tahun depan.",
                        "perusahaan akan membuka dua pabrik baru tahun depan", false, "Hendra Wijaya", "berujar", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheStatementAndItsSpeaker(Case c) {
        List<Quote> quotes = QuoteCases.quotes(c.article());
        Quote q = quotes.stream().filter(x -> x.text().equals(c.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no statement \"" + c.text() + "\" in " + describe(quotes)));
        assertEquals(c.direct(), q.direct(), "direct");
        assertEquals(c.speaker(), q.speaker(), "speaker");
        assertEquals(c.cue(), q.cue(), "cue");
        assertEquals(c.addressee(), q.addressee(), "addressee");
        assertEquals(c.place(), q.place(), "place");
        assertEquals(q.text(), c.article().substring(q.span().start(), q.span().end()));
        assertTrue(quotes.stream().filter(x -> x.direct() == c.direct()).count() >= 1);
    }

    static String describe(List<Quote> quotes) {
        StringBuilder s = new StringBuilder();
        for (Quote q : quotes) {
            s.append("\n  ").append(q.direct() ? "D " : "R ").append(q.speaker()).append(" [").append(q.cue())
                    .append("] ").append(q.text());
        }
        return s.toString();
    }
}
