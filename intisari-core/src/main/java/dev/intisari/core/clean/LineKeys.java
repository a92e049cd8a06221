package dev.intisari.core.clean;

import java.util.Locale;

/**
 * Hand-written forms of two line normalisations the classifier runs on many lines, each equal to a regular
 * expression that Java's engine tries at every position of the line (a few microseconds per call, more than
 * the rest of a line's rules): a related-article headline without its wrapping quotes and brackets and its
 * closing "(di sini):", and a line's comparison key (lower case, runs of other characters made one space).
 */
final class LineKeys {
    /** Characters stripped before a headline: blanks, quotes, opening brackets. */
    private static final String LEADING = "'\"“”‘’«»[(";
    /** Characters stripped after a headline: blanks, quotes, closing brackets. */
    private static final String TRAILING = "'\"“”‘’«»])";

    private LineKeys() {
    }

    /**
     * The headline of a related-article line: stripped, its leading and trailing quotes, brackets and blanks
     * removed, then a closing colon with blanks and "di sini" before it ("… di sini:"), then quotes and
     * brackets again. Equal to replacing {@code ^[\s'"“”‘’«»\[(]+|[\s'"“”‘’«»\])]+$}, then
     * {@code (?iu)\s*(?:di\s*sini)?\s*:$}, then the first again, and stripping.
     */
    static String headline(String raw) {
        String h = unquoted(raw.strip());
        h = withoutHere(h);
        return unquoted(h).strip();
    }

    /** The line in lower case with every run of characters that are not letters or digits one space, stripped. */
    static String key(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || isNumber(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** {@code \p{N}}: decimal digits, letter numbers and other numbers. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static String unquoted(String s) {
        int start = 0;
        while (start < s.length() && (space(s.charAt(start)) || LEADING.indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        int end = s.length();
        while (end > start && (space(s.charAt(end - 1)) || TRAILING.indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Without a final colon and the blanks and "di sini" before it. */
    private static String withoutHere(String s) {
        if (s.isEmpty() || s.charAt(s.length() - 1) != ':') {
            return s;
        }
        int end = skipSpaces(s, s.length() - 1);
        if (end >= 4 && s.regionMatches(true, end - 4, "sini", 0, 4)) {
            int di = skipSpaces(s, end - 4);
            if (di >= 2 && s.regionMatches(true, di - 2, "di", 0, 2)) {
                end = skipSpaces(s, di - 2);
            }
        }
        return s.substring(0, end);
    }

    /** The index after the last non-blank before {@code end} ({@code \s}: ASCII blanks only). */
    private static int skipSpaces(String s, int end) {
        while (end > 0 && space(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** {@code \s} without the Unicode flag. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
