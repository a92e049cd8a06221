package dev.intisari.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fictional articles whose ids, titles, bodies, outlets, addresses and quotes carry script payloads: every
 * page type must show them as text. Over HTTP the HTML holds no payload as markup and carries the security
 * headers; in the browser no dialog opens and no injected element exists, also after the script has
 * loaded citations into the page.
 */
class XssTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "<script>alert('xss-script')</script>";
    private static final String IMG = "<img src=x onerror=alert('xss-img')>";
    private static final String BREAKOUT = "\"><svg onload=alert('xss-svg')>";
    private static final String LINK = "<a href=\"javascript:alert('xss-link')\">klik</a>";
    private static final String EVIL_ID = "\"><img src=x onerror=alert('xss-id')>";
    /** Markup the payloads would create if anything were written unescaped. */
    private static final List<String> RAW = List.of("<script>alert", "<img src=x", "<svg onload", "<a href=\"javascript",
            "<iframe");

    @TempDir
    static Path temp;

    private static WebFixture site;
    private static String story;

    @BeforeAll
    static void start() throws Exception {
        String a = article("xss-1", "Kabar " + SCRIPT, "Banjir " + BREAKOUT + " rendam Kota Sukamaju",
                "javascript:alert('xss-url')", "2026-03-02T08:00:00+07:00",
                "Banjir merendam ratusan rumah di Kota Sukamaju pada Senin pagi " + IMG + " setelah hujan deras.\n\n"
                        + "Wali Kota Sukamaju Budi Santosa mengatakan tiga posko pengungsian dibuka " + LINK + ". "
                        + "\"Kami sudah menyiapkan perahu karet " + IMG + " dan dapur umum " + SCRIPT
                        + " untuk warga,\" kata Budi di Balai Kota.\n\n"
                        + "Ketinggian air mencapai satu meter " + BREAKOUT + " di Kelurahan Cempaka.");
        String b = article(EVIL_ID, "Warta " + BREAKOUT, "Ratusan rumah terendam banjir " + IMG + " di Sukamaju",
                "https://warta.example/banjir?a=1&b=\"><script>alert(1)</script>", "2026-03-02T11:30:00+07:00",
                "Ratusan rumah di Kota Sukamaju terendam banjir " + SCRIPT + " setelah hujan deras.\n\n"
                        + "Wali Kota Sukamaju Budi Santosa mengatakan tiga posko pengungsian telah dibuka. "
                        + "\"Kami sudah menyiapkan perahu karet " + IMG + " dan dapur umum " + SCRIPT
                        + " untuk warga,\" ujar Budi.\n\n"
                        + "Ketinggian air di Kelurahan Cempaka mencapai satu meter " + LINK + ".");
        site = new WebFixture(temp.resolve("data"), a + "\n" + b + "\n");
        story = site.store.storiesOf("xss-1").get(0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    private static String article(String id, String outlet, String title, String url, String published,
                                  String text) throws Exception {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id).put("outlet", outlet).put("title", title).put("url", url).put("published", published)
                .put("text", text);
        return JSON.writeValueAsString(n);
    }

    /** Every page type, with payloads in the path and query where a page echoes them. */
    private static List<String> pages() {
        String evil = Href.segment(EVIL_ID);
        return List.of("/", "/?halaman=" + Href.segment(SCRIPT), "/stories/" + story,
                "/articles/xss-1", "/articles/xss-1?kalimat=1", "/articles/" + evil + "?kalimat=0",
                "/entities/Budi%20Santosa", "/search?q=banjir", "/search?q=" + Href.segment(SCRIPT),
                "/search?q=banjir&media=" + Href.segment("Kabar " + SCRIPT) + "&entitas=" + Href.segment(BREAKOUT),
                "/search?q=" + Href.segment(BREAKOUT) + "&dari=2026-03-01&sampai=" + Href.segment(IMG),
                "/stories/" + Href.segment(SCRIPT), "/entities/" + Href.segment(BREAKOUT), "/articles/" + evil + "x");
    }

    @Test
    void everyPageEscapesThePayloadsAndSendsTheSecurityHeaders() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String path : pages()) {
            HttpResponse<String> r = site.get(path);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 404, path + " → " + r.statusCode());
            assertEquals(WebPages.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy")
                    .orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            for (String raw : RAW) {
                assertFalse(r.body().contains(raw), path + " contains " + raw);
            }
            inert(path, Jsoup.parse(r.body()));
            all.append(r.body());
        }
        // the payloads did reach the pages, as text
        for (String escaped : List.of("&lt;script&gt;alert(&#39;xss-script&#39;)&lt;/script&gt;",
                "&lt;img src=x onerror=alert(&#39;xss-img&#39;)&gt;", "&quot;&gt;&lt;svg onload=alert(&#39;xss-svg&#39;)&gt;",
                "&lt;a href=&quot;javascript:alert(&#39;xss-link&#39;)&quot;&gt;klik&lt;/a&gt;")) {
            assertTrue(all.toString().contains(escaped), "shown as text somewhere: " + escaped);
        }
        assertTrue(site.get("/articles/xss-1").body().contains("Kabar &lt;script&gt;"), "the outlet as text");
    }

    /** No element, attribute or link the page did not write itself. */
    private static void inert(String path, Document page) {
        for (Element e : page.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script")) {
                assertEquals("/assets/intisari.js", e.attr("src"), path + ": " + e);
                assertTrue(e.data().isEmpty(), path + ": inline script " + e);
            }
            assertFalse(List.of("img", "iframe", "object", "embed", "base", "style", "frame").contains(tag),
                    path + ": injected " + e);
            if (tag.equals("svg")) {
                assertTrue(e.hasClass("timeline-chart"), path + ": injected " + e);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style") || name.equals("srcdoc"),
                        path + ": attribute " + a + " on " + tag);
                if (name.equals("href") || name.equals("src") || name.equals("action")) {
                    String v = a.getValue().strip().toLowerCase(Locale.ROOT);
                    assertTrue(v.startsWith("/") || v.startsWith("#") || v.startsWith("http://")
                            || v.startsWith("https://"), path + ": link " + a);
                }
            }
        }
    }

    @Test
    @EnabledIf(value = "dev.intisari.app.web.HeadlessChromium#installed", disabledReason = HeadlessChromium.MISSING)
    void nothingRunsInTheBrowser() throws Exception {
        ChromeDriver browser = HeadlessChromium.start();
        try {
            for (String path : pages()) {
                browser.get(site.base + path);
                clean(browser, path);
            }
            browser.get(site.base + "/stories/" + story);
            List<WebElement> toggles = browser.findElements(By.cssSelector("button.toggle-citations"));
            assertFalse(toggles.isEmpty());
            for (WebElement t : toggles) {
                t.click();
            }
            List<WebElement> citations = browser.findElements(By.cssSelector("a.citation"));
            assertFalse(citations.isEmpty());
            for (WebElement c : citations) {
                // each click opens an article above the next citation: bring the next one into view first
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", c);
                c.click();
            }
            assertTrue(HeadlessChromium.waitFor(() -> browser.findElements(By.cssSelector(".cited-article mark.cited"))
                    .size() == citations.size(), Duration.ofSeconds(20)), "every citation loaded");
            Thread.sleep(500);
            clean(browser, "story with citations open");
            HeadlessChromium.screenshot(browser, "xss-cerita");
            browser.get(site.base + "/articles/" + Href.segment(EVIL_ID));
            String title = browser.findElement(By.tagName("h1")).getText();
            assertEquals("Ratusan rumah terendam banjir " + IMG + " di Sukamaju", title, "shown as text");
            HeadlessChromium.screenshot(browser, "xss-artikel");
        } finally {
            browser.quit();
        }
    }

    private static void clean(ChromeDriver browser, String where) {
        try {
            String text = browser.switchTo().alert().getText();
            fail(where + ": a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        Object injected = browser.executeScript("return Array.from(document.querySelectorAll("
                + "'img, iframe, object, embed, style, svg:not(.timeline-chart), script:not([src=\"/assets/intisari.js\"])'"
                + ")).concat(Array.from(document.querySelectorAll('*')).filter(function (e) {"
                + " return Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); }))"
                + ".map(function (e) { return e.outerHTML.slice(0, 120); });");
        assertEquals(List.of(), injected, where + ": injected elements");
        Object hrefs = browser.executeScript("return Array.from(document.querySelectorAll('a[href]'))"
                + ".map(function (a) { return a.getAttribute('href'); })"
                + ".filter(function (h) { return /^\\s*(javascript|data|vbscript):/i.test(h); });");
        assertEquals(List.of(), hrefs, where + ": script links");
    }
}
