package dev.intisari.core.quote;

import dev.intisari.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A subheading in title case ("Polisi Sebut Korban Jatuh dari Lantai Empat") binds no title to a name: its capitals
 * are the heading's; a paragraph that only lacks its full stop still binds ("... ujar Juru Bicara KONI Raja
 * Parulian Siregar di Jakarta"). Made-up articles; a blank line ends each paragraph.
 */
class HeadingTitleTest {
    private static String lastSpeaker(String text) {
        List<Quote> quotes = QuoteCases.quotes(text);
        return quotes.get(quotes.size() - 1).speaker();
    }

    @Test
    void aTitleCaseHeadingNamesNoHolder() {
        assertNull(lastSpeaker("Kapolsek Sukamaju Kompol Hendra Wijaya mengatakan penyelidikan berlanjut.\n\n"
                + "Polisi Sebut Korban Jatuh dari Lantai Tiga\n\n"
                + "Sebelumnya, polisi mengungkap korban terjatuh dari gedung lantai tiga."));
    }

    @Test
    void aParagraphWithoutItsFullStopStillBinds() {
        String speaker = lastSpeaker("\"Kami terus berusaha agar tim bisa bertanding,\" ujar Juru Bicara KONI Raja "
                + "Parulian Siregar di Jakarta\n\n\"Keputusan final keluar pekan depan,\" kata Raja.");
        assertTrue(speaker != null && speaker.endsWith("Parulian Siregar"), speaker);
    }
}
