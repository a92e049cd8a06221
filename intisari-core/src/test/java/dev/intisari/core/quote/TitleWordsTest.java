package dev.intisari.core.quote;

import dev.intisari.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The quote stage's title words come from the entity gazetteer, one list for both stages. Every article below is
 * made up for the test.
 */
class TitleWordsTest {
    @Test
    void gazetteerRowsGiveOneWordTitlesTheirPlaceMarkAndTheirOptOut() {
        TitleWords words = TitleWords.ofGazetteer(Set.of(
                "title\tbupati\tplace",
                "title\tmenteri",
                "title\tjuru bicara",
                "title_word\tjuru",
                "portfolio\tkemaritiman",
                "title\tkorban\trecogniser",
                "title\tibu",
                "loc\tsleman",
                "not_name\tsenin"), Set.of("ibu"));
        assertEquals(Set.of("bupati", "menteri", "juru", "kemaritiman"), words.titles());
        assertEquals(Set.of("bupati"), words.placeTitles());
    }

    @Test
    void aPlainListMarksPlaceTitlesWithAPlus() {
        TitleWords words = TitleWords.ofList(Set.of("governor +", "president"));
        assertEquals(Set.of("governor", "president"), words.titles());
        assertEquals(Set.of("governor"), words.placeTitles());
    }

    @ParameterizedTest(name = "{0}: title {1}, place title {2}")
    @CsvSource({
            // words of longer titles and roles the recogniser does not cut, from TITLE_WORD rows
            "juru, true, false",
            "bicara, true, false",
            "mantan, true, false",
            "wali, true, true",
            // one-word TITLE and PORTFOLIO rows, shared with the recogniser
            "menteri, true, false",
            "polkam, true, false",
            "kemaritiman, true, false",
            "informatika, true, false",
            "profesor, true, false",
            "jendral, true, false",
            "bupati, true, true",
            "kapolda, true, true",
            // rows the quote stage leaves to the recogniser, honorifics and multi-word rows
            "korban, false, false",
            "tersangka, false, false",
            "putri, false, false",
            "riset, false, false",
            "ham, false, false",
            "ibu, false, false",
            "prof, false, false",
            "dan, false, false"
    })
    void theShippedGazetteerGivesTheQuoteStageItsTitleWords(String word, boolean title, boolean place) {
        assertEquals(title, QuoteLexicon.INDONESIAN.titles.contains(word), word);
        assertEquals(place, QuoteLexicon.INDONESIAN.placeTitles.contains(word), word);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Menteri Komunikasi dan Informatika Rahmat Sudiarto menegaskan aturan itu berlaku tahun depan."
                    + "|aturan itu|Rahmat Sudiarto",
            "Menteri Koordinator Bidang Kemaritiman Benny Situmeang mengatakan proyek itu dibiayai bank."
                    + "|proyek itu|Benny Situmeang",
            "Menteri Koordinator Bidang Pangan Hasan Basri Lubis mengatakan stok beras aman."
                    + "|stok beras|Hasan Basri Lubis",
            "\"Kami masih menunggu hasil uji,\" kata Profesor Yudhistira Wahab.|Kami masih|Yudhistira Wahab",
            "\"Pasukan sudah ditarik,\" kata Jendral Anselmo Ribeiro kepada wartawan.|Pasukan sudah|Anselmo Ribeiro"
    })
    void aPortfolioOrTitleOfTheGazetteerIsNoPartOfTheSpeakersName(String article, String statement, String speaker) {
        List<Quote> quotes = QuoteCases.quotes(article);
        int at = article.indexOf(statement);
        Quote q = quotes.stream().filter(x -> x.span().start() <= at && at < x.span().end()).findFirst()
                .orElseThrow(() -> new AssertionError("no statement at '" + statement + "' in " + quotes));
        assertEquals(speaker, q.speaker());
    }
}
