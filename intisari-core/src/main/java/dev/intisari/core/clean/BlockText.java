package dev.intisari.core.clean;

import org.jsoup.nodes.Element;

import java.util.Locale;

/** Text of HTML blocks as {@link ContainerScoringExtractor} reads it: blanks, line breaks, hidden elements. */
final class BlockText {
    private BlockText() {
    }

    /** The length of {@code s} without its leading and trailing blanks, without copying it. */
    static int strippedLength(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    private static boolean mentions(String s, String lowerWord) {
        for (int i = 0; i + lowerWord.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean blank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Appends HTML text with its source line breaks read as blanks (only {@code <br>} breaks a line). */
    static void appendFlat(StringBuilder out, String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            out.append(s);
            return;
        }
        out.ensureCapacity(out.length() + s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
    }

    static boolean hidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.length() < "display:none".length() || !mentions(style, "none") && !mentions(style, "hidden")) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Collapses blanks, keeps line breaks from {@code <br>}, drops blank lines. */
    static String collapse(CharSequence raw) {
        if (collapsed(raw)) {
            return raw.toString();
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > ' ' && c < '\u0085') {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            } else if (c == '\n') {
                trimEnd(out);
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        trimEnd(out);
        return out.toString();
    }

    /** Whether {@code raw} is already as {@link #collapse} leaves it: single inner blanks, no breaks, no edges. */
    private static boolean collapsed(CharSequence raw) {
        int n = raw.length();
        if (n == 0 || raw.charAt(0) == ' ' || raw.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c > ' ' && c < '\u0085') {
                previous = c;
                continue;
            }
            if (c == ' ' ? previous == ' ' : c == '\n' || c == '\u00A0' || Character.isWhitespace(c)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static void trimEnd(StringBuilder sb) {
        int len = sb.length();
        while (len > 0 && (sb.charAt(len - 1) == ' ' || sb.charAt(len - 1) == '\n')) {
            len--;
        }
        sb.setLength(len);
    }
}
