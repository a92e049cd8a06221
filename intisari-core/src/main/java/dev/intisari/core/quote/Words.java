package dev.intisari.core.quote;

import java.util.Arrays;

/**
 * The words of one text as parallel arrays: letters and digits, joined across an inner hyphen or
 * apostrophe ("masing-masing", "Qur'an"). Each word has its lowercase form. Built once per article in
 * one pass; cheap to query.
 */
final class Words {
    final String text;
    final int[] start;
    final int[] end;
    final String[] lower;
    final int size;

    Words(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 5);
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < length) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < length
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = from;
            e[n] = i;
            n++;
        }
        start = Arrays.copyOf(s, n);
        end = Arrays.copyOf(e, n);
        size = n;
        lower = new String[n];
        char[] buffer = new char[64];
        for (int w = 0; w < n; w++) {
            int len = end[w] - start[w];
            if (buffer.length < len) {
                buffer = new char[len];
            }
            for (int k = 0; k < len; k++) {
                buffer[k] = Character.toLowerCase(text.charAt(start[w] + k));
            }
            lower[w] = new String(buffer, 0, len);
        }
    }

    /** Index of the first word starting at or after {@code offset} (== size when none). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last word ending at or before {@code offset} (-1 when none). */
    int lastEndingBy(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    boolean capitalised(int w) {
        return Character.isUpperCase(text.charAt(start[w]));
    }

    /** Two or more letters, all upper case ("NATO", "DPR", "III"). */
    boolean acronym(int w) {
        int letters = 0;
        for (int k = start[w]; k < end[w]; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    String surface(int w) {
        return text.substring(start[w], end[w]);
    }

    /** The characters between word {@code w} and word {@code w + 1} (or the end of the text). */
    boolean gapHas(int w, String chars) {
        int to = w + 1 < size ? start[w + 1] : text.length();
        for (int k = end[w]; k < to; k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The characters between word {@code w - 1} (or the start of the text) and word {@code w}. */
    boolean gapBeforeHas(int w, String chars) {
        int from = w > 0 ? end[w - 1] : 0;
        for (int k = from; k < start[w]; k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
