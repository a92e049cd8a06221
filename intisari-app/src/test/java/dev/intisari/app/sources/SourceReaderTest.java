package dev.intisari.app.sources;

import com.sun.net.httpserver.HttpServer;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds from a local HTTP server and a WARC archive written by the test; every text is fictional. */
class SourceReaderTest {
    private static final String PAGE = """
            <html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s</p></article></body></html>""";

    @TempDir
    Path temp;

    private HttpServer server;
    private String base;
    private final List<RawArticle> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final IngestListener listener = new IngestListener() {
        @Override
        public void article(RawArticle article) {
            articles.add(article);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }
    };

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String[]> routes = Map.of(
                "/rss.xml", new String[] {"application/rss+xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Kabar Rekaan</title><link>%1$s/</link>
                        <item><title>Jembatan gantung Desa Lembah Hijau diresmikan</title><link>%1$s/berita/jembatan</link>
                          <pubDate>Wed, 04 Mar 2026 09:30:00 +0700</pubDate><description>Ringkasan jembatan.</description></item>
                        <item><title>Panen raya padi di Lembah Hijau</title><link>%1$s/berita/hilang</link>
                          <pubDate>Thu, 05 Mar 2026 10:00:00 +0700</pubDate>
                          <description>Petani Lembah Hijau memulai panen raya padi pada Kamis pagi.</description></item>
                        <item><title>Rapat tertutup</title><link>%1$s/privat/rapat</link>
                          <description>Rapat warga Lembah Hijau membahas irigasi.</description></item>
                        </channel></rss>""".formatted(base)},
                "/robots.txt", new String[] {"text/plain", "User-agent: *\nDisallow: /privat/\n"},
                "/privat/rapat", new String[] {"text/html", PAGE.formatted("Rahasia", "Rahasia", "Tidak boleh diambil.")},
                "/atom.xml", new String[] {"application/atom+xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <feed xmlns="http://www.w3.org/2005/Atom"><title>Warta Rekaan</title><id>urn:warta</id>
                        <updated>2026-03-06T08:00:00Z</updated>
                        <entry><title>Sekolah baru dibuka</title><id>urn:sekolah</id><link href="/berita/sekolah"/>
                          <updated>2026-03-06T08:00:00Z</updated></entry></feed>"""},
                "/berita/jembatan", new String[] {"text/html; charset=utf-8", PAGE.formatted("Jembatan",
                        "Jembatan gantung Desa Lembah Hijau diresmikan",
                        "Jembatan gantung sepanjang delapan puluh meter itu menghubungkan dua dusun.")},
                "/berita/sekolah", new String[] {"text/html", PAGE.formatted("Sekolah", "Sekolah baru dibuka",
                        "Sekolah dasar baru di Kampung Rekaan menerima seratus murid.")},
                "/rusak.xml", new String[] {"application/rss+xml", "<rss><channel><item>"});
        server.createContext("/", exchange -> {
            String[] route = routes.get(exchange.getRequestURI().getPath());
            byte[] body = route == null ? "tidak ada".getBytes(StandardCharsets.UTF_8)
                    : route[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", route == null ? "text/plain" : route[0]);
            exchange.sendResponseHeaders(route == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SourceReader reader() {
        return new SourceReader(new FileCorpusReader(), Duration.ZERO);
    }

    @Test
    void rssEntriesBecomeArticlesFromTheirPages() {
        reader().read(List.of(base + "/rss.xml"), listener);
        assertEquals(3, articles.size(), problems.toString());
        RawArticle bridge = articles.get(0);
        assertEquals(base + "/berita/jembatan", bridge.id());
        assertEquals("Kabar Rekaan", bridge.outlet());
        assertEquals("Jembatan gantung Desa Lembah Hijau diresmikan", bridge.title());
        assertEquals("2026-03-04T09:30:00+07:00", bridge.published().value());
        assertTrue(bridge.html().contains("delapan puluh meter"));
        RawArticle harvest = articles.get(1);
        assertTrue(harvest.html().contains("memulai panen raya"), "falls back to the feed's description");
        assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("/berita/hilang")
                && p.severity() == InputProblem.Severity.WARNING), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("/privat/rapat")
                && p.message().contains("robots.txt")), problems.toString());
        assertTrue(articles.get(2).html().contains("membahas irigasi"));
        assertTrue(!articles.get(2).html().contains("Tidak boleh diambil"));
    }

    @Test
    void robotsRulesFollowTheLongestMatch() {
        String robots = "User-agent: *\nDisallow: /\n\nUser-agent: Intisari\nUser-agent: other\n"
                + "Disallow: /privat/\nAllow: /privat/umum/\nDisallow: /*.pdf$\n";
        RobotsRules rules = RobotsRules.parse(robots, FeedReader.USER_AGENT);
        assertTrue(rules.allows("/berita/1"));
        assertTrue(!rules.allows("/privat/rapat"));
        assertTrue(rules.allows("/privat/umum/a"));
        assertTrue(!rules.allows("/laporan/a.pdf"));
        assertTrue(rules.allows("/laporan/a.pdf.html"));
        RobotsRules star = RobotsRules.parse(robots, "SomeBot/1.0");
        assertTrue(!star.allows("/berita/1"));
        assertTrue(RobotsRules.parse("", FeedReader.USER_AGENT).allows("/apa/saja"));
    }

    @Test
    void atomEntriesWithRelativeLinks() {
        reader().read(List.of(base + "/atom.xml"), listener);
        assertEquals(1, articles.size(), problems.toString());
        assertEquals(base + "/berita/sekolah", articles.get(0).url());
        assertEquals("Warta Rekaan", articles.get(0).outlet());
        assertTrue(articles.get(0).html().contains("seratus murid"));
    }

    @Test
    void badFeedsAreOneErrorEach() {
        reader().read(List.of(base + "/rusak.xml", base + "/tidak-ada.xml", "http://127.0.0.1:1/x.xml"), listener);
        assertEquals(0, articles.size());
        assertEquals(3, problems.stream().filter(p -> p.severity() == InputProblem.Severity.ERROR).count(),
                problems.toString());
    }

    @Test
    void aSavedFeedFileReadsItsEntriesOwnText() throws IOException {
        Path feed = temp.resolve("kabar.rss");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Kabar Rekaan</title>
                <item><title>Waduk rekaan mulai diisi</title><link>https://rekaan.example/berita/waduk</link>
                <pubDate>Wed, 04 Mar 2026 09:30:00 +0700</pubDate>
                <description><![CDATA[<p>Waduk Lembah Hijau mulai diisi air pada Rabu pagi.</p>]]></description></item>
                <item><title>Entri kosong</title><link>https://rekaan.example/berita/kosong</link></item>
                </channel></rss>
                """);
        Path notFeed = temp.resolve("bukan.xml");
        Files.writeString(notFeed, "<catatan>bukan umpan berita</catatan>");
        reader().read(List.of(feed.toString(), notFeed.toString()), listener);
        assertEquals(1, articles.size(), problems.toString());
        RawArticle dam = articles.get(0);
        assertEquals("https://rekaan.example/berita/waduk", dam.id());
        assertEquals(feed + "#1", dam.source());
        assertEquals("Kabar Rekaan", dam.outlet());
        assertEquals("2026-03-04T09:30:00+07:00", dam.published().value());
        assertTrue(dam.html().contains("mulai diisi air"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).source().equals(feed.toString()) && problems.get(0).message().contains("entry 2"),
                problems.toString());
        assertTrue(problems.get(1).source().equals(notFeed.toString())
                && problems.get(1).message().startsWith("cannot read feed"), problems.toString());
    }

    @Test
    void warcResponsesWithHtmlBecomeArticles() throws IOException {
        Path warc = temp.resolve("arsip.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            writer.write(response("https://rekaan.example/berita/pasar", 200, "text/html; charset=utf-8",
                    PAGE.formatted("Pasar", "Pasar terapung dibuka kembali",
                            "Pasar terapung di Sungai Rekaan kembali ramai setelah renovasi.")));
            writer.write(response("https://rekaan.example/gaya.css", 200, "text/css", "body{}"));
            writer.write(response("https://rekaan.example/hilang", 404, "text/html", "<p>tidak ada</p>"));
        }
        Path notes = temp.resolve("catatan.txt");
        Files.writeString(notes, "Catatan rekaan tentang pasar terapung yang ramai dikunjungi warga.\n");
        reader().read(List.of(warc.toString(), notes.toString()), listener);
        assertEquals(2, articles.size(), problems.toString());
        RawArticle market = articles.get(0);
        assertEquals("https://rekaan.example/berita/pasar", market.id());
        assertTrue(market.html().contains("kembali ramai"));
        assertNull(market.text());
        assertEquals("catatan.txt", articles.get(1).id());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aDamagedArchiveIsOneError() throws IOException {
        Path warc = temp.resolve("rusak.warc");
        Files.writeString(warc, "WARC/1.0\r\nbukan arsip\r\n");
        reader().read(List.of(warc.toString()), listener);
        assertEquals(0, articles.size());
        assertEquals(1, problems.size(), problems.toString());
    }

    private static WarcResponse response(String uri, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }
}
