package dev.intisari.core.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits names into words at white space ({@code \s+}) or at white space and hyphens ({@code [\s-]+}) exactly as
 * {@link String#split(String)} does with those patterns (an empty first part when the name starts with a
 * separator, trailing empty parts dropped), without a regular expression: names are split for every entity of
 * every article.
 */
final class NameWords {
    private NameWords() {
    }

    /** {@code name.split("\\s+")}. */
    static String[] spaces(String name) {
        return split(name, false);
    }

    /** {@code name.split("[\\s-]+")}. */
    static String[] spacesAndHyphens(String name) {
        return split(name, true);
    }

    private static String[] split(String s, boolean hyphens) {
        int n = s.length();
        List<String> parts = null;
        int from = 0;
        int i = 0;
        while (i < n) {
            if (!separator(s.charAt(i), hyphens)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && separator(s.charAt(j), hyphens)) {
                j++;
            }
            if (parts == null) {
                parts = new ArrayList<>(4);
            }
            parts.add(s.substring(from, i));
            from = j;
            i = j;
        }
        if (parts == null) {
            return new String[] {s};
        }
        parts.add(s.substring(from));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(String[]::new);
    }

    /** Whether {@code text[i, i + n)} is part of a longer word: a letter or digit touches it on either side. */
    static boolean insideWord(String text, int i, int n) {
        return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                || i + n < text.length() && Character.isLetterOrDigit(text.charAt(i + n));
    }

    /** The first position at or after {@code k} that is not a plain space. */
    static int spacesAfter(String text, int k) {
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /**
     * Whether the one-word name {@code name} stands alone (as a whole word not followed by another capitalised
     * word) at least {@code times} times before {@code position}: the article's own name for it ("Microsoft
     * mengabarkan …" twice), which a longer name introduced only later ("Microsoft Store") does not complete.
     */
    static boolean usedAloneBefore(String text, String name, int position, int times) {
        int count = 0;
        int n = name.length();
        for (int i = text.indexOf(name); i >= 0 && i < position; i = text.indexOf(name, i + n)) {
            if (insideWord(text, i, n)) {
                continue;
            }
            int k = spacesAfter(text, i + n);
            if (k < text.length() && Character.isUpperCase(text.charAt(k)) && k > i + n) {
                continue;
            }
            if (++count >= times) {
                return true;
            }
        }
        return false;
    }

    /** Words [from, to) as written, every run of white space (a line break too) made one space. */
    static String display(Words words, int from, int to) {
        String raw = words.text.substring(words.start[from], words.end[to - 1]);
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < raw.length() && Character.isWhitespace(raw.charAt(i + 1)))) {
                out = new StringBuilder(raw.length());
                break;
            }
        }
        if (out == null) {
            return raw;
        }
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The white space of a regular expression's {@code \s} (space, tab, line feed, vertical tab, form feed, return). */
    private static boolean separator(char c, boolean hyphens) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
            case '-' -> hyphens;
            default -> false;
        };
    }
}
