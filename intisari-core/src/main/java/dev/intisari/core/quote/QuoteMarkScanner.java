package dev.intisari.core.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds quoted runs in any quotation style: “ ” and straight double quotes (mixed pairs such as “...&quot;
 * are accepted), ‘ ’, « », „ “. Runs never cross a paragraph break: a quotation that goes on into the next
 * paragraph (the convention of leaving the first paragraph open and reopening the next) is reported as one
 * piece per paragraph with {@link QuotedPiece#continuesNext()} set. A mark that is never closed is ignored,
 * unless it opens its paragraph (then the piece runs to the paragraph's end). Linear in the text length.
 */
final class QuoteMarkScanner {
    private static final int MAX_RESTARTS_PER_PARAGRAPH = 4;

    private QuoteMarkScanner() {
    }

    static List<QuotedPiece> scan(String text) {
        List<QuotedPiece> pieces = new ArrayList<>();
        if (text.indexOf('"') < 0 && text.indexOf('\u201C') < 0 && text.indexOf('\u00AB') < 0
                && text.indexOf('\u201E') < 0 && text.indexOf('\u2018') < 0
                && text.indexOf('\u201D') < 0) {
            // no mark that opens a quotation (String.indexOf is vectorised: cheaper than the scan below)
            return pieces;
        }
        Marks marks = new Marks(text);
        int length = text.length();
        int p = 0;
        while (p < length) {
            int lineEnd = text.indexOf('\n', p);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            if (marks.next(p, lineEnd) < lineEnd) {
                scanParagraph(text, p, lineEnd, marks, pieces);
            }
            p = lineEnd + 1;
        }
        return pieces;
    }

    /**
     * "… Tanjung Priok. ” Di terminal bus korban bertemu …,” ujar X": a closing mark with no quotation open, after
     * the end of a sentence and a space and before a capital, is written for an opening one.
     */
    private static boolean opensAfterSentence(String text, int i, int to) {
        if (i < 2 || !Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        char end = text.charAt(i - 2);
        if (end != '.' && end != '!' && end != '?') {
            return false;
        }
        int next = i + 1;
        if (next < to && text.charAt(next) == ' ') {
            next++;
        }
        return next < to && Character.isUpperCase(text.charAt(next));
    }

    private static void scanParagraph(String text, int from, int to, Marks marks, List<QuotedPiece> pieces) {
        int paragraphStart = skipSpace(text, from, to);
        int restarts = 0;
        int i = from;
        int open = -1;
        char openMark = 0;
        while (i < to) {
            // only the quotation marks can open or close a run: the characters between them are skipped
            i = marks.next(i, to);
            if (i < to) {
                char c = text.charAt(i);
                if (open < 0) {
                    // a closing mark that opens its paragraph opens a quotation: some outlets write ” for both
                    if (opens(text, i, to, c) || c == '\u201D' && (i == paragraphStart || opensAfterSentence(text, i, to))
                            || c == '"' && opensSpaced(text, i, paragraphStart, to)) {
                        open = i;
                        openMark = c;
                    }
                } else if (closes(text, i, to, openMark, c)) {
                    addPiece(text, open, i, i, runsOnClosed(text, open, i, to), pieces);
                    open = -1;
                }
                i++;
            }
            if (i == to && open >= 0) {
                int next = nextParagraphStart(text, to);
                boolean reopened = next < text.length() && isOpening(text.charAt(next));
                if (reopened || open == paragraphStart) {
                    addPiece(text, open, to, -1, reopened, pieces);
                } else if (restarts < MAX_RESTARTS_PER_PARAGRAPH) {
                    restarts++;
                    i = open + 1;
                    marks.rewind();
                }
                open = -1;
            }
        }
    }

    /**
     * The positions of the quotation marks of one text, each mark found with {@link String#indexOf(int, int)} (a
     * vectorised search) and kept until passed: the scan visits the marks only, not every character.
     */
    private static final class Marks {
        private static final char[] MARKS = {'"', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E'};
        private final String text;
        /** The next position of each mark at or after the last question, text length when none; -1: unknown. */
        private final int[] next = new int[MARKS.length];

        Marks(String text) {
            this.text = text;
            rewind();
        }

        /** Forgets the positions found, before the scan goes back. */
        void rewind() {
            Arrays.fill(next, -1);
        }

        /** The first mark in [from, to), else {@code to}; {@code from} never decreases between rewinds. */
        int next(int from, int to) {
            int first = to;
            for (int k = 0; k < MARKS.length; k++) {
                int at = next[k];
                if (at < from) {
                    at = text.indexOf(MARKS[k], from);
                    at = at < 0 ? text.length() : at;
                    next[k] = at;
                }
                first = Math.min(first, at);
            }
            return first;
        }
    }

    /**
     * A closed quotation that ends its paragraph with a comma ("“A,”" or "“A”,") while the next paragraph opens
     * with a mark: the sentence goes on in the next paragraph ("“A,” ¶ “B,” ujar X."), so the two are one
     * quotation split over paragraphs.
     */
    private static boolean runsOnClosed(String text, int open, int close, int to) {
        int k = close + 1;
        boolean comma = false;
        while (k < to && (text.charAt(k) == ',' || Character.isWhitespace(text.charAt(k)))) {
            comma |= text.charAt(k) == ',';
            k++;
        }
        if (k < to) {
            return false;
        }
        int e = close - 1;
        while (e > open && Character.isWhitespace(text.charAt(e))) {
            e--;
        }
        if (!comma && (e <= open || text.charAt(e) != ',')) {
            return false;
        }
        int next = nextParagraphStart(text, to);
        return next < text.length() && isOpening(text.charAt(next));
    }

    private static void addPiece(String text, int open, int to, int close, boolean continues,
                                 List<QuotedPiece> pieces) {
        int s = open + 1;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            pieces.add(new QuotedPiece(open, s, e, close, continues));
        }
    }

    private static boolean isOpening(char c) {
        return c == '\u201C' || c == '"' || c == '\u2018' || c == '\u00AB' || c == '\u201E' || c == '\u201D';
    }

    private static boolean opens(String text, int i, int to, char c) {
        switch (c) {
            case '\u201C', '\u00AB', '\u201E' -> {
                return true;
            }
            case '"' -> {
                return i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
            }
            case '\u2018' -> {
                return !(i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)));
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * A straight mark with space on both sides, as in tokenised text ("kata dia , \" Kami siap . \" ujarnya"), has
     * no direction of its own: it opens when it opens its paragraph or when a later straight or closing mark of the
     * paragraph can close it. Not after a digit, where it is a unit (seconds, inches: "Duarte 18 \" )").
     */
    private static boolean opensSpaced(String text, int i, int paragraphStart, int to) {
        if (i + 1 < to && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (i > paragraphStart) {
            if (!Character.isWhitespace(text.charAt(i - 1))) {
                return false;
            }
            int b = i - 1;
            while (b > paragraphStart && Character.isWhitespace(text.charAt(b))) {
                b--;
            }
            if (Character.isDigit(text.charAt(b))) {
                return false;
            }
        }
        if (i == paragraphStart) {
            return true;
        }
        for (int k = i + 1; k < to; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201D') {
                return true;
            }
        }
        return false;
    }

    private static boolean closes(String text, int i, int to, char openMark, char c) {
        switch (openMark) {
            case '\u201C', '"', '\u201E', '\u201D' -> {
                if (c == '\u201D' || c == '"') {
                    return true;
                }
                // “ used as the closing mark too: it follows text and is followed by space or punctuation
                return c == '\u201C' && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                        && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)));
            }
            case '\u2018' -> {
                return c == '\u2019' && !(i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                        && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)));
            }
            case '\u00AB' -> {
                return c == '\u00BB';
            }
            default -> {
                return false;
            }
        }
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int nextParagraphStart(String text, int lineEnd) {
        int i = lineEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
