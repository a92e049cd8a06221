package dev.intisari.core.time;

import java.util.Arrays;

/**
 * The text cut into runs of letters, runs of digits and single punctuation marks, for the date tagger.
 * A letter run is kept as its lower-cased vocabulary word (or "" when the rules never look at it), found
 * without allocating; {@link #capitalised} remembers the first letter's case. A token also
 * records whether a sentence may end before it (after . ! ? or a line break).
 */
final class Words {
    static final byte LETTERS = 1;
    static final byte DIGITS = 2;
    static final byte MARK = 3;

    private int size;
    private int[] start;
    private int[] end;
    private byte[] kind;
    private boolean[] capital;
    private boolean[] breakBefore;
    private String[] lower;
    private final String text;
    private final DateLexicon lexicon;
    private char[] chars;
    private int[] value;
    private static final String[] MARKS = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            MARKS[c] = String.valueOf(c);
        }
    }

    Words(String text, DateLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        int cap = Math.min(text.length() / 4 + 16, 1 << 20);
        start = new int[cap];
        end = new int[cap];
        kind = new byte[cap];
        capital = new boolean[cap];
        breakBefore = new boolean[cap];
        lower = new String[cap];
        value = new int[cap];
        char[] cs = text.toCharArray();
        this.chars = cs;
        int i = 0;
        int n = cs.length;
        boolean pendingBreak = true;
        while (i < n) {
            char c = cs[i];
            if (c == ' ' || c < 128 && Character.isWhitespace(c) || c >= 128 && Character.isWhitespace(c)) {
                if (c == '\n') {
                    pendingBreak = true;
                }
                i++;
                continue;
            }
            int s = i;
            byte k;
            if (isLetter(c)) {
                while (i < n && isLetter(cs[i])) {
                    i++;
                }
                k = LETTERS;
            } else if (c >= '0' && c <= '9') {
                while (i < n && cs[i] >= '0' && cs[i] <= '9') {
                    i++;
                }
                k = DIGITS;
            } else {
                i++;
                k = MARK;
            }
            boolean glued = size > 0 && end[size - 1] == s && kind[size - 1] == MARK && k != MARK;
            add(s, i, k, pendingBreak && !glued);
            pendingBreak = k == MARK && (c == '.' || c == '!' || c == '?');
        }
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    private void add(int s, int e, byte k, boolean brk) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            kind = Arrays.copyOf(kind, cap);
            capital = Arrays.copyOf(capital, cap);
            breakBefore = Arrays.copyOf(breakBefore, cap);
            lower = Arrays.copyOf(lower, cap);
            value = Arrays.copyOf(value, cap);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        breakBefore[size] = brk;
        if (k == LETTERS) {
            lower[size] = e - s > 14 ? "" : lexicon.canonical(chars, s, e);
            capital[size] = !lower[size].isEmpty() && Character.isUpperCase(chars[s]);
        } else if (k == DIGITS) {
            lower[size] = "";
            int v = 0;
            for (int p = s; p < e && p - s < 5; p++) {
                v = v * 10 + (chars[p] - '0');
            }
            value[size] = e - s > 4 ? -1 : v;
        } else {
            char c = chars[s];
            lower[size] = c < 128 ? MARKS[c] : String.valueOf(c);
        }
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    /** The lower-cased word when the date rules know it, the mark; "" for any other word and for digits. */
    String word(int i) {
        return i >= 0 && i < size ? lower[i] : "";
    }

    boolean isLetters(int i) {
        return i >= 0 && i < size && kind[i] == LETTERS;
    }

    boolean isDigits(int i) {
        return i >= 0 && i < size && kind[i] == DIGITS;
    }

    boolean isMark(int i, char c) {
        return i >= 0 && i < size && kind[i] == MARK && text.charAt(start[i]) == c;
    }

    boolean capitalised(int i) {
        return i >= 0 && i < size && capital[i];
    }

    /** True when a sentence may begin at token {@code i}. */
    boolean breakBefore(int i) {
        return i <= 0 || i >= size || breakBefore[i];
    }

    /** True when tokens {@code i} and {@code i + 1} touch (no space between them). */
    boolean touching(int i) {
        return i >= 0 && i + 1 < size && end[i] == start[i + 1];
    }

    /** The number written by token {@code i} when it is digits (at most 4), else -1. */
    int number(int i) {
        return isDigits(i) ? value[i] : -1;
    }

    /** Length in characters of digit token {@code i}. */
    int digitCount(int i) {
        return end[i] - start[i];
    }

    /** ISO weekday named at token i ("Jum'at" spans three tokens), else 0; lower-case "minggu" is the week. */
    int weekdayAt(int i) {
        String x = word(i);
        if (x.equals("jum") && (isMark(i + 1, '\'') || isMark(i + 1, '\u2019')) && word(i + 2).equals("at")) {
            return 5;
        }
        int d = lexicon.weekday(x);
        if (d == 7 && x.equals("minggu") && !capitalised(i)) {
            return 0;
        }
        return d;
    }

    /** Tokens of the weekday at token i. */
    int weekdayLength(int i) {
        return word(i).equals("jum") ? 3 : 1;
    }
}
