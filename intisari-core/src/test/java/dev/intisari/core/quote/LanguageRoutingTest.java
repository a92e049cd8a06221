package dev.intisari.core.quote;

import dev.intisari.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The product's extractor reads an article marked "en" with the English word lists, any other with the Indonesian. */
class LanguageRoutingTest {
    private static final PatternQuoteExtractor EXTRACTOR = new PatternQuoteExtractor();
    private static final String ENGLISH = "The mayor said the bridge would reopen next month. "
            + "\"We are doing everything we can,\" said Governor Maria Santos.";
    private static final String INDONESIAN = "\"Kami sudah berusaha semampunya,\" kata Gubernur Maria Santos.";

    @Test
    void anEnglishArticleGetsTheEnglishRules() {
        List<Quote> quotes = EXTRACTOR.extract("en1", QuoteCases.tokenized(ENGLISH), List.of(), "en");
        Quote direct = quotes.stream().filter(Quote::direct).findFirst().orElseThrow();
        assertEquals("We are doing everything we can", direct.text());
        assertEquals("Maria Santos", direct.speaker());
        assertEquals("said", direct.cue());
        assertTrue(quotes.stream().anyMatch(q -> !q.direct() && q.text().startsWith("the bridge would reopen")),
                () -> "reported speech: " + quotes);
    }

    @Test
    void withoutTheLanguageTheSameEnglishTextFindsNoSpeaker() {
        List<Quote> quotes = EXTRACTOR.extract("en1", QuoteCases.tokenized(ENGLISH), List.of());
        assertTrue(quotes.stream().noneMatch(q -> "Maria Santos".equals(q.speaker())), () -> quotes.toString());
    }

    @Test
    void indonesianAndUnknownLanguagesKeepTheIndonesianRules() {
        for (String language : new String[] {"id", null, "ms"}) {
            List<Quote> quotes = EXTRACTOR.extract("id1", QuoteCases.tokenized(INDONESIAN), List.of(), language);
            assertEquals(1, quotes.size(), String.valueOf(language));
            assertEquals("Maria Santos", quotes.get(0).speaker());
            assertEquals("kata", quotes.get(0).cue());
        }
    }
}
