package dev.intisari.core.time;

import dev.intisari.model.Span;

import java.util.Locale;
import java.util.Set;

/** The small readings of sentence text the timeline makes: words around a date, quotation openings, years. */
final class TimelineWords {
    private TimelineWords() {
    }

    /**
     * True when {@code text} begins inside a quotation opened before it (its first quotation mark closes one:
     * 'Itu sudah disampaikan," kata X, Rabu (30/4).'): as an entry it would start mid-statement, so it only
     * adds a citation to an entry that states the same.
     */
    static boolean continuesQuotation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '\u00AB') {
                return false;
            }
            if (c == '\u201D' || c == '\u00BB') {
                return true;
            }
            if (c == '"') {
                return i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "([:".indexOf(text.charAt(i - 1)) < 0;
            }
        }
        return false;
    }

    /** The year of an ISO date, month or year value. */
    static int year(String value) {
        int dash = value.indexOf('-', 1);
        return Integer.parseInt(dash < 0 ? value : value.substring(0, dash));
    }

    /** The lower-cased word just before {@code at} (not before {@code from}), or "". */
    static String wordBefore(String text, int at, int from) {
        int end = at;
        while (end > from && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * True when one of the words of {@code text} in {@code span} (runs of letters), lower-cased, is in {@code words};
     * the scan stops at the first.
     */
    static boolean anyLowerWord(String text, Span span, Set<String> words) {
        int i = span.start();
        while (i < span.end()) {
            int s = i;
            while (i < span.end() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                if (words.contains(text.substring(s, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            } else {
                i++;
            }
        }
        return false;
    }

    /** True when {@code text} holds a digit ({@link Character#isDigit(char)}). */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
