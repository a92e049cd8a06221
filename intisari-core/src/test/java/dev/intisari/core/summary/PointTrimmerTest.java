package dev.intisari.core.summary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointTrimmerTest {
    private static final PointTrimmer TRIMMER = new PointTrimmer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // sentence | key point
            "Sementara itu, harga beras medium di pasar induk turun dua persen. | harga beras medium di pasar induk turun dua persen.",
            "Selain itu, pemerintah daerah menyiapkan posko pengungsian di tiga kecamatan. | pemerintah daerah menyiapkan posko pengungsian di tiga kecamatan.",
            "Namun, jembatan darurat belum bisa dilalui kendaraan berat. | jembatan darurat belum bisa dilalui kendaraan berat.",
            "Namun demikian polisi masih memburu dua pelaku lain. | polisi masih memburu dua pelaku lain.",
            "Kenaikan tarif berlaku mulai bulan depan, ujarnya. | Kenaikan tarif berlaku mulai bulan depan.",
            "Vaksinasi lanjutan digelar di seluruh puskesmas, katanya di Surabaya, Senin (3/2). | Vaksinasi lanjutan digelar di seluruh puskesmas.",
            "Stok beras cukup hingga akhir tahun, kata dia. | Stok beras cukup hingga akhir tahun.",
            "Stok beras cukup hingga akhir tahun, kata Kepala Bulog. | Stok beras cukup hingga akhir tahun, kata Kepala Bulog.",
            "“Kami tidak akan menaikkan harga,” ujarnya. | “Kami tidak akan menaikkan harga,” ujarnya.",
            "Jakarta, CNN Indonesia -- Bank sentral menahan suku bunga acuan. | Bank sentral menahan suku bunga acuan.",
            "JAKARTA, KOMPAS.com - Gempa bermagnitudo 5,1 mengguncang Cianjur pagi ini. | Gempa bermagnitudo 5,1 mengguncang Cianjur pagi ini.",
            "Jakarta (ANTARA) - Harga emas batangan naik pada perdagangan Senin. | Harga emas batangan naik pada perdagangan Senin.",
            "BERITASATU.COM - Harga cabai rawit di pasar tradisional naik tajam. | Harga cabai rawit di pasar tradisional naik tajam.",
            "Surabaya, DETIK.CO.ID -- Banjir merendam dua kelurahan sejak dini hari. | Banjir merendam dua kelurahan sejak dini hari.",
            "Namun, itu benar. | Namun, itu benar.",
            "Sebelumnya, polisi menangkap tiga tersangka pengedar narkoba. | Sebelumnya, polisi menangkap tiga tersangka pengedar narkoba.",
            "Menurutnya, kenaikan harga cabai dipicu cuaca buruk. | Menurutnya, kenaikan harga cabai dipicu cuaca buruk.",
            "Jokowi - Ma'ruf unggul di hitung cepat sejumlah lembaga survei. | Jokowi - Ma'ruf unggul di hitung cepat sejumlah lembaga survei.",
            "Palu, Sulteng-- Warga mengungsi ke dataran tinggi sejak subuh. | Warga mengungsi ke dataran tinggi sejak subuh.",
            "Negara-negara anggota ASEAN sepakat memperketat pengawasan perbatasan. | Negara-negara anggota ASEAN sepakat memperketat pengawasan perbatasan.",
            "Palu, ANTARA --Warga mengungsi ke dataran tinggi sejak subuh. | Palu, ANTARA --Warga mengungsi ke dataran tinggi sejak subuh.",
            "Garut, Jawa Barat (ANTARA News) - Banjir bandang merendam ratusan rumah warga. | Banjir bandang merendam ratusan rumah warga.",
            "Singkil, Aceh, (ANTARA News) - Kawasan danau itu kembali dibuka untuk wisatawan. | Kawasan danau itu kembali dibuka untuk wisatawan.",
            "Rimanews - Polisi menyiagakan seribu personel untuk malam tahun baru. | Polisi menyiagakan seribu personel untuk malam tahun baru.",
            "INGGRIS – Tottenham Hotspur meraih tiga poin di kandang Swansea City. | Tottenham Hotspur meraih tiga poin di kandang Swansea City.",
            "Persija - Persib berakhir imbang tanpa gol di Stadion Manahan. | Persija - Persib berakhir imbang tanpa gol di Stadion Manahan.",
            "Baru - baru ini pemerintah menaikkan harga gas elpiji. | Baru - baru ini pemerintah menaikkan harga gas elpiji.",
            "HARI - HARI terakhir kampanye diisi dengan rapat umum. | HARI - HARI terakhir kampanye diisi dengan rapat umum.",
            "Dilansir Reuters, api diduga muncul sekitar pukul 02.00 pagi. | api diduga muncul sekitar pukul 02.00 pagi.",
            "Dilansir dari laman Reuters, Minggu (27/8), wartawan itu bernama Christopher Allen. | wartawan itu bernama Christopher Allen.",
            "Dikutip dari situs resmi MotoGP, Rossi sudah meraih sembilan kemenangan di Mugello. | Rossi sudah meraih sembilan kemenangan di Mugello.",
            "Melansir people.com, Larson menjadi sorotan setelah tampil di acara itu. | Larson menjadi sorotan setelah tampil di acara itu.",
            "Sementara itu, dilansir BBC, dua kapal tenggelam di perairan itu. | dua kapal tenggelam di perairan itu.",
            "Dilaporkan 20 orang tewas, sebagian besar anak-anak. | Dilaporkan 20 orang tewas, sebagian besar anak-anak.",
            "Dilansir dari sejumlah sumber, berikut langkah mudah menjaga kesehatan gigi. | Dilansir dari sejumlah sumber, berikut langkah mudah menjaga kesehatan gigi.",
            "Dilansir Reuters, banjir surut. | Dilansir Reuters, banjir surut.",
            "Dilansir AFP, BBC, dan CNN, Minggu (19/10/2025), ada sejumlah tema utama unjuk rasa itu. | ada sejumlah tema utama unjuk rasa itu.",
            "Dilansir Reuters, Senin, harga minyak mentah naik dua persen. | harga minyak mentah naik dua persen.",
            "Dilansir AFP dan Reuters, kedua negara sepakat memperpanjang gencatan senjata. | kedua negara sepakat memperpanjang gencatan senjata.",
            "Dilansir detikFinance, bunga utang tahun depan masih didominasi utang dalam negeri. | bunga utang tahun depan masih didominasi utang dalam negeri.",
            "DilansirdetikSport, pelatih itu resmi diberhentikan federasi. | pelatih itu resmi diberhentikan federasi.",
            "Mengutip dataBloomberg, nilai tukar dolar AS melemah empat poin. | nilai tukar dolar AS melemah empat poin.",
            "Dilansirnya, harga naik dua persen di pasar tradisional. | Dilansirnya, harga naik dua persen di pasar tradisional.",
            "Dilansir Reuters, Trump, yang tiba di Tokyo, langsung bertemu perdana menteri. | Dilansir Reuters, Trump, yang tiba di Tokyo, langsung bertemu perdana menteri.",
            "Seperti dilaporkan media Jerman, ARD, ia diduga memakai zat terlarang. | Seperti dilaporkan media Jerman, ARD, ia diduga memakai zat terlarang.",
    })
    void trimsByDeletionOnly(String sentence, String expected) {
        String point = TRIMMER.trim(sentence);
        assertEquals(expected, point);
        assertTrue(DeletionCheck.derivable(point, sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "' '", ".", ", ujarnya.", "Namun,", "“”"})
    void oddInputStaysDerivableOrBlank(String sentence) {
        String point = TRIMMER.trim(sentence);
        assertTrue(point.isBlank() || DeletionCheck.derivable(point, sentence), point);
    }

    @org.junit.jupiter.api.Test
    void aQuotationMarkIsKnownByItsCharacterAsInTheList() {
        String marks = "\"“”„'‘’«»";
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(marks.indexOf(c) >= 0, PointTrimmer.isQuote(c), "U+" + Integer.toHexString(c));
        }
    }

    @org.junit.jupiter.api.Test
    void onlyAQuotationMarkWithinTheTailsReachIsLookedFor() {
        String body = "“Kata,” " + "x".repeat(200) + " ‘y’ z";
        int reach = body.length() - 160;
        assertEquals(body.lastIndexOf('’'), PointTrimmer.lastQuote(body, reach));
        assertEquals(-1, PointTrimmer.lastQuote(body.substring(0, body.indexOf('‘')), reach - 8));
        // a mark before the reach moves no tail: a long sentence opening with a quotation still loses its pronoun tail
        String sentence = "“Kami siap,” " + "lalu petugas memeriksa dokumen warga satu per satu di balai desa ".repeat(3)
                + "sampai sore, ujarnya.";
        String trimmed = TRIMMER.trim(sentence);
        assertTrue(trimmed.endsWith("sampai sore."), trimmed);
    }
}
