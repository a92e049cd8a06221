package dev.intisari.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into text: UTF-8 with or without a byte-order mark; bytes that are not valid UTF-8 are
 * read as Windows-1252, the encoding of most legacy Indonesian pages, and the caller warns about it.
 */
final class InputDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and whether the Windows-1252 fallback was used. */
    record Decoded(String text, boolean fallback) {
    }

    private InputDecoder() {
    }

    static Decoded decode(byte[] bytes, int offset, int length) {
        int start = offset;
        int len = length;
        if (len >= 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB
                && (bytes[start + 2] & 0xFF) == 0xBF) {
            start += 3;
            len -= 3;
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, len));
            return new Decoded(chars.toString(), false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, start, len, WINDOWS_1252), true);
        }
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** True when the bytes look binary: a NUL byte in the first 8 KB. */
    static boolean looksBinary(byte[] bytes, int length) {
        int n = Math.min(length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
