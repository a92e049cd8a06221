package dev.intisari.core.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link HtmlMetadataReader} reads from the markup, collected in document order: the head's meta tags, the
 * JSON-LD scripts, the first {@code <time datetime>} marked as the publication time ({@code pubdate}, {@code
 * itemprop=datePublished}) and the first {@code <time datetime>} of any kind. The head is read by a traversal;
 * the body by a traversal of its own, or by the extraction's walk, which hands over every element it reads
 * ({@link #element}) and every sub-tree it skips ({@link #skipped}), so that the page is walked once. One page,
 * one thread.
 */
final class MetadataScan implements NodeVisitor {
    final List<Element> scripts = new ArrayList<>();
    /**
     * The head's meta tags that the metadata reads, by property, name or itemprop in lower case; the first content
     * of each wins.
     */
    final Map<String, String> metas = new HashMap<>();
    /** True while the head is read: only its meta tags count. */
    boolean inHead;
    Element publishedTime;
    Element anyTime;

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element e) {
            element(e);
        }
    }

    /** Reads one element (not its children). */
    void element(Element e) {
        if (e.attributesSize() == 0) {
            return;
        }
        String tag = e.normalName();
        if (inHead && tag.equals("meta")) {
            String property = wanted(e.attr("property"));
            String name = wanted(e.attr("name"));
            String itemprop = wanted(e.attr("itemprop"));
            if (property == null && name == null && itemprop == null) {
                return;
            }
            String content = e.attr("content").strip();
            if (!content.isEmpty()) {
                putMeta(property, content);
                putMeta(name, content);
                putMeta(itemprop, content);
            }
        } else if (tag.equals("script")) {
            if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                scripts.add(e);
            }
        } else if (tag.equals("time") && publishedTime == null && e.hasAttr("datetime")) {
            if (anyTime == null) {
                anyTime = e;
            }
            if (e.hasAttr("pubdate") || e.attr("itemprop").equalsIgnoreCase("datePublished")) {
                publishedTime = e;
            }
        }
    }

    /** Reads an element and everything under it: a sub-tree the extraction's walk does not enter. */
    void skipped(Element e) {
        if (e.childNodeSize() == 0) {
            element(e);
        } else {
            NodeTraversor.traverse(this, e);
        }
    }

    /** The key in lower case when the metadata reads it ({@link HtmlMetadataReader#META_KEYS}), else null. */
    private static String wanted(String key) {
        if (key.isEmpty()) {
            return null;
        }
        String k = key.toLowerCase(Locale.ROOT);
        return HtmlMetadataReader.META_KEYS.contains(k) ? k : null;
    }

    private void putMeta(String key, String content) {
        if (key != null) {
            metas.putIfAbsent(key, content);
        }
    }
}
