package dev.intisari.core.clean;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.intisari.model.Published;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Article metadata from markup, most reliable first: JSON-LD of an article type (headline, datePublished,
 * author, publisher, articleBody), then OpenGraph and meta tags (og:title, og:site_name,
 * article:published_time, author), then {@code <time datetime>}, then a date in the URL. Broken JSON-LD is
 * skipped, never fatal.
 */
final class HtmlMetadataReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
            .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "report",
            "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle");
    private static final String[] DATE_META = {"article:published_time", "og:article:published_time",
            "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "content_PublishedDate", "parsely-pub-date", "sailthru.date",
            "article.published", "published-date", "release_date", "dtreviewed"};
    /** The meta tags read besides the dates. */
    private static final String[] NAMED_META = {"og:title", "twitter:title", "og:url", "og:site_name",
            "application-name", "author", "article:author", "dc.creator"};
    /** Every meta key this reader asks for, in lower case: the scan keeps no other meta tag. */
    static final Set<String> META_KEYS = metaKeys();
    private static final int MAX_JSON = 2_000_000;

    PageMetadata read(Document doc, String url) {
        MetadataScan scan = headScan(doc);
        NodeTraversor.traverse(scan, doc.body());
        return read(doc, url, scan);
    }

    /**
     * A scan that has read the page's head (its meta tags, scripts and times); the body is read next, in
     * document order, by a traversal of its own or by the extraction's walk ({@link ContainerScoringExtractor#walk}).
     */
    static MetadataScan headScan(Document doc) {
        MetadataScan scan = new MetadataScan();
        scan.inHead = true;
        NodeTraversor.traverse(scan, doc.head());
        scan.inHead = false;
        return scan;
    }

    /** The metadata from a scan that has read the head and the body. */
    PageMetadata read(Document doc, String url, MetadataScan scan) {
        Map<String, String> metas = scan.metas;
        JsonLd ld = jsonLd(scan.scripts);
        String title = first(ld.headline, meta(metas, "og:title"), meta(metas, "twitter:title"));
        if (title == null) {
            title = pageTitle(doc);
        }
        Published published = PublishedDates.iso(ld.datePublished, "json-ld").orElse(null);
        if (published == null) {
            for (String key : DATE_META) {
                Optional<Published> p = PublishedDates.iso(meta(metas, key), "meta");
                if (p.isPresent()) {
                    published = p.get();
                    break;
                }
            }
        }
        if (published == null) {
            published = timeElement(scan).orElse(null);
        }
        if (published == null) {
            published = PublishedDates.url(url != null ? url : meta(metas, "og:url")).orElse(null);
        }
        String outlet = first(ld.publisher, meta(metas, "og:site_name"), meta(metas, "application-name"));
        List<String> authors = new ArrayList<>(ld.authors);
        if (authors.isEmpty()) {
            String author = first(meta(metas, "author"), meta(metas, "article:author"), meta(metas, "dc.creator"));
            if (author != null && !author.startsWith("http")) {
                authors.add(author);
            }
        }
        return new PageMetadata(title, published, outlet, authors, ld.articleBody);
    }

    private static Optional<Published> timeElement(MetadataScan scan) {
        Element best = scan.publishedTime != null ? scan.publishedTime : scan.anyTime;
        return best == null ? Optional.empty() : PublishedDates.iso(best.attr("datetime"), "time");
    }

    private static String meta(Map<String, String> metas, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (!META_KEYS.contains(k)) {
            throw new IllegalArgumentException("meta key " + key + " is not in META_KEYS, so the scan does not keep it");
        }
        return metas.get(k);
    }

    private static Set<String> metaKeys() {
        Set<String> keys = new java.util.HashSet<>();
        for (String k : DATE_META) {
            keys.add(k.toLowerCase(Locale.ROOT));
        }
        for (String k : NAMED_META) {
            keys.add(k.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(keys);
    }

    /**
     * The page's {@code <title>} without the site's name around it: when an {@code <h1>} of the page is most of
     * the title ("Banjir Rendam Desa - Warta Contoh"), that heading; else the title as written. A heading that is
     * the smaller part, or all one link to the home page (a site's name set as its logo), does not count.
     */
    static String pageTitle(Document doc) {
        String title = first(doc.title());
        if (title == null) {
            return null;
        }
        for (Element h : doc.getElementsByTag("h1")) {
            if (homeLink(h)) {
                continue;
            }
            String heading = h.text().strip();
            if (heading.length() >= 12 && 2 * heading.length() > title.length() && heading.length() < title.length()
                    && title.contains(heading)) {
                return heading;
            }
        }
        return title;
    }

    /** A heading that is all one link to the site's home page: the site's name set as its logo. */
    private static boolean homeLink(Element heading) {
        Elements links = heading.getElementsByTag("a");
        if (links.size() != 1 || !links.get(0).text().strip().equals(heading.text().strip())) {
            return false;
        }
        String href = links.get(0).attr("href").strip();
        int scheme = href.indexOf("://");
        String path = scheme < 0 ? href : href.indexOf('/', scheme + 3) < 0 ? "/" : href.substring(href.indexOf('/', scheme + 3));
        return path.isEmpty() || path.equals("/") || path.startsWith("/?") || path.startsWith("/#")
                || path.equals("/index.html") || path.equals("/index.php");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The fields of the first article object in the page's JSON-LD. */
    private static final class JsonLd {
        String headline;
        String datePublished;
        String publisher;
        String articleBody;
        final List<String> authors = new ArrayList<>();
        boolean found;
    }

    private static JsonLd jsonLd(List<Element> scripts) {
        JsonLd ld = new JsonLd();
        for (Element script : scripts) {
            String json = scriptText(script);
            if (json.length() > MAX_JSON || !json.contains("Article") && !json.contains("Posting")
                    && !json.contains("article") && !json.contains("Report")) {
                continue;
            }
            try {
                visit(JSON.readTree(leadingStripped(json)), ld, 0);
            } catch (Exception malformed) {
                continue;
            }
            if (ld.found) {
                break;
            }
        }
        return ld;
    }

    /** A script's text, as {@link Element#data()} gives it, without a copy when it is one data node (the usual case). */
    private static String scriptText(Element script) {
        return script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode d ? d.getWholeData() : script.data();
    }

    /**
     * The JSON as the parser reads it after {@link String#strip()}, copied only when a blank other than the
     * parser's own (space, tab, line feed, carriage return) opens it: the parser skips its own blanks, and reads
     * nothing after the first value.
     */
    private static String leadingStripped(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return Character.isWhitespace(c) ? json.strip() : json;
            }
        }
        return json;
    }

    private static void visit(JsonNode node, JsonLd ld, int depth) {
        if (node == null || ld.found || depth > 6) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                visit(child, ld, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticle(node.get("@type"))) {
            ld.found = true;
            ld.headline = text(node.get("headline"));
            ld.datePublished = text(node.get("datePublished"));
            ld.articleBody = text(node.get("articleBody"));
            JsonNode publisher = node.get("publisher");
            ld.publisher = publisher == null ? null : publisher.isTextual() ? publisher.asText() : text(publisher.get("name"));
            JsonNode author = node.get("author");
            if (author != null) {
                for (JsonNode a : author.isArray() ? author : List.of(author)) {
                    String name = a.isTextual() ? a.asText() : text(a.get("name"));
                    if (name != null && !name.isBlank() && !name.startsWith("http")) {
                        ld.authors.add(name.strip());
                    }
                }
            }
            return;
        }
        visit(node.get("@graph"), ld, depth + 1);
        visit(node.get("mainEntity"), ld, depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(java.util.Locale.ROOT));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        return node.isValueNode() ? node.asText() : null;
    }
}
