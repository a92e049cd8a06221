package dev.intisari.core.quote;

import dev.intisari.model.Quote;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.intisari.core.CpuBound.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd input: no exception, bounded time, and every span still points at its text. */
class QuoteRobustnessTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "\"",
            "\u201C\u201D\u201C\u201D",
            "\"Ini tidak pernah ditutup, kata Budi Santoso",
            "kata",
            ", kata",
            "Menurut",
            "Menurut ,",
            "\u201D terbalik \u201C kata Budi.",
            "\"\"\"\"\"\" ujar \"\"",
            "Ia mengatakan",
            "\u00AB\u00AB\u00AB \u00BB",
            "\u2018tanda kutip tunggal tanpa penutup, ujar Rina.",
            "Budi mengatakan bahwa \"",
    })
    void oddInputIsHandled(String text) {
        List<Quote> quotes = QuoteCases.quotes(text);
        for (Quote q : quotes) {
            assertEquals(q.text(), text.substring(q.span().start(), q.span().end()));
        }
    }

    @Test
    void aTextWithoutSentencesOrTokensStillGivesItsQuotes() {
        String text = "\"Kami tidak bisa,\" ujar Dmitry Peskov.\nMenurut Peskov, Ukraina menghindari perundingan damai.";
        List<Quote> quotes = new PatternQuoteExtractor().extract("x",
                new TokenizedText(text, List.of(), List.of(), List.of()), List.of());
        assertEquals(2, quotes.size(), PatternQuoteExtractorTest.describe(quotes));
        assertEquals("Dmitry Peskov", quotes.get(1).speaker());
    }

    @Test
    void aHundredThousandCharacterTextIsFast() {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (text.length() < 100_000) {
            text.append(i % 3 == 0 ? "\"Kami tetap waspada " + i + ",\" kata Budi Santoso di Jakarta. "
                    : i % 3 == 1 ? "Menurut Budi, harga stabil pada pekan ke-" + i + ". "
                    : "Tanda \" kutip \u201C liar ' tanpa pasangan " + i + " ");
            if (i % 10 == 9) {
                text.append("\n\n");
            }
            i++;
        }
        String s = text.toString();
        List<Quote> quotes = within(Duration.ofSeconds(5), () -> QuoteCases.quotes(s));
        assertTrue(quotes.size() > 100);
        for (Quote q : quotes) {
            assertEquals(q.text(), s.substring(q.span().start(), q.span().end()));
        }
        String unbalanced = "\u201C".repeat(50_000) + "kata Budi";
        within(Duration.ofSeconds(5), () -> QuoteCases.quotes(unbalanced));
        String oneParagraph = ("\" kutip " + "a ".repeat(20)).repeat(2_000);
        within(Duration.ofSeconds(5), () -> QuoteCases.quotes(oneParagraph));
    }
}
