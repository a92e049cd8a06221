package dev.intisari.core.pipeline;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The codec's buffer writes the very bytes {@link DataOutputStream} writes, past its first capacity too. */
class CodecBufferTest {
    private static final int[] INTS = {0, 1, -1, -2, 255, 256, 65_535, Integer.MAX_VALUE, Integer.MIN_VALUE, 2_024};
    private static final double[] DOUBLES = {0.0, -0.0, 0.125, -3.5e-7, Double.NaN, Double.MAX_VALUE,
            Double.NEGATIVE_INFINITY, Double.longBitsToDouble(0x7ff8_0000_0000_0001L)};
    private static final String[] TEXTS = {"", "Harga beras turun", "café “kutipan” — 2024", "\ud83d\ude00 emoji",
            "lone \ud800 surrogate"};

    @Test
    void writesWhatDataOutputStreamWrites() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(expected);
        // a capacity of 1 is raised to the least; every write below grows it
        CodecBuffer buffer = new CodecBuffer(1);
        for (int round = 0; round < 40; round++) {
            for (int v : INTS) {
                data.writeInt(v + round);
                buffer.writeInt(v + round);
            }
            for (double v : DOUBLES) {
                data.writeDouble(v * (round + 1));
                buffer.writeDouble(v * (round + 1));
            }
            for (String s : TEXTS) {
                data.writeChars(s);
                buffer.writeChars(s);
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                data.write(utf8);
                buffer.write(utf8);
                data.write(utf8, 0, utf8.length / 2);
                buffer.write(utf8, 0, utf8.length / 2);
            }
            data.writeBoolean(round % 2 == 0);
            buffer.writeBoolean(round % 2 == 0);
            data.writeByte(round * 7);
            buffer.writeByte(round * 7);
        }
        assertEquals(expected.size(), buffer.size());
        assertArrayEquals(expected.toByteArray(), buffer.toByteArray());
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        buffer.writeTo(copied);
        assertArrayEquals(expected.toByteArray(), copied.toByteArray());
    }

    @Test
    void resetKeepsNothingWritten() {
        CodecBuffer buffer = new CodecBuffer(64);
        buffer.writeInt(7_731);
        buffer.reset();
        buffer.writeByte(1);
        assertArrayEquals(new byte[] {1}, buffer.toByteArray());
    }
}
