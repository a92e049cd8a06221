package dev.intisari.app.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A link target that is safe to put in {@code href}: a path of this app with every variable part
 * percent-encoded, or an external {@code http(s)} address that parsed as one. Anything else (a
 * {@code javascript:} or {@code data:} address, a malformed one) never becomes an Href.
 */
final class Href {
    private final String url;

    private Href(String url) {
        this.url = url;
    }

    static Href home(int page) {
        return new Href(page <= 1 ? "/" : "/?halaman=" + page);
    }

    static Href story(String id) {
        return new Href("/stories/" + segment(id));
    }

    static Href article(String id) {
        return new Href("/articles/" + path(id));
    }

    /** The article with sentence {@code sentence} highlighted and scrolled to. */
    static Href sentence(String id, int sentence) {
        return new Href("/articles/" + path(id) + "?kalimat=" + sentence + "#k-" + sentence);
    }

    static Href entity(String name) {
        return new Href("/entities/" + path(name));
    }

    static Href asset(String name) {
        return new Href("/assets/" + segment(name));
    }

    /** The search page with these parameters (null values left out), in the given order. */
    static Href search(Map<String, String> parameters) {
        StringJoiner q = new StringJoiner("&");
        parameters.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                q.add(segment(k) + "=" + segment(v));
            }
        });
        return new Href(q.length() == 0 ? "/search" : "/search?" + q);
    }

    /** A place on the same page (an element id). */
    static Href anchor(String id) {
        return new Href("#" + segment(id));
    }

    /** An external address, or null when it is not an absolute http(s) URL with a host. */
    static Href external(String address) {
        if (address == null || address.isBlank() || address.length() > 2_000) {
            return null;
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return new Href(uri.toASCIIString());
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }

    /** One path segment or query value, percent-encoded (spaces as %20). */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A value that may contain slashes (article ids from file paths): each segment encoded. */
    private static String path(String s) {
        StringJoiner j = new StringJoiner("/");
        for (String part : s.split("/", -1)) {
            j.add(part.equals(".") || part.equals("..") ? segment(part).replace(".", "%2E") : segment(part));
        }
        return j.toString();
    }

    @Override
    public String toString() {
        return url;
    }
}
