package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * The faithfulness rule of Intisari Utama: a key point's text must be derivable from the sentence it cites
 * by deletions only. Both texts are split into tokens (a run of letters and digits, or one other visible
 * character) and the point's tokens must be a subsequence of the sentence's tokens, compared exactly
 * (case included): nothing added, nothing reworded, nothing re-ordered.
 */
public final class DeletionCheck {
    /** ASCII characters as {@link #bounds} classifies them with {@link Character}: 1 space, 2 letter or digit. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) (Character.isWhitespace(c) || Character.isSpaceChar(c) ? 1
                    : Character.isLetterOrDigit(c) ? 2 : 0);
        }
    }

    private DeletionCheck() {
    }

    /** True when {@code point} is non-blank and its tokens are a subsequence of {@code sentence}'s tokens. */
    public static boolean derivable(String point, String sentence) {
        if (point == null || sentence == null) {
            return false;
        }
        int[] p = bounds(point);
        if (p.length == 0) {
            return false;
        }
        int[] s = bounds(sentence);
        int j = 0;
        for (int i = 0; i < s.length && j < p.length; i += 2) {
            int len = s[i + 1] - s[i];
            if (len == p[j + 1] - p[j] && sentence.regionMatches(s[i], point, p[j], len)) {
                j += 2;
            }
        }
        return j == p.length;
    }

    /** Start and end offsets of every token, flattened. */
    private static int[] bounds(String text) {
        int[] out = new int[16];
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            int start = i;
            if (c < 128 ? ASCII[c] == 1 : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += width;
                continue;
            } else if (c < 128 ? ASCII[c] == 2 : Character.isLetterOrDigit(c)) {
                while (i < n) {
                    char next = text.charAt(i);
                    if (next < 128) {
                        if (ASCII[next] != 2) {
                            break;
                        }
                        i++;
                    } else {
                        int cp = text.codePointAt(i);
                        if (!Character.isLetterOrDigit(cp)) {
                            break;
                        }
                        i += Character.charCount(cp);
                    }
                }
            } else {
                i += width;
            }
            if (count + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[count++] = start;
            out[count++] = i;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** The tokens compared by {@link #derivable}. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += width;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                tokens.add(text.substring(start, i));
            } else {
                tokens.add(text.substring(i, i + width));
                i += width;
            }
        }
        return tokens;
    }
}
