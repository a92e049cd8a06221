package dev.intisari.core.pipeline;

import dev.intisari.model.Article;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A run's analysed articles set aside in a temporary file, in the order they were added, and read back by
 * position: memory holds one offset per article, not the article. Appending is for one thread; once
 * {@link #finish} is called, reads are safe from any thread. {@link #close} deletes the file.
 */
final class ArticleSpill implements AutoCloseable {
    /** The largest read buffer a thread keeps (one per thread, for every spill); a longer article gets its own. */
    private static final int KEPT_BUFFER = 1 << 20;
    private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocate(1 << 14));
    private final Path file;
    private final OutputStream out;
    /** The article being added, encoded into one buffer kept for the spill's life (appending is one thread's). */
    private final CodecBuffer encoded = new CodecBuffer(1 << 14);
    private FileChannel channel;
    private long[] offsets = new long[1024];
    private int size;
    private long written;

    ArticleSpill() throws IOException {
        file = Files.createTempFile("intisari-run-", ".spill");
        file.toFile().deleteOnExit();
        out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16);
    }

    void add(Article article) throws IOException {
        if (channel != null) {
            throw new IllegalStateException("the spill is finished");
        }
        encoded.reset();
        ArticleCodec.encode(article, encoded);
        if (size + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        encoded.writeTo(out);
        written += encoded.size();
        offsets[++size] = written;
    }

    /** Ends appending; from now on articles can be read. */
    void finish() throws IOException {
        out.close();
        channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    int size() {
        return size;
    }

    Article get(int i) {
        return get(i, null);
    }

    /** Article {@code i}, whose id is {@code knownId}'s instance when they are equal (see {@link ArticleCodec}). */
    Article get(int i, String knownId) {
        return get(i, knownId, true);
    }

    /** {@link #get(int, String)}, without the article's terms unless {@code withTerms} (see {@link ArticleCodec}). */
    Article get(int i, String knownId, boolean withTerms) {
        if (channel == null) {
            throw new IllegalStateException("finish the spill before reading it");
        }
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int length = (int) (offsets[i + 1] - offsets[i]);
        ByteBuffer buffer = length <= KEPT_BUFFER ? kept(length) : ByteBuffer.allocate(length);
        try {
            long at = offsets[i];
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, at + buffer.position());
                if (n < 0) {
                    throw new IOException("the spill file ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ArticleCodec.decode(buffer.array(), length, knownId, withTerms);
    }

    /**
     * This thread's read buffer, cleared and limited to {@code length}: the decoded article copies what it
     * keeps, so the bytes need not outlive the read, and every pass over the spill (report, dedupe,
     * clustering, explanation, storylines) would otherwise allocate each article's bytes again.
     */
    private ByteBuffer kept(int length) {
        ByteBuffer buffer = BUFFERS.get();
        if (buffer.capacity() < length) {
            buffer = ByteBuffer.allocate(Math.max(length, Math.min(KEPT_BUFFER, buffer.capacity() * 2)));
            BUFFERS.set(buffer);
        }
        buffer.clear().limit(length);
        return buffer;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
            if (channel != null) {
                channel.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
