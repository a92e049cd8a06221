package dev.intisari.core.pipeline;

import dev.intisari.model.Article;
import dev.intisari.model.ArticleTerms;
import dev.intisari.model.Credits;
import dev.intisari.model.DateMention;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.Published;
import dev.intisari.model.Quote;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An analysed article as bytes and back, every component kept, so a run can set its articles aside on disk
 * ({@link ArticleSpill}) and read them again unchanged. A private format of one run: never stored, never read
 * by another version.
 */
final class ArticleCodec {
    private static final EntityType[] TYPES = EntityType.values();
    private static final RemovalKind[] KINDS = RemovalKind.values();

    private ArticleCodec() {
    }

    static byte[] encode(Article a) {
        CodecBuffer bytes = new CodecBuffer(a.text().length() * 2 + 1024);
        encode(a, bytes);
        return bytes.toByteArray();
    }

    /** {@link #encode(Article)} written to {@code out} (a spill reuses one buffer for every article). */
    static void encode(Article a, CodecBuffer out) {
        string(out, a.id());
        string(out, a.source());
        string(out, a.outlet());
        string(out, a.url());
        string(out, a.title());
        out.writeBoolean(a.published() != null);
        if (a.published() != null) {
            string(out, a.published().value());
            string(out, a.published().from());
        }
        string(out, a.language());
        list(out, a.flags(), ArticleCodec::string);
        string(out, a.text());
        list(out, a.headings(), ArticleCodec::span);
        list(out, a.removed(), (o, r) -> {
            string(o, r.text());
            o.writeByte(r.kind().ordinal());
            o.writeInt(r.line());
        });
        list(out, a.credits().author(), ArticleCodec::string);
        list(out, a.credits().editor(), ArticleCodec::string);
        list(out, a.credits().translator(), ArticleCodec::string);
        list(out, a.wire(), ArticleCodec::string);
        list(out, a.related(), ArticleCodec::string);
        list(out, a.sentences(), (o, s) -> {
            o.writeInt(s.index());
            span(o, s.span());
        });
        list(out, a.entities(), (o, e) -> {
            string(o, e.id());
            string(o, e.name());
            o.writeByte(e.type().ordinal());
            list(o, e.mentions(), ArticleCodec::span);
        });
        list(out, a.quotes(), (o, q) -> {
            string(o, q.id());
            string(o, q.speaker());
            string(o, q.speakerEntity());
            string(o, q.text());
            span(o, q.span());
            o.writeBoolean(q.direct());
            string(o, q.cue());
            o.writeInt(q.sentence());
            string(o, q.addressee());
            string(o, q.place());
        });
        list(out, a.dates(), (o, d) -> {
            string(o, d.text());
            span(o, d.span());
            string(o, d.value());
        });
        list(out, a.keyPoints(), (o, k) -> {
            string(o, k.id());
            string(o, k.text());
            o.writeInt(k.sentence());
        });
        list(out, a.sentenceScores(), CodecBuffer::writeDouble);
        out.writeBoolean(a.terms() != null);
        if (a.terms() != null) {
            terms(out, a.terms());
        }
    }

