package dev.intisari.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one escaping path of the pages, links, and the re-escaping of search highlights. */
class MarkupTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Banjir di Sukamaju|Banjir di Sukamaju",
        "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
        "`\"><svg onload=alert(1)>`|&quot;&gt;&lt;svg onload=alert(1)&gt;",
        "Rp 5 & 'murah'|Rp 5 &amp; &#39;murah&#39;",
        "`a\u0000b`|a\uFFFDb",
    })
    void textIsEscaped(String text, String expected) {
        assertEquals(expected, new Markup().text(text).toString());
    }

    @Test
    void attributeValuesAreEscapedAndQuoted() {
        assertEquals("<span title=\"&quot; onmouseover=&quot;alert(1)\">x</span>",
                new Markup().element("span", "x", "title", "\" onmouseover=\"alert(1)").toString());
        assertEquals("<input hidden>", new Markup().open("input", "hidden", true, "value", null).toString());
    }

    @Test
    void handlersStylesRawLinksAndOddNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("a", "onclick", "x()"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("p", "style", "color:red"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("a", "href", "javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("img src=x", "alt", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("a", "x onload", "y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x",
        "//evil.example/x", "/relatif", "http://", "bukan alamat", "https://a.example/\"><script>"})
    void onlyAbsoluteHttpAddressesBecomeExternalLinks(String address) {
        assertNull(Href.external(address), address);
    }

    @Test
    void externalAndAppLinks() {
        assertNotNull(Href.external("https://warta.example/berita/banjir?id=1"));
        assertEquals("/articles/text/kbn/banjir%20besar.txt", Href.article("text/kbn/banjir besar.txt").toString());
        assertEquals("/articles/%2E%2E/x", Href.article("../x").toString());
        assertEquals("/entities/Budi%20Santosa", Href.entity("Budi Santosa").toString());
        assertEquals("/search?q=%3Cscript%3E&media=Warta%20%26%20Kabar",
                Href.search(new java.util.LinkedHashMap<>(java.util.Map.of("q", "<script>")) {{
                    put("media", "Warta & Kabar");
                }}).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // escaped by the index, marks around matches: written again, marks kept
        "posko <mark>pengungsian</mark> &amp; dapur|posko <mark>pengungsian</mark> &amp; dapur",
        "&lt;script&gt;alert(1)&lt;/script&gt; <mark>banjir</mark>|&lt;script&gt;alert(1)&lt;/script&gt; <mark>banjir</mark>",
        "`&quot;&gt;&lt;svg onload=x&gt;`|&quot;&gt;&lt;svg onload=x&gt;",
        "&#x27;a&#x27; &#39;b&#39;|&#39;a&#39; &#39;b&#39;",
        // an index that forgot to escape still gives no markup
        "<script>alert(1)</script><mark><img src=x onerror=y></mark>|alert(1)<mark></mark>",
    })
    void searchHighlightsAreRewrittenNotTrusted(String fromIndex, String expected) {
        assertEquals(expected, Highlighted.render(fromIndex).toString());
    }
}
