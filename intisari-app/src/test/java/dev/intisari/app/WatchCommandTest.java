package dev.intisari.app;

import com.sun.net.httpserver.HttpServer;
import dev.intisari.store.FeedSubscription;
import dev.intisari.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code feeds add} and {@code watch --once} against a local server that honours conditional GET. */
class WatchCommandTest {
    @TempDir
    Path temp;

    private String run(int expectedExit, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Main.run(args), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void watchPollsConditionallyAndFetchesOnlyNewEntries() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
        AtomicInteger feedOk = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        AtomicInteger pageHits = new AtomicInteger();
        server.createContext("/rss.xml", ex -> {
            if (etag.get().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            feedOk.incrementAndGet();
            byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kabar Rekaan</title>"
                    + "<item><title>Waduk Rekaan mulai diisi</title><link>" + base + "/berita/waduk</link>"
                    + "<pubDate>Mon, 09 Mar 2026 07:00:00 +0700</pubDate></item></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("ETag", etag.get());
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/berita/waduk", ex -> {
            pageHits.incrementAndGet();
            byte[] body = ("<html><head><title>Waduk</title></head><body><article><h1>Waduk Rekaan mulai diisi</h1>"
                    + "<p>Pengisian awal Waduk Rekaan dimulai pada Senin pagi dan diperkirakan selesai dalam tiga "
                    + "bulan.</p><p>Waduk itu akan mengairi ribuan hektare sawah di sekitarnya.</p></article>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Path data = temp.resolve("data");
            String dir = data.toString();
            assertTrue(run(0, "feeds", "add", base + "/rss.xml", "--data", dir).contains("added"));
            assertTrue(run(0, "feeds", "add", base + "/rss.xml", "--data", dir).contains("already"));
            run(1, "feeds", "add", "ftp://contoh/feed", "--data", dir);

            String first = run(0, "watch", "--once", "--host-delay-ms", "0", "--data", dir);
            assertTrue(first.contains("1 added"), first);
            String second = run(0, "watch", "--once", "--host-delay-ms", "0", "--data", dir);
            assertTrue(second.contains("not modified"), second);
            etag.set("\"v2\"");
            String third = run(0, "watch", "--once", "--host-delay-ms", "0", "--data", dir);
            assertTrue(third.contains("0 added"), third);

            assertEquals(2, feedOk.get());
            assertEquals(1, notModified.get());
            assertEquals(1, pageHits.get(), "a stored entry is not fetched again");
            try (Store store = Store.open(data)) {
                assertEquals(1, store.articleCount());
                assertTrue(store.hasArticle(base + "/berita/waduk"));
                List<FeedSubscription> feeds = store.feeds();
                assertEquals(1, feeds.size());
                assertEquals("\"v2\"", feeds.get(0).etag());
                assertEquals(200, feeds.get(0).lastStatus());
            }
        } finally {
            server.stop(0);
        }
    }
}
