package dev.intisari.core.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8 read as Windows-1252 or ISO-8859-1 somewhere before us (scrapers and CSV exports
 * do it): "â€œ" becomes "“", "â€”" "—", "Ã©" "é". A run is repaired only when its characters, turned back into
 * the bytes those code pages give them, are one complete, valid UTF-8 sequence of a non-ASCII character; every
 * other character is left as it is, so correct text never changes.
 */
final class Mojibake {
    /** Windows-1252's characters for bytes 0x80-0x9F (0 where the code page has none). */
    private static final char[] CP1252 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160',
        '\u2039', '\u0152', 0, '\u017D', 0, 0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013',
        '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    private Mojibake() {
    }

    /** {@code text} with every mis-decoded UTF-8 sequence repaired; the same instance when there is none. */
    static String repair(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            int length = sequenceLength(text.charAt(i));
            if (length == 0 || i + length > text.length()) {
                continue;
            }
            byte[] bytes = new byte[length];
            bytes[0] = (byte) text.charAt(i);
            boolean continued = true;
            for (int k = 1; k < length && continued; k++) {
                int b = continuationByte(text.charAt(i + k));
                continued = b >= 0;
                bytes[k] = (byte) b;
            }
            String decoded = continued ? decode(bytes) : null;
            if (decoded != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(decoded);
                copied = i + length;
                i += length - 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** How many bytes a UTF-8 sequence led by byte {@code c} (read as ISO-8859-1) has; 0 when it leads none. */
    private static int sequenceLength(char c) {
        if (c >= '\u00C2' && c <= '\u00DF') {
            return 2;
        }
        if (c >= '\u00E0' && c <= '\u00EF') {
            return 3;
        }
        return c >= '\u00F0' && c <= '\u00F4' ? 4 : 0;
    }

    /** The byte 0x80-0xBF that {@code c} was read from, or -1 when it cannot be a continuation byte. */
    private static int continuationByte(char c) {
        if (c >= '\u0080' && c <= '\u00BF') {
            return c;
        }
        for (int b = 0; b < CP1252.length; b++) {
            if (CP1252[b] == c && c != 0) {
                return 0x80 + b;
            }
        }
        return -1;
    }

    /** The character the bytes encode, or null when they are not valid UTF-8 (overlong forms included). */
    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.length() == 0 || chars.charAt(0) < '\u0080' ? null : chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