    static Article decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * {@link #decode(byte[])}, with {@code knownId} as the article's id instance when it is the id written: a
     * run that reads each article many times then holds one string per id, not one per reading.
     */
    static Article decode(byte[] bytes, String knownId) {
        return decode(bytes, bytes.length, knownId);
    }

    /** {@link #decode(byte[], String)} of the article in the first {@code length} bytes of {@code bytes}. */
    static Article decode(byte[] bytes, int length, String knownId) {
        return decode(bytes, length, knownId, true);
    }

    /**
     * {@link #decode(byte[], int, String)}, leaving out the article's terms unless {@code withTerms} (only a story's
     * explanation reads them: the report, dedupe and clustering skip their bytes).
     */
    static Article decode(byte[] bytes, int length, String knownId, boolean withTerms) {
        Reading in = new Reading(bytes, length);
        String read = in.string();
        String id = read != null && read.equals(knownId) ? knownId : read;
        String source = in.string();
        String outlet = in.string();
        String url = in.string();
        String title = in.string();
        Published published = in.bool() ? new Published(in.string(), in.string()) : null;
        String language = in.string();
        List<String> flags = in.list(Reading::string);
        String text = in.string();
        List<Span> headings = in.list(Reading::span);
        List<RemovedLine> removed = in.list(i -> new RemovedLine(i.string(), KINDS[i.unsignedByte()], i.integer()));
        Credits credits = new Credits(in.list(Reading::string), in.list(Reading::string), in.list(Reading::string));
        List<String> wire = in.list(Reading::string);
        List<String> related = in.list(Reading::string);
        List<Sentence> sentences = in.list(i -> new Sentence(i.integer(), i.span()));
        List<Entity> entities = in.list(i -> new Entity(i.string(), i.string(), TYPES[i.unsignedByte()],
                i.list(Reading::span)));
        List<Quote> quotes = in.list(i -> new Quote(i.string(), i.string(), i.string(), i.string(), i.span(),
                i.bool(), i.string(), i.integer(), i.string(), i.string()));
        List<DateMention> dates = in.list(i -> new DateMention(i.string(), i.span(), i.string()));
        List<KeyPoint> keyPoints = in.list(i -> new KeyPoint(i.string(), i.string(), i.integer()));
        List<Double> sentenceScores = in.list(Reading::real);
        ArticleTerms terms = in.bool() ? in.terms(withTerms) : null;
        in.end();
        return new Article(id, source, outlet, url, title, published, language, flags, text, headings, removed,
                credits, wire, related, sentences, entities, quotes, dates, keyPoints, sentenceScores, terms);
    }

    /**
     * The article's terms: the number of bytes that follow (so that a reading without them skips them), their
     * vocabulary as a string, then the sentence count, each sentence's word count, id count and ids, and the
     * headline's id count and ids; gathered in one array and written at once (a few hundred ints, which
     * a write per int would add up). Terms are runs of letters and digits, never a
     * surrogate, so their UTF-8 is exact.
     */
    private static void terms(CodecBuffer out, ArticleTerms terms) {
        byte[] vocabulary = terms.vocabulary().getBytes(StandardCharsets.UTF_8);
        int n = terms.sentences();
        int[][] sentences = new int[n][];
        int ints = 2;
        for (int s = 0; s < n; s++) {
            sentences[s] = terms.sentenceTerms(s);
            ints += 2 + sentences[s].length;
        }
        int[] title = terms.title();
        ints += title.length;
        byte[] bytes = new byte[8 + vocabulary.length + 4 * ints];
        int at = put(bytes, 0, bytes.length - 4);
        at = put(bytes, at, vocabulary.length);
        System.arraycopy(vocabulary, 0, bytes, at, vocabulary.length);
        at = put(bytes, at + vocabulary.length, n);
        for (int s = 0; s < n; s++) {
            at = put(bytes, at, terms.letterWords(s));
            at = put(bytes, at, sentences[s].length);
            for (int id : sentences[s]) {
                at = put(bytes, at, id);
            }
        }
        at = put(bytes, at, title.length);
        for (int id : title) {
            at = put(bytes, at, id);
        }
        out.write(bytes, 0, at);
    }

    /** Writes {@code v} big-endian at {@code at}, as {@link CodecBuffer#writeInt} would; returns the next index. */
    private static int put(byte[] bytes, int at, int v) {
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
        return at + 4;
    }

    private interface Writer<T> {
        void write(CodecBuffer out, T value);
    }

    private static <T> void list(CodecBuffer out, List<T> values, Writer<T> writer) {
        out.writeInt(values.size());
        for (T v : values) {
            writer.write(out, v);
        }
    }

    private static void span(CodecBuffer out, Span span) {
        out.writeInt(span.start());
        out.writeInt(span.end());
    }

    /**
     * Length (-1 for null) then UTF-8 bytes (no 64 KB limit as with {@code writeUTF}); a string with a lone
     * surrogate, which UTF-8 cannot carry, goes as its UTF-16 chars after a negative length.
     */
    private static void string(CodecBuffer out, String s) {
        if (s == null) {
            out.writeInt(-1);
        } else if (wellFormed(s)) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        } else {
            out.writeInt(-2 - s.length());
            out.writeChars(s);
        }
    }

