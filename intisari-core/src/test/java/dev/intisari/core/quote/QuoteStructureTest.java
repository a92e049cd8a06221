package dev.intisari.core.quote;

import dev.intisari.model.Quote;
import dev.intisari.model.StableId;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How statements are cut: split quotations, paragraphs, fragments, ids, sentences, and odd input. */
class QuoteStructureTest {
    @Test
    void aQuotationSplitAroundItsAttributionIsTwoSpansOfOneSpeaker() {
        String text = "\"Kami menolak usulan itu,\" kata Juru bicara Kremlin Dmitry Peskov. \"Tidak ada yang berubah.\"";
        List<Quote> quotes = QuoteCases.quotes(text);
        assertEquals(2, quotes.size(), PatternQuoteExtractorTest.describe(quotes));
        assertEquals("Kami menolak usulan itu", quotes.get(0).text());
        assertEquals("Tidak ada yang berubah.", quotes.get(1).text());
        for (Quote q : quotes) {
            assertTrue(q.direct());
            assertEquals("Dmitry Peskov", q.speaker());
            assertEquals("kata", q.cue());
        }
    }

    @Test
    void aQuotationOverTwoParagraphsIsOnePiecePerParagraphWithTheSameSpeaker() {
        String text = "\"Paragraf pertama berisi pernyataan yang panjang.\n\n"
                + "\"Paragraf kedua menutup pernyataan itu,\" kata Budi Santoso.";
        List<Quote> quotes = QuoteCases.quotes(text);
        assertEquals(2, quotes.size(), PatternQuoteExtractorTest.describe(quotes));
        assertEquals("Paragraf pertama berisi pernyataan yang panjang.", quotes.get(0).text());
        assertEquals("Budi Santoso", quotes.get(0).speaker());
        assertEquals("Budi Santoso", quotes.get(1).speaker());
    }

    @Test
    void scareQuotesAndTitlesAreNotStatements() {
        List<Quote> quotes = QuoteCases.quotes(
                "Film \"Gadis Kretek\" diputar di bioskop. Warga menyebut kawasan itu \"kampung lama\" sejak dulu.");
        assertTrue(quotes.stream().noneMatch(Quote::direct), PatternQuoteExtractorTest.describe(quotes));
    }

    @Test
    void aVerbWhoseObjectPointsBackIsNotAStatement() {
        List<Quote> quotes = QuoteCases.quotes("Menteri Perdagangan Budi Santoso menyampaikan hal itu kepada wartawan.");
        assertTrue(quotes.isEmpty(), PatternQuoteExtractorTest.describe(quotes));
    }

    @Test
    void aNegatedOrAdjectivalVerbIsNotACue() {
        assertTrue(QuoteCases.quotes("Budi Santoso enggan menjelaskan alasan pengunduran dirinya kemarin.").isEmpty());
        assertTrue(QuoteCases.quotes("Tampilan laman itu terlihat meyakinkan bagi banyak pengguna baru.").isEmpty());
    }

    @Test
    void idsSpansAndSentencesFollowTheContract() {
        String text = "Gempa mengguncang Cianjur pada pagi hari.\n\n"
                + "\u201CKami masih mendata korban,\u201D kata Kepala BNPB Suharyanto.\n\n"
                + "Menurut Suharyanto, bantuan sudah dikirim.";
        TokenizedText tokenized = QuoteCases.tokenized(text);
        List<Quote> quotes = new PatternQuoteExtractor().extract("a-1", tokenized, List.of());
        assertEquals(2, quotes.size(), PatternQuoteExtractorTest.describe(quotes));
        for (Quote q : quotes) {
            assertEquals(q.text(), text.substring(q.span().start(), q.span().end()));
            assertEquals(StableId.of("q", "a-1", Integer.toString(q.span().start()), Integer.toString(q.span().end())),
                    q.id());
            assertEquals(tokenized.sentenceAt(q.span().start()), q.sentence());
            assertFalse(q.text().startsWith("\u201C") || q.text().endsWith("\u201D"));
        }
        assertEquals(1, quotes.get(0).sentence());
        assertEquals(2, quotes.get(1).sentence());
    }

    @Test
    void theSameInputGivesTheSameQuotes() {
        String text = "\"Kami siap,\" kata Dmitry Peskov di Moskow.";
        assertEquals(QuoteCases.quotes(text), QuoteCases.quotes(text));
    }
}
