package dev.intisari.core.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bytes {@link ArticleCodec} writes an article into: a growable array, big-endian as
 * {@link java.io.DataOutputStream} writes, without its stream. A {@code DataOutputStream} over a
 * {@code ByteArrayOutputStream} takes the array's lock once per byte of every int (four per int, a few hundred
 * ints per article); this buffer belongs to one thread and takes none. A spill keeps one for all its articles.
 */
final class CodecBuffer {
    private byte[] bytes;
    private int size;

    CodecBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Forgets what was written; the array is kept. */
    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** A copy of the bytes written. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
        }
    }

    void writeByte(int v) {
        room(1);
        bytes[size++] = (byte) v;
    }

    void writeBoolean(boolean v) {
        writeByte(v ? 1 : 0);
    }

    void writeInt(int v) {
        room(4);
        byte[] b = bytes;
        int at = size;
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
        size = at + 4;
    }

    /** The double's bits, high int first, as {@link java.io.DataOutputStream#writeDouble}. */
    void writeDouble(double v) {
        long bits = Double.doubleToLongBits(v);
        writeInt((int) (bits >>> 32));
        writeInt((int) bits);
    }

    /** Each char as two bytes, high first, as {@link java.io.DataOutputStream#writeChars}. */
    void writeChars(String s) {
        int n = s.length();
        room(2 * n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            bytes[size] = (byte) (c >>> 8);
            bytes[size + 1] = (byte) c;
            size += 2;
        }
    }

    void write(byte[] b, int off, int len) {
        room(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }
}