    /**
     * The bytes of one encoded article, read in place: ints and chars big-endian as {@link CodecBuffer}
     * writes them, strings made straight from the array (no stream, no lock per byte, no copy before the
     * string's own). Bytes that end early or run on past the article are a corrupt spill.
     */
    private static final class Reading {
        private final byte[] bytes;
        private final int length;
        private int at;

        Reading(byte[] bytes, int length) {
            this.bytes = bytes;
            Objects.checkFromIndexSize(0, length, bytes.length);
            this.length = length;
        }

        private void need(long n) {
            if (n < 0 || n > length - at) {
                throw corrupt("needs " + n + " bytes at " + at + " of " + length);
            }
        }

        int integer() {
            need(4);
            byte[] b = bytes;
            int i = at;
            at = i + 4;
            return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff;
        }

        /** A double as {@link CodecBuffer#writeDouble} writes it: its bits, high int first. */
        double real() {
            long high = integer();
            return Double.longBitsToDouble(high << 32 | integer() & 0xffffffffL);
        }

        int unsignedByte() {
            need(1);
            return bytes[at++] & 0xff;
        }

        boolean bool() {
            return unsignedByte() != 0;
        }

        Span span() {
            int start = integer();
            return new Span(start, integer());
        }

        String string() {
            int n = integer();
            if (n == -1) {
                return null;
            }
            if (n < -1) {
                int length = -2 - n;
                need(2 * length);
                char[] chars = new char[length];
                for (int i = 0; i < length; i++) {
                    chars[i] = (char) ((bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff);
                    at += 2;
                }
                return new String(chars);
            }
            need(n);
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        /** Terms as {@link ArticleCodec#terms} wrote them, or their bytes skipped (null) unless {@code keep}. */
        ArticleTerms terms(boolean keep) {
            int size = integer();
            need(size);
            int end = at + size;
            if (!keep) {
                at = end;
                return null;
            }
            ArticleTerms terms = terms();
            if (at != end) {
                throw corrupt("terms of " + size + " bytes read as " + (at - end + size));
            }
            return terms;
        }

        private ArticleTerms terms() {
            String vocabulary = string();
            if (vocabulary == null) {
                throw corrupt("terms without their vocabulary");
            }
            int n = integer();
            // each sentence takes at least eight bytes
            need(8L * n);
            int[][] sentences = new int[n][];
            int[] letterWords = new int[n];
            for (int s = 0; s < n; s++) {
                letterWords[s] = integer();
                sentences[s] = ints();
            }
            int[] title = ints();
            try {
                return ArticleTerms.of(vocabulary, sentences, letterWords, title);
            } catch (IllegalArgumentException e) {
                throw corrupt("terms: " + e.getMessage());
            }
        }

        /** A count, then that many ints. */
        private int[] ints() {
            int n = integer();
            need(4L * n);
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = integer();
            }
            return out;
        }

        <T> List<T> list(Function<Reading, T> reader) {
            int n = integer();
            // each element takes at least one byte: a larger count is corruption, not a list to allocate
            need(n);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(reader.apply(this));
            }
            return out;
        }

        void end() {
            if (at != length) {
                throw corrupt((length - at) + " bytes left over");
            }
        }

        private static UncheckedIOException corrupt(String why) {
            return new UncheckedIOException(new IOException("a spilled article is corrupt: " + why));
        }
    }

    private static boolean wellFormed(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(s.charAt(i + 1))) {
                return false;
            }
            i++;
        }
        return true;
    }
}
