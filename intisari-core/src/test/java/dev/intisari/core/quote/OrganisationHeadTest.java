package dev.intisari.core.quote;

import dev.intisari.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An organisation whose head word comes last ("Comerica Bank", "World Bank") speaks with its whole name, not its head
 * word. Every article is made up for the test.
 */
class OrganisationHeadTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"Suku bunga baru akan turun tahun depan,\" kata Meridian Bank dalam laporannya.|Suku bunga|Meridian Bank",
            "Pasar kerja melambat. Menurut data Andalas Bank, penyaluran kredit turun dua persen.|penyaluran kredit"
                    + "|Andalas Bank"
    })
    void theOrganisationSpeaksWithItsWholeName(String article, String statement, String speaker) {
        List<Quote> quotes = QuoteCases.quotes(article);
        int at = article.indexOf(statement);
        Quote q = quotes.stream().filter(x -> x.span().start() <= at && at < x.span().end()).findFirst()
                .orElseThrow(() -> new AssertionError("no statement at '" + statement + "' in " + quotes));
        assertEquals(speaker, q.speaker());
    }
}
