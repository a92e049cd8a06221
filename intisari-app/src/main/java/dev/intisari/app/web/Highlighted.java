package dev.intisari.app.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search titles and snippets arrive from the index HTML-escaped with {@code <mark>} around matches. They
 * are not inserted as HTML: the marks are taken out, the rest unescaped to plain text, and both written
 * again through {@link Markup}, so the page never depends on another module's escaping.
 */
final class Highlighted {
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");

    private Highlighted() {
    }

    static Markup render(String highlighted) {
        Markup m = new Markup();
        if (highlighted == null) {
            return m;
        }
        Matcher mark = MARK.matcher(highlighted);
        int at = 0;
        while (mark.find()) {
            m.text(plain(highlighted.substring(at, mark.start())));
            m.element("mark", plain(mark.group(1)));
            at = mark.end();
        }
        m.text(plain(highlighted.substring(at)));
        return m;
    }

    /** The plain text of escaped HTML text (entities decoded; any stray tag dropped). */
    static String plain(String escaped) {
        String noTags = escaped.replaceAll("<[^>]*>", "");
        Matcher e = ENTITY.matcher(noTags);
        StringBuilder out = new StringBuilder(noTags.length());
        while (e.find()) {
            e.appendReplacement(out, Matcher.quoteReplacement(decode(e.group(1), e.group())));
        }
        e.appendTail(out);
        return out.toString();
    }

    private static String decode(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> whole;
        };
    }
}
