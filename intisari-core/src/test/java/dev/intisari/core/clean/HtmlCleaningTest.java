package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.intisari.core.CpuBound.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small handwritten pages: main content, metadata, and bad input. */
class HtmlCleaningTest {
    private static final RuleLineCleaner CLEANER = new RuleLineCleaner();

    private static CleanArticle html(String url, String page) {
        return CLEANER.clean(new RawArticle("p", "p", url, null, null, null, null, null, page));
    }

    private static final String NEWS_PAGE = """
            <!doctype html><html><head><title>Banjir Bandung | Kabar Priangan</title>
            <meta property="og:site_name" content="Kabar Priangan">
            <meta property="og:title" content="Banjir Rendam Ratusan Rumah di Bandung">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Banjir Rendam Ratusan Rumah di Bandung","datePublished":"2025-03-13T10:15:00+07:00",
              "author":[{"@type":"Person","name":"Rina Marlina"}],"publisher":{"@type":"Organization","name":"Kabar Priangan"}}</script>
            <style>.x{color:red}</style></head><body>
            <nav><ul><li><a href="/">Beranda</a></li><li><a href="/news">Berita</a></li><li><a href="/olahraga">Olahraga</a></li></ul></nav>
            <div class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Harga cabai naik tajam menjelang Lebaran di pasar induk</a></li>
              <li><a href="/b">Tol baru dibuka untuk arus mudik tahun ini</a></li></ul></div>
            <article><h1>Banjir Rendam Ratusan Rumah di Bandung</h1>
              <div class="share-buttons"><a href="#">Bagikan ke Facebook</a> <a href="#">Bagikan ke X</a></div>
              <div class="article-body">
              <p>BANDUNG, KabarPriangan.com - Hujan deras sejak Rabu sore membuat Sungai Cikapundung meluap dan merendam ratusan rumah warga.</p>
              <p>Warga di tiga kelurahan mengungsi ke masjid dan sekolah terdekat, kata petugas Badan Penanggulangan Bencana Daerah.</p>
              <h2>Bantuan mulai datang</h2>
              <p>Pemerintah kota mengirim perahu karet, makanan siap saji, dan selimut ke lokasi pengungsian pada Kamis pagi.</p>
              <p>Baca juga: Wali kota tinjau tanggul jebol di Cicaheum</p>
              <p>Petugas masih mendata kerugian, menurut laporan Reuters yang mengutip pejabat setempat, mencapai miliaran rupiah.</p>
              <script>var tracking = "jangan masuk ke teks";</script>
              </div>
              <div class="comments"><p>Komentar pembaca: semoga cepat surut ya, kasihan warga yang terdampak banjir ini.</p></div>
            </article>
            <footer><p>Copyright © 2025 Kabar Priangan. Hak cipta dilindungi undang-undang.</p></footer>
            </body></html>
            """;

    @Test
    void extractsTheArticleAndItsMetadata() {
        CleanArticle a = html("https://kabarpriangan.example/2025/03/13/banjir-bandung", NEWS_PAGE);
        assertEquals("Banjir Rendam Ratusan Rumah di Bandung", a.title());
        assertEquals("2025-03-13T10:15:00+07:00", a.published().value());
        assertEquals("json-ld", a.published().from());
        assertEquals("Kabar Priangan", a.outlet());
        assertEquals("Bandung", a.place());
        assertEquals(List.of("Rina Marlina"), a.credits().author());
        assertEquals(List.of("Reuters"), a.wire());
        assertEquals(List.of("Wali kota tinjau tanggul jebol di Cicaheum"), a.related());
        assertTrue(a.text().startsWith("Hujan deras sejak Rabu sore"), a.text());
        assertTrue(a.text().endsWith("mencapai miliaran rupiah."), a.text());
        assertEquals(1, a.headings().size());
        assertEquals("Bantuan mulai datang", a.headings().get(0).of(a.text()));
        for (String junk : List.of("Beranda", "Terpopuler", "Bagikan", "tracking", "Komentar", "Copyright", "color:red",
                "Harga cabai")) {
            assertFalse(a.text().contains(junk), junk + " leaked into: " + a.text());
        }
    }

