package dev.intisari.app.web;

import dev.intisari.store.FictionalNews;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.intisari.app.web.HeadlessChromium.screenshot;
import static dev.intisari.app.web.HeadlessChromium.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page in headless Chromium: open a story, open a citation, file a report, search. One browser and
 * one server for the class; screenshots in target/screenshots.
 */
@EnabledIf(value = "dev.intisari.app.web.HeadlessChromium#installed", disabledReason = HeadlessChromium.MISSING)
class BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path temp;

    private static WebFixture site;
    private static ChromeDriver browser;
    private static String flood;

    @BeforeAll
    static void start() throws Exception {
        site = new WebFixture(temp.resolve("data"), FictionalNews.lines(FictionalNews.FLOOD_A, FictionalNews.FLOOD_B,
                FictionalNews.HARBOUR, FictionalNews.FESTIVAL));
        flood = site.store.storiesOf("banjir-1").get(0);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    private static void open(String path) {
        browser.get(site.base + path);
    }

    @Test
    void theHomePageListsStoriesAndOpensOne() throws Exception {
        open("/");
        assertEquals("Berita terbaru", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> stories = browser.findElements(By.cssSelector("a.story-title"));
        assertEquals(site.store.storyCount(), stories.size());
        WebElement link = browser.findElement(By.cssSelector("a.story-title[href='/stories/" + flood + "']"));
        String title = link.getText();
        screenshot(browser, "beranda");
        link.click();
        assertTrue(waitFor(() -> browser.getCurrentUrl().endsWith("/stories/" + flood), WAIT));
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("li.key-point")).isEmpty(), "key points shown");
        assertTrue(browser.findElement(By.cssSelector("li.key-point .outlet-count")).getText().startsWith("Didukung"));
        assertTrue(browser.findElement(By.id("kutipan")).getText().contains("Budi Santosa"), "who said what");
        assertTrue(browser.findElement(By.id("media")).getText().contains("Kabar Sukamaju"), "outlet comparison");
        assertFalse(browser.findElement(By.cssSelector("ul.citations")).isDisplayed(), "citations on demand");
        screenshot(browser, "cerita");
    }

    @Test
    void aCitationOpensItsArticleWithTheSentenceHighlighted() throws Exception {
        open("/stories/" + flood);
        WebElement point = browser.findElement(By.cssSelector("li.key-point"));
        point.findElement(By.cssSelector("button.toggle-citations")).click();
        WebElement list = point.findElement(By.cssSelector("ul.citations"));
        assertTrue(waitFor(list::isDisplayed, WAIT), "citations shown after the click");
        WebElement item = list.findElement(By.cssSelector("li.citation-item"));
        String sentence = item.findElement(By.cssSelector("q.cited-sentence")).getText();
        item.findElement(By.cssSelector("a.citation")).click();
        By mark = By.cssSelector(".cited-article mark.cited");
        assertTrue(waitFor(() -> item.findElement(mark).isDisplayed(), WAIT), "the cited sentence is highlighted");
        assertEquals(sentence, item.findElement(mark).getText());
        assertTrue(item.findElement(By.cssSelector(".cited-article .article-text")).getText().length()
                > sentence.length(), "shown inside its article text");
        screenshot(browser, "sumber");
        item.findElement(By.cssSelector("a.citation")).click();
        assertTrue(waitFor(() -> !item.findElement(By.cssSelector(".cited-article")).isDisplayed(), WAIT));
    }

    @Test
    void aReportIsFiledAndTheCountGoesUp() throws Exception {
        open("/stories/" + flood);
        WebElement point = browser.findElement(By.cssSelector("li.key-point"));
        String keyPoint = point.getAttribute("data-key-point");
        WebElement count = point.findElement(By.cssSelector(".report-count"));
        int before = Integer.parseInt(count.getAttribute("data-count"));
        point.findElement(By.cssSelector("button.report-open")).click();
        WebElement form = point.findElement(By.cssSelector("form.report-form"));
        assertTrue(waitFor(form::isDisplayed, WAIT));
        form.findElement(By.cssSelector("select[name=reason] option[value=wrong-fact]")).click();
        form.findElement(By.name("comment")).sendKeys("Jumlah posko keliru <b>uji</b>");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertTrue(waitFor(() -> count.getAttribute("data-count").equals(String.valueOf(before + 1)), WAIT),
                "count goes from " + before + " to " + (before + 1) + ", shows " + count.getText());
        assertEquals((before + 1) + " laporan kesalahan", count.getText());
        assertTrue(form.findElement(By.cssSelector(".report-status")).getText().startsWith("Terima kasih"));
        assertEquals(before + 1, site.store.reportCounts(flood).get(keyPoint));
        assertEquals("Jumlah posko keliru <b>uji</b>", site.store.reports(flood).get(before).comment());
        screenshot(browser, "laporan");
        open("/stories/" + flood);
        assertEquals(String.valueOf(before + 1), browser.findElement(By.cssSelector("li.key-point .report-count"))
                .getAttribute("data-count"), "the count survives a reload");
    }

    @Test
    void searchHighlightsMatchesAndFacetsNarrowIt() throws Exception {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("mengungsi");
        box.submit();
        assertTrue(waitFor(() -> browser.getCurrentUrl().contains("/search?q=mengungsi"), WAIT));
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertEquals(2, hits.size(), "both flood articles (pengungsian is found through the stemmer)");
        assertTrue(browser.findElements(By.cssSelector("li.hit .snippet mark")).stream()
                .anyMatch(m -> m.getText().toLowerCase(java.util.Locale.ROOT).contains("pengungsi")));
        screenshot(browser, "cari");
        browser.findElement(By.cssSelector("section[data-facet=media] a")).click();
        assertTrue(waitFor(() -> browser.getCurrentUrl().contains("media="), WAIT));
        assertEquals(1, browser.findElements(By.cssSelector("li.hit")).size(), "one outlet's article");
        assertTrue(browser.findElement(By.cssSelector("p.filters")).getText().contains("Media:"));
        browser.findElement(By.cssSelector("li.hit a.hit-title")).click();
        assertTrue(waitFor(() -> browser.getCurrentUrl().contains("/articles/banjir-"), WAIT));
        assertFalse(browser.findElements(By.cssSelector(".article-text span.sentence")).isEmpty());
        screenshot(browser, "artikel");
    }

    @Test
    void theEntityPageShowsQuotesAndStories() throws Exception {
        open("/entities/Budi%20Santosa");
        assertEquals("Budi Santosa", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("#kutipan li")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#cerita a.story-title")).isEmpty());
        screenshot(browser, "tokoh");
    }
}
