package dev.intisari.core.pipeline;

import dev.intisari.model.Article;
import dev.intisari.model.ArticleTerms;
import dev.intisari.model.Credits;
import dev.intisari.model.DateMention;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.Published;
import dev.intisari.model.Quote;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spill's byte format read in place: every field back, from a longer buffer too, and corrupt bytes refused. */
class ArticleCodecTest {
    private static Article article(String text) {
        return new Article("detik-7731", "detik.jsonl", "detikNews", "https://news.detik.com/berita/d-7731",
                "Menteri: “Harga beras turun” — café dan toko tutup",
                Published.of(LocalDate.of(2024, 2, 14), "jsonl"), "id", List.of("machine-translated", "short"), text,
                List.of(new Span(0, 6)),
                List.of(new RemovedLine("Baca juga: Harga cabai naik", RemovalKind.RELATED, 3),
                        new RemovedLine("ADVERTISEMENT", RemovalKind.PROMO, 9)),
                new Credits(List.of("Rina Lestari"), List.of("Anton Wibowo"), List.of()), List.of("Antara"),
                List.of("https://news.detik.com/berita/d-7730"),
                List.of(new Sentence(0, new Span(0, 30)), new Sentence(1, new Span(31, text.length()))),
                List.of(new Entity("e1", "Zulkifli Hasan", EntityType.PERSON, List.of(new Span(0, 14)))),
                List.of(new Quote("q1", "Zulkifli Hasan", "e1", "harga beras turun", new Span(5, 22), true, "kata", 1,
                        "wartawan", "Jakarta")),
                List.of(new DateMention("Rabu (14/2/2024)", new Span(31, 47), "2024-02-14")),
                List.of(new KeyPoint("kp-1", "Harga beras turun, kata menteri.", 1)),
                List.of(0.8123456789012345, Double.MIN_VALUE),
                ArticleTerms.of("zulkifli hasan harga beras turun rabu 14 2 2024 pedagang pasar ",
                        new int[][] {{0, 1, 2, 3, 4}, {5, 6, 7, 8, 9, 10}}, new int[] {6, 9}, new int[] {2, 3, 4}));
    }

    /** The same article without the terms its key-point stage read. */
    private static Article withoutTerms(Article a) {
        return new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.published(), a.language(), a.flags(),
                a.text(), a.headings(), a.removed(), a.credits(), a.wire(), a.related(), a.sentences(), a.entities(),
                a.quotes(), a.dates(), a.keyPoints(), a.sentenceScores());
    }

    private static final String TEXT = "Zulkifli Hasan menyebut harga beras turun. Rabu (14/2/2024) pedagang "
            + "di Pasar Induk Cipinang — 20 km dari Monas — mengaku lega 😀.";

    @Test
    void everyFieldComesBackIncludingMultiByteText() {
        Article a = article(TEXT);
        assertEquals(a, ArticleCodec.decode(ArticleCodec.encode(a)));
    }

    @Test
    void anArticleWithoutTermsComesBackWithout() {
        Article a = withoutTerms(article(TEXT));
        Article back = ArticleCodec.decode(ArticleCodec.encode(a));
        assertEquals(a, back);
        assertNull(back.terms());
    }

    @Test
    void aReadingWithoutTermsSkipsTheirBytesOnly() {
        Article a = article(TEXT);
        byte[] bytes = ArticleCodec.encode(a);
        Article without = ArticleCodec.decode(bytes, bytes.length, null, false);
        assertNull(without.terms());
        assertEquals(withoutTerms(a), without);
    }

    @Test
    void termsThatCannotBeIdsAreACorruptSpill() {
        byte[] bytes = ArticleCodec.encode(article(TEXT));
        // the headline's last id, the last int written, made one past the eleven terms
        bytes[bytes.length - 1] = 11;
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ArticleCodec.decode(bytes));
        assertTrue(e.getCause().getMessage().startsWith("a spilled article is corrupt"), e.getCause().getMessage());
    }

    @Test
    void anArticleIsReadFromTheStartOfALongerBufferUpToItsLength() {
        Article a = article(TEXT);
        byte[] bytes = ArticleCodec.encode(a);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 100);
        Arrays.fill(longer, bytes.length, longer.length, (byte) 0x7f);
        assertEquals(a, ArticleCodec.decode(longer, bytes.length, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 17, 200})
    void cutBytesAreACorruptSpillNotAnotherArticle(int cut) {
        byte[] bytes = ArticleCodec.encode(article(TEXT));
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ArticleCodec.decode(bytes, bytes.length - 1 - cut, null));
        assertTrue(e.getCause().getMessage().startsWith("a spilled article is corrupt"), e.getCause().getMessage());
    }

    @Test
    void bytesLeftOverAreACorruptSpill() {
        byte[] bytes = ArticleCodec.encode(article(TEXT));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(UncheckedIOException.class, () -> ArticleCodec.decode(longer));
    }

    @Test
    void aHugeLengthIsRefusedBeforeAnythingIsAllocated() {
        byte[] bytes = ArticleCodec.encode(article(TEXT));
        // the first field is the id's length: claim two billion bytes
        bytes[0] = 0x7f;
        assertThrows(UncheckedIOException.class, () -> ArticleCodec.decode(bytes));
    }
}
