package dev.intisari.core.text;

/** Character classes shared by the tokenizer and the sentence splitter (code points, fast paths for ASCII). */
final class Chars {
    private Chars() {
    }

    /** White space, including no-break and zero-width spaces and the byte-order mark. */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF;
    }

    /** A letter, digit or combining mark: the stuff of words and numbers. */
    static boolean isWordChar(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Soft hyphen and zero-width (non-)joiners, kept inside a word. */
    static boolean isJoiner(int c) {
        return c == 0x00AD || c == 0x200C || c == 0x200D;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9' || (c >= 128 && Character.isDigit(c));
    }

    static boolean isHyphen(int c) {
        return c == '-' || c == 0x2010 || c == 0x2011;
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018;
    }

    static boolean isCurlyQuote(int c) {
        return c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x00AB || c == 0x00BB
                || c == 0x201E || c == 0x2039 || c == 0x203A;
    }
}
