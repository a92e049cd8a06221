package dev.intisari.core.text;

import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.intisari.core.CpuBound.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSentenceSplitterTest {
    private final RuleTokenizer tokenizer = new RuleTokenizer();
    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

    private List<Sentence> split(String text, List<Span> headings) {
        List<Sentence> sentences = splitter.split(text, tokenizer.tokenize(text), headings);
        checkInvariants(text, sentences);
        return sentences;
    }

    /** Sentences joined by " || ". */
    private String sentences(String text) {
        return split(text, List.of()).stream().map(s -> s.span().of(text)).collect(Collectors.joining(" || "));
    }

    private static void checkInvariants(String text, List<Sentence> sentences) {
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index(), "indices count from 0 in order");
            String covered = s.span().of(text);
            assertEquals(covered.strip(), covered, "sentences are trimmed");
            assertTrue(s.span().start() >= previousEnd, "sentences in order, not overlapping");
            previousEnd = s.span().end();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        Harga cabai naik. Pedagang mengeluh.                                   => Harga cabai naik. || Pedagang mengeluh.
        Apakah benar? Tentu saja! Ia tertawa.                                  => Apakah benar? || Tentu saja! || Ia tertawa.
        Rapat dipimpin dr. Rina Wati di ruang rapat.                           => Rapat dipimpin dr. Rina Wati di ruang rapat.
        Prof. Dr. Ir. H. Ahmad Sulaiman, M.Si. hadir. Acara dimulai.          => Prof. Dr. Ir. H. Ahmad Sulaiman, M.Si. hadir. || Acara dimulai.
        Hj. Siti tinggal di Jl. Melati No. 12 Bandung. Ia pensiunan guru.     => Hj. Siti tinggal di Jl. Melati No. 12 Bandung. || Ia pensiunan guru.
        Saham PT. Maju Jaya Tbk. naik 2,5 persen. Investor senang.            => Saham PT. Maju Jaya Tbk. naik 2,5 persen. || Investor senang.
        Mereka membeli beras, gula, dll. Harga semuanya naik.                 => Mereka membeli beras, gula, dll. || Harga semuanya naik.
        Bahan pokok seperti beras, gula, dsb. ikut naik.                      => Bahan pokok seperti beras, gula, dsb. ikut naik.
        Surat ditujukan a.n. kepala desa. Isinya singkat.                     => Surat ditujukan a.n. kepala desa. || Isinya singkat.
        Pengacaranya, Budi Santoso, S.H., menolak. Sidang ditunda.            => Pengacaranya, Budi Santoso, S.H., menolak. || Sidang ditunda.
        Hal itu disampaikan M. Razi di Banda Aceh. Ia tidak merinci.          => Hal itu disampaikan M. Razi di Banda Aceh. || Ia tidak merinci.
        Inflasi Maret tercatat 3,5%. Angka itu di atas target.                => Inflasi Maret tercatat 3,5%. || Angka itu di atas target.
        Pertemuan digelar Senin (27/3). Hasilnya belum diumumkan.             => Pertemuan digelar Senin (27/3). || Hasilnya belum diumumkan.
        Sebanyak 100.000 personel dikerahkan pada pukul 10.15 WIB. Aman.      => Sebanyak 100.000 personel dikerahkan pada pukul 10.15 WIB. || Aman.
        Jumlahnya naik pada 2020. Tahun berikutnya turun.                     => Jumlahnya naik pada 2020. || Tahun berikutnya turun.
        "Kami siap," ujar Budi. Ia lalu pergi.                                => "Kami siap," ujar Budi. || Ia lalu pergi.
        "Kami siap bertanding." ujarnya. Ia lalu pergi.                       => "Kami siap bertanding." ujarnya. || Ia lalu pergi.
        "Kenapa harus sekarang?" tanya Rudi. Tidak ada yang menjawab.         => "Kenapa harus sekarang?" tanya Rudi. || Tidak ada yang menjawab.
        “Kami menolak. Itu tidak adil,” kata Sari. Rapat bubar.               => “Kami menolak. || Itu tidak adil,” kata Sari. || Rapat bubar.
        “Tidak ada pilihan lain.” Warga pun pulang.                           => “Tidak ada pilihan lain.” || Warga pun pulang.
        Ia menulis "Saya lelah." Lalu ia tidur.                               => Ia menulis "Saya lelah." || Lalu ia tidur.
        Ia mengutip 'hanya sementara.' Semua diam.                            => Ia mengutip 'hanya sementara.' || Semua diam.
        Keputusan itu final (tidak bisa diganggu gugat.) Semua setuju.        => Keputusan itu final (tidak bisa diganggu gugat.) || Semua setuju.
        Saya pikir... Mungkin besok saja. Ia ragu… Lalu pergi.                => Saya pikir... || Mungkin besok saja. || Ia ragu… || Lalu pergi.
        Ia menunggu... dan menunggu lagi.                                     => Ia menunggu... dan menunggu lagi.
        Kata -kata itu diterjemahkan mesin. Negara -negara Eropa diam.        => Kata -kata itu diterjemahkan mesin. || Negara -negara Eropa diam.
        Proyek dimulai di Jakarta.Selain itu, Bandung menyusul.               => Proyek dimulai di Jakarta. || Selain itu, Bandung menyusul.
        Aplikasi dibangun dengan Node.js dan ASP.NET saja.                    => Aplikasi dibangun dengan Node.js dan ASP.NET saja.
        Berita dikutip dari Kompas.com. Redaksi memeriksa.                    => Berita dikutip dari Kompas.com. || Redaksi memeriksa.
        Banjir merendam rumah warga. kemudian air surut.                      => Banjir merendam rumah warga. || kemudian air surut.
        Sidang dihadiri kuasa hukumnya, Budi, S.H. Hakim lalu membuka sidang.  => Sidang dihadiri kuasa hukumnya, Budi, S.H. || Hakim lalu membuka sidang.
        Surat itu diteken A.M. Fatwa pada 5 Jan. 2001 di Jakarta.             => Surat itu diteken A.M. Fatwa pada 5 Jan. 2001 di Jakarta.
        Wah! Hebat!! Benarkah?! Ya.                                           => Wah! || Hebat!! || Benarkah?! || Ya.
        1. Siapkan bahan. 2. Aduk rata.                                       => 1. Siapkan bahan. || 2. Aduk rata.
        """)
    void sentences(String text, String expected) {
        assertEquals(expected.strip(), sentences(text.strip()));
    }

    @Test
    void lineBreaksAlwaysEndASentence() {
        String text = "Baca juga: Harga emas naik\n\nPemerintah menaikkan tarif\nyang berlaku mulai besok.\r\nSelesai";
        assertEquals("Baca juga: Harga emas naik || Pemerintah menaikkan tarif || yang berlaku mulai besok. || Selesai",
                sentences(text));
    }

    @Test
    void headingsAreNeverPartOfASentence() {
        String text = "Gempa mengguncang Cianjur. Warga panik\nKorban Terus Bertambah\nTim SAR masih mencari. Hujan turun.";
        int h = text.indexOf("Korban");
        Span heading = new Span(h, h + "Korban Terus Bertambah".length());
        List<Sentence> sentences = split(text, List.of(heading));
        assertEquals(List.of("Gempa mengguncang Cianjur.", "Warga panik", "Tim SAR masih mencari.", "Hujan turun."),
                sentences.stream().map(s -> s.span().of(text)).toList());
        String inline = "Judul Tanpa Titik Isi berita dimulai di sini.";
        List<Sentence> glued = split(inline, List.of(new Span(0, "Judul Tanpa Titik".length())));
        assertEquals(List.of("Isi berita dimulai di sini."), glued.stream().map(s -> s.span().of(inline)).toList());
    }

    @Test
    void punctuationOnlyAndEmptyTextGiveNoSentences() {
        assertEquals(List.of(), split("", List.of()));
        assertEquals(List.of(), split("   \n\n  ", List.of()));
        assertEquals(List.of(), split("... !!! ??? *** — “ ”", List.of()));
        assertEquals(List.of(), splitter.split(null, null, null));
        assertEquals("Ini kalimat 😀 dengan emoji 👍🏽. || Lalu 🇮🇩 bendera.", sentences("Ini kalimat 😀 dengan emoji 👍🏽. Lalu 🇮🇩 bendera."));
        assertEquals("Москва большая. || Это город.", sentences("Москва большая. Это город."));
    }

    /** Seeded random text from the characters that steer the rules: no exception, offsets always consistent. */
    @Test
    void randomTextKeepsTheInvariants() {
        String[] pieces = {"a", "B", "dr", "No", "S", "H", "x", "1", "27", ".", ",", "!", "?", "…", "...", "\"",
            "“", "”", "'", "’", "(", ")", "-", " -", "\n", "\n\n", " ", "  ", "@", "#", "/", ":", "%", "😀",
            "\uD800", "www.", "http://", "com", "\u00A0", "Jl.", "dll."};
        java.util.Random random = new java.util.Random(20_24);
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            List<dev.intisari.model.Token> tokens = tokenizer.tokenize(text);
            int previousEnd = 0;
            for (dev.intisari.model.Token t : tokens) {
                assertEquals(t.text(), text.substring(t.start(), t.end()), text);
                assertTrue(t.start() >= previousEnd && t.end() > t.start(), text);
                previousEnd = t.end();
            }
            int h = text.length() / 3;
            List<Span> headings = h > 2 ? List.of(new Span(h, h + 2)) : List.of();
            List<Sentence> sentences = splitter.split(text, tokens, headings);
            checkInvariants(text, sentences);
            for (Sentence sentence : sentences) {
                for (Span heading : headings) {
                    assertTrue(!sentence.span().overlaps(heading) || !tokensIn(tokens, heading), text);
                }
            }
        }
    }

    private static boolean tokensIn(List<dev.intisari.model.Token> tokens, Span heading) {
        return tokens.stream().anyMatch(t -> t.span().overlaps(heading));
    }

    @Test
    void tokensAreComputedWhenNotGiven() {
        String text = "Satu kalimat. Dua kalimat.";
        assertEquals(2, splitter.split(text, null, List.of()).size());
    }

    @Test
    void hugeSentencelessTextIsCutAtSpacesInLinearTime() {
        String words = "kata ".repeat(20_000).strip();
        String noSpace = "a".repeat(100_000);
        String dotted = "Dr. ".repeat(25_000);
        within(Duration.ofSeconds(5), () -> {
            List<Sentence> sentences = split(words, List.of());
            assertTrue(sentences.size() >= 50, "cut into pieces of at most ~2,000 characters");
            for (Sentence s : sentences) {
                assertTrue(s.span().length() <= RuleSentenceSplitter.DEFAULT_MAX_CHARS + 10);
            }
            assertEquals(1, split(noSpace, List.of()).size());
            assertTrue(split(dotted, List.of()).size() >= 40);
            split("\"".repeat(100_000), List.of());
            split(". ".repeat(50_000), List.of());
        });
    }
}
