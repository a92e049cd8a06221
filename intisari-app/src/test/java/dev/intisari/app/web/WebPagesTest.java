package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.store.ErrorReport;
import dev.intisari.store.FictionalNews;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages over real HTTP: what each shows, links, errors, assets; the API beside them is unchanged. */
class WebPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An article whose id is a file path, as the demo corpus gives them. */
    private static final String PATH_ID = FictionalNews.FESTIVAL.replace("\"id\":\"festival-1\"",
            "\"id\":\"text/kabar sukamaju/festival-kopi.txt\"");

    @TempDir
    static Path temp;

    private static WebFixture site;
    private static String flood;

    @BeforeAll
    static void start() throws Exception {
        site = new WebFixture(temp.resolve("data"), FictionalNews.lines(FictionalNews.FLOOD_A, FictionalNews.FLOOD_B,
                FictionalNews.HARBOUR, PATH_ID));
        flood = site.store.storiesOf("banjir-1").get(0);
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    private static Document page(String path, int status) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase(java.util.Locale.ROOT), path);
        assertEquals(WebPages.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(null));
        Document d = Jsoup.parse(r.body());
        assertEquals("id", d.selectFirst("html").attr("lang"));
        return d;
    }

    @Test
    void theHomePageListsTheLatestStoriesAndPages() throws Exception {
        Document home = page("/", 200);
        List<String> links = home.select("a.story-title").eachAttr("href");
        assertEquals(site.store.storyCount(), links.size());
        assertEquals("/stories/" + site.store.storiesOf("text/kabar sukamaju/festival-kopi.txt").get(0), links.get(0),
                "latest first");
        assertTrue(links.contains("/stories/" + flood));
        assertTrue(home.select("nav.pager").isEmpty(), "one page");
        assertEquals(1, page("/?halaman=bukan-angka", 200).select("h1").size());
        assertTrue(page("/?halaman=9", 200).select("a.story-title").isEmpty());
    }

    @Test
    void theStoryPageShowsEveryKeyPointWithCitationsAndReports() throws Exception {
        site.store.addReport(new ErrorReport(0, flood, keyPoints().get(0).path("id").asText(), "other", null, null),
                "uji");
        Document story = page("/stories/" + flood, 200);
        List<JsonNode> expected = keyPoints();
        List<Element> shown = story.select("li.key-point");
        assertEquals(expected.size(), shown.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode kp = expected.get(i);
            Element li = shown.get(i);
            assertEquals(kp.path("id").asText(), li.attr("data-key-point"));
            assertEquals(kp.path("text").asText(), li.selectFirst(".kp-text").text());
            assertEquals("Didukung " + kp.path("outlets").asInt() + " media", li.selectFirst(".outlet-count").text());
            assertEquals(kp.path("citations").size(), li.select("a.citation").size());
            assertEquals("Laporkan kesalahan", li.selectFirst("button.report-open").text());
            assertNotNull(li.selectFirst("form.report-form select[name=reason] option[value=wrong-fact]"));
            assertTrue(li.selectFirst("ul.citations").hasAttr("hidden"), "citations are shown on demand");
        }
        assertEquals("1", shown.get(0).selectFirst(".report-count").attr("data-count"));
        String citation = shown.get(0).selectFirst("a.citation").attr("href");
        assertTrue(citation.matches("/articles/banjir-[12]\\?kalimat=\\d+#k-\\d+"), citation);
        assertFalse(story.select("#kutipan a[href='/entities/Budi%20Santosa']").isEmpty(), "who said what");
        Element table = story.selectFirst("#media table.outlets");
        assertEquals(List.of("Kabar Sukamaju", "Warta Pelita"), table.select("tbody th").eachText().stream()
                .map(t -> t.replace(" Pertama", "")).toList(), "earliest outlet first");
        assertEquals("Pertama", table.selectFirst("tbody tr.first .first-badge").text());
        assertEquals(2, story.select("#artikel li").size());
        assertEquals(List.of("/articles/banjir-1", "/articles/banjir-2"), story.select("#artikel li > a").eachAttr("href"),
                "articles in publication order");
        assertNotNull(story.selectFirst("link[rel=stylesheet][href=/assets/intisari.css]"));
    }

    @Test
    void aCitationLinkHighlightsTheSentenceInItsArticle() throws Exception {
        JsonNode article = JSON.readTree(site.store.article("banjir-1").orElseThrow());
        JsonNode s = article.path("sentences").get(1);
        String sentence = article.path("text").asText().substring(s.path("start").asInt(), s.path("end").asInt());
        Document page = page("/articles/banjir-1?kalimat=1", 200);
        Element mark = page.selectFirst(".article-text mark.cited");
        assertNotNull(mark);
        assertEquals("k-1", mark.id());
        assertEquals(sentence, mark.text());
        assertEquals(article.path("sentences").size(), page.select(".article-text [id^=k-]").size());
        assertTrue(page.select(".related a").size() <= 6);
    }

    @Test
    void articleIdsWithSlashesAndSpacesWork() throws Exception {
        Document page = page("/articles/text/kabar%20sukamaju/festival-kopi.txt", 200);
        assertEquals("Festival kopi Sukamaju tarik ribuan pengunjung", page.selectFirst("h1").text());
        page("/articles/text/tidak-ada.txt", 404);
    }

    @Test
    void theEntityPageShowsQuotesAndStories() throws Exception {
        Document budi = page("/entities/budi%20santosa", 200);
        assertEquals("Budi Santosa", budi.selectFirst("h1").text());
        assertFalse(budi.select("#kutipan li q").isEmpty());
        assertTrue(budi.select("#cerita a.story-title").eachAttr("href").contains("/stories/" + flood));
        page("/entities/Tidak%20Ada", 404);
    }

    @Test
    void searchShowsMarkedHitsAndFacets() throws Exception {
        Document found = page("/search?q=mengungsi", 200);
        assertEquals(2, found.select("li.hit").size());
        assertFalse(found.select("li.hit .snippet mark").isEmpty());
        assertEquals("mengungsi", found.selectFirst("input#q").val(), "the box keeps the query");
        List<String> outlets = found.select("section[data-facet=media] a").eachText();
        assertEquals(List.of("Kabar Sukamaju", "Warta Pelita"), outlets.stream().sorted().toList());
        Document narrowed = page(found.selectFirst("section[data-facet=media] a").attr("href"), 200);
        assertEquals(1, narrowed.select("li.hit").size());
        assertEquals("0 artikel ditemukan.", page("/search?q=gempa", 200).selectFirst("#jumlah").text());
        assertEquals("Cari berita", page("/search", 200).selectFirst("h1").text());
        assertEquals(200, site.get("/search?q=%22tidak+tertutup").statusCode(), "an unparsable query is words");
    }

    @Test
    void errorsAreHtmlPagesOutsideTheApiAndJsonInside() throws Exception {
        assertEquals("Halaman tidak ditemukan", page("/stories/s-000000000000", 404).selectFirst("h1").text());
        page("/tidak/ada", 404);
        HttpResponse<String> api = site.get("/api/tidak-ada");
        assertEquals(404, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(404, JSON.readTree(api.body()).path("error").path("status").asInt());
        assertEquals(200, site.get("/api/stories").statusCode());
    }

    @Test
    void assetsAreServedByTheApp() throws Exception {
        HttpResponse<String> css = site.get("/assets/intisari.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        HttpResponse<String> js = site.get("/assets/intisari.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertFalse(js.body().contains("innerHTML"), "the script builds DOM without parsing strings as HTML");
        assertEquals(404, site.get("/assets/tidak-ada.js").statusCode());
        assertEquals(404, site.get("/assets/..%2Fintisari.db").statusCode());
    }

    private static List<JsonNode> keyPoints() throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        JSON.readTree(site.store.story(flood).orElseThrow()).path("key_points").forEach(out::add);
        return out;
    }
}
