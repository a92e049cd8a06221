package dev.intisari.core.pipeline;

import dev.intisari.core.quote.PatternQuoteExtractor;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Article;
import dev.intisari.model.CleanArticle;
import dev.intisari.model.Credits;
import dev.intisari.model.Quote;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Pipeline#analyze} gives the quote stage the article's language: English articles get English rules. */
class QuoteLanguageRoutingTest {
    private static Pipeline pipeline(String identified) {
        return new Pipeline(
                raw -> new CleanArticle(raw.title(), raw.text(), List.of(), List.of(), Credits.NONE, List.of(),
                        List.of(), null, null, null),
                text -> identified, new RuleTokenizer(), new RuleSentenceSplitter(), text -> List.of(),
                new PatternQuoteExtractor(), (text, anchor) -> List.of(), (id, text, found) -> List.of(),
                articles -> List.of(), (articles, copies) -> List.of(), (group, articles) -> null,
                (stories, articles) -> List.of());
    }

    private static final String ENGLISH = "\"The port will stay open all winter,\" said Port Authority spokesman John Carter.";

    @Test
    void anArticleIdentifiedAsEnglishGetsItsSpeaker() {
        Article a = pipeline("en").analyze(new RawArticle("a1", "test", null, null, null, null, null, ENGLISH, null));
        assertEquals("en", a.language());
        Quote q = a.quotes().get(0);
        assertEquals("The port will stay open all winter", q.text());
        assertEquals("John Carter", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void aGivenLanguageIsUsedAsWell() {
        Article a = pipeline("id").analyze(new RawArticle("a1", "test", null, null, null, null, "en", ENGLISH, null));
        assertEquals("John Carter", a.quotes().get(0).speaker());
        Article timed = pipeline("en").timed(new StageClock())
                .analyze(new RawArticle("a2", "test", null, null, null, null, null, ENGLISH, null));
        assertEquals("John Carter", timed.quotes().get(0).speaker());
    }

    @Test
    void anIndonesianArticleKeepsTheIndonesianRules() {
        Article a = pipeline("id").analyze(new RawArticle("a1", "test", null, null, null, null, null, ENGLISH, null));
        assertTrue(a.quotes().stream().noneMatch(q -> "John Carter".equals(q.speaker())), () -> a.quotes().toString());
    }
}