    /** Made-up pages with no og:title: the title loses the site's name when the page's h1 is most of it. */
    @Test
    void pageTitleWithoutTheSiteNameWhenTheHeadingIsMostOfIt() {
        String body = "<p>Paragraf berita yang cukup panjang untuk dibaca sebagai isi artikel ini oleh pembersih.</p>"
                + "<p>Paragraf kedua yang juga cukup panjang agar halaman ini terbaca sebagai sebuah berita.</p>";
        String suffixed = "<html><head><title>Jembatan Gantung Putus di Cianjur - Warta Contoh</title></head><body>"
                + "<h1>Warta Contoh Online</h1><article><h1>Jembatan Gantung Putus di Cianjur</h1>" + body
                + "</article></body></html>";
        assertEquals("Jembatan Gantung Putus di Cianjur", html(null, suffixed).title());
        String logoOnly = "<html><head><title>Jembatan Gantung Putus di Cianjur, Dua Warga Terluka | Warta Contoh Online"
                + "</title></head><body><h1>Warta Contoh Online</h1>" + body + "</body></html>";
        assertEquals("Jembatan Gantung Putus di Cianjur, Dua Warga Terluka | Warta Contoh Online",
                html(null, logoOnly).title());
        String logoLink = "<html><head><title>Pasar Malam Dibuka › Paguyuban Warga Kampung Contoh Sejahtera</title></head>"
                + "<body><h1><a href=\"https://kampung.contoh.example/\">Paguyuban Warga Kampung Contoh Sejahtera</a></h1>"
                + body + "</body></html>";
        assertEquals("Pasar Malam Dibuka › Paguyuban Warga Kampung Contoh Sejahtera", html(null, logoLink).title());
    }

    @Test
    void metadataFallsBackToMetaTimeAndUrl() {
        String meta = "<html><head><meta property=\"article:published_time\" content=\"2025-09-05T08:00:00Z\"></head>"
                + "<body><p>Paragraf berita yang cukup panjang untuk dibaca sebagai isi artikel ini oleh pembersih.</p></body></html>";
        assertEquals("meta", html(null, meta).published().from());
        String time = "<html><body><time datetime=\"2025-09-05\">5 September</time><p>Paragraf berita yang cukup panjang "
                + "untuk dibaca sebagai isi artikel ini oleh pembersih.</p></body></html>";
        assertEquals("2025-09-05", html(null, time).published().value());
        assertEquals("time", html(null, time).published().from());
        String none = "<html><body><p>Paragraf berita yang cukup panjang untuk dibaca sebagai isi artikel ini.</p></body></html>";
        CleanArticle fromUrl = html("https://contoh.example/berita/2025/09/05/judul", none);
        assertEquals("2025-09-05", fromUrl.published().value());
        assertEquals("url", fromUrl.published().from());
    }

    /**
     * The metadata is read from the extraction's walk, which skips scripts, menus and hidden boxes: what the
     * metadata needs there is still found, in document order, and the same when the HTML is read for metadata only.
     */
    @Test
    void metadataInsideWhatTheWalkSkips() {
        String body = "<p>Paragraf berita yang cukup panjang untuk dibaca sebagai isi artikel ini oleh pembersih.</p>";
        String[][] cases = {
                // page, date, from
                {"<html><body>" + body + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"datePublished\":\"2025-09-05T08:00:00+07:00\"}</script></body></html>",
                        "2025-09-05T08:00:00+07:00", "json-ld"},
                {"<html><body><nav><time datetime=\"2025-09-04\">4 September</time></nav>" + body + "</body></html>",
                        "2025-09-04", "time"},
                {"<html><body><div style=\"display: none\"><span><time datetime=\"2025-09-03\">3 Sep</time></span></div>"
                        + body + "</body></html>", "2025-09-03", "time"},
                // the first time marked as the publication time wins over an earlier unmarked one
                {"<html><body><time datetime=\"2025-09-01\">1 Sep</time>" + body + "<nav><time pubdate datetime=\"2025-09-02\">"
                        + "2 Sep</time></nav></body></html>", "2025-09-02", "time"},
        };
        for (String[] c : cases) {
            CleanArticle fromHtml = html(null, c[0]);
            assertEquals(c[1], fromHtml.published().value(), c[0]);
            assertEquals(c[2], fromHtml.published().from(), c[0]);
            CleanArticle metadataOnly = CLEANER.clean(new RawArticle("p", "p", null, null, null, null, null,
                    "Teks artikel.", c[0]));
            assertEquals(c[1], metadataOnly.published().value(), c[0]);
        }
    }

