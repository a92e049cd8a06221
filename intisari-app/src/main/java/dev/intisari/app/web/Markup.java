package dev.intisari.app.web;

import java.util.regex.Pattern;

/**
 * An HTML builder that is safe by construction: every text and attribute value goes through
 * {@link #escape}, tag and attribute names must be plain names written in code, and {@code href}
 * or {@code src} values must come from {@link Href}. There is no way to add raw HTML except another Markup.
 */
final class Markup {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    private final StringBuilder out;

    Markup() {
        this(new StringBuilder(4096));
    }

    private Markup(StringBuilder out) {
        this.out = out;
    }

    /** Escapes text for an HTML text node or a double-quoted attribute value. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\u0000' -> "\uFFFD";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Opens an element. {@code attributes} are name/value pairs; a null value leaves the attribute out; an
     * {@link Href} value is written as its URL; {@code href} and {@code src} accept only an {@link Href}.
     */
    Markup open(String tag, Object... attributes) {
        name(tag);
        out.append('<').append(tag);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String attribute = name(String.valueOf(attributes[i]));
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            if ((attribute.equals("href") || attribute.equals("src") || attribute.equals("action"))
                    && !(value instanceof Href)) {
                throw new IllegalArgumentException(attribute + " takes an Href");
            }
            if (attribute.startsWith("on") || attribute.equals("style")) {
                throw new IllegalArgumentException("no inline handlers or styles: " + attribute);
            }
            out.append(' ').append(attribute);
            if (!(value instanceof Boolean b) || !b) {
                out.append("=\"").append(escape(value.toString())).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Markup close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** An element holding only escaped text. */
    Markup element(String tag, String text, Object... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link; {@code href} null writes the text alone. */
    Markup link(Href href, String text, Object... attributes) {
        if (href == null) {
            return text(text);
        }
        Object[] all = new Object[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    Markup append(Markup other) {
        out.append(other.out);
        return this;
    }

    /** The document type line; the only literal markup besides elements. */
    Markup doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain name: " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
