package dev.intisari.core.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MojibakeTest {
    /** Each row: text as a scraper delivered it (escapes for the C1 characters), and as it was written. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            \\u00e2\\u20ac\\u0153Kami siap,\\u00e2\\u20ac\\u009d kata Budi.   | \\u201cKami siap,\\u201d kata Budi.
            JAKARTA \\u00e2\\u20ac\\u201d Harga beras naik.                 | JAKARTA \\u2014 Harga beras naik.
            \\u00e2\\u0080\\u0094 dibaca sebagai Latin-1                     | \\u2014 dibaca sebagai Latin-1
            \\u00e2\\u20ac\\u00a2 Penerima bantuan: 35 juta keluarga         | \\u2022 Penerima bantuan: 35 juta keluarga
            Kafe \\u00c3\\u00a9lite di Bandung                               | Kafe \\u00e9lite di Bandung
            Senyum \\u00f0\\u0178\\u02dc\\u20ac di akhir                      | Senyum \\ud83d\\ude00 di akhir
            Harga \\u00e2\\u201a\\u00ac 5 per liter                           | Harga \\u20ac 5 per liter
            """)
    void repairsUtf8ReadAsWindows1252OrLatin1(String scraped, String written) {
        assertEquals(unescape(written), Mojibake.repair(unescape(scraped)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Presiden Timor Leste Jos\\u00e9 Ramos-Horta tiba di Jakarta.
            Na\\u00efve dan caf\\u00e9 tetap seperti adanya.
            \\u00c3 dan \\u00c2 sendirian tidak diubah.
            Potongan rusak di ujung \\u00e2\\u0081
            \\u00e2\\u20ac tanpa byte ketiga
            Harga Rp 1,5 triliun dan \\u201ckutipan\\u201d biasa.
            """)
    void leavesCorrectTextAlone(String text) {
        String t = unescape(text);
        assertSame(t, Mojibake.repair(t));
    }

    @Test
    void theCleanerRepairsBodyLines() {
        String raw = "Judul berita\n\n\u00e2\u20ac\u0153Kami siap membantu,\u00e2\u20ac\u009d kata Kepala Dinas Sosial "
                + "Kota Bandung, Rina Wulandari, di kantornya, Senin.";
        String text = new RuleLineCleaner().clean(new dev.intisari.model.RawArticle("m1", "m1.txt", null, null, null,
                null, null, raw, null)).text();
        assertEquals("\u201cKami siap membantu,\u201d kata Kepala Dinas Sosial Kota Bandung, Rina Wulandari, di "
                + "kantornya, Senin.", text);
    }

    @Test
    void aMisreadCopyrightSignInsideAWordIsRepairedNotRemoved() {
        String raw = "Judul berita\n\nIstilah volont\u00c3\u00a9 g\u00c3\u00a9n\u00c3\u00a9rale dipakai Rousseau untuk "
                + "kehendak umum rakyat.";
        dev.intisari.model.CleanArticle a = new RuleLineCleaner().clean(new dev.intisari.model.RawArticle("m2", "m2.txt",
                null, null, null, null, null, raw, null));
        assertEquals("Istilah volont\u00e9 g\u00e9n\u00e9rale dipakai Rousseau untuk kehendak umum rakyat.", a.text());
        assertEquals(java.util.List.of(), a.removed().stream().filter(r -> r.kind()
                != dev.intisari.model.RemovalKind.TITLE).toList());
    }

    /** Java-style \\uXXXX escapes, so the table shows which characters the rows hold. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