    /** Meta tags the reader does not ask for are not kept; the ones it asks for are read in any case. */
    @Test
    void metaKeysInAnyCase() {
        String page = "<html><head><meta name=\"viewport\" content=\"width=device-width\">"
                + "<meta NAME=\"Author\" content=\" Rina Marlina \"><meta property=\"OG:Site_Name\" content=\"Kabar Priangan\">"
                + "</head><body><p>Paragraf berita yang cukup panjang untuk dibaca sebagai isi artikel ini.</p></body></html>";
        CleanArticle a = html(null, page);
        assertEquals(List.of("Rina Marlina"), a.credits().author());
        assertEquals("Kabar Priangan", a.outlet());
    }

    @Test
    void jsonLdArticleBodyWhenThePageHasLittleText() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Judul\","
                + "\"articleBody\":\"" + "Kalimat isi berita yang hanya ada di data terstruktur halaman ini. ".repeat(8)
                + "\"}</script></head><body><div id=\"app\"></div></body></html>";
        CleanArticle a = html(null, page);
        assertTrue(a.text().startsWith("Kalimat isi berita"), a.text());
    }

    @Test
    void badInputNeverThrows() {
        List<String> pages = List.of("", "<", "<html><body>", "<<<>>>&&&;;;", "<p>Setengah paragraf yang terpotong di teng",
                "<div>".repeat(5000) + "teks di dalam" + "</span>".repeat(3000),
                "<html><head><script type=\"application/ld+json\">{rusak: [</script></head><body><p>isi</p></body></html>",
                "<html><body><nav><a href=/>Beranda</a></nav><footer>Copyright © 2025</footer></body></html>",
                "\u0000\u0001\u0002binary\uFFFD\uFFFD",
                "<table><tr><td>" + "sel ".repeat(1000) + "</td></tr></table>");
        within(java.time.Duration.ofSeconds(10), () -> {
            for (String page : pages) {
                CleanArticle a = html("bukan url", page);
                assertTrue(a.text() != null);
            }
        });
    }

    /** A 2 MB page is cleaned in bounded CPU time (thread CPU, so a loaded machine does not fail it). */
    @Test
    void largePageInBoundedTime() {
        StringBuilder page = new StringBuilder("<html><body>");
        String paragraph = "<div class=\"item\"><p>Warga kota menghadiri rapat umum tentang anggaran, harga, dan jalan rusak.</p>"
                + "<a href=\"/x\">tautan</a></div>\n";
        while (page.length() < 2_000_000) {
            page.append(paragraph);
        }
        within(java.time.Duration.ofSeconds(20), () -> {
            CleanArticle a = html(null, page.toString());
            assertFalse(a.text().isEmpty());
        });
    }

    @Test
    void textWinsOverHtmlWhenBothAreGiven() {
        CleanArticle a = CLEANER.clean(new RawArticle("p", "p", null, null, null, null, null,
                "Isi dari teks.\nEditor: Budi Hartono", NEWS_PAGE));
        assertEquals("Isi dari teks.", a.text());
        assertEquals("Banjir Rendam Ratusan Rumah di Bandung", a.title());
        assertEquals("json-ld", a.published().from());
        assertEquals(List.of("Budi Hartono"), a.credits().editor());
    }
}
