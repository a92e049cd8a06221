package dev.intisari.core.pipeline;

import dev.intisari.model.Article;
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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(a.text().length() * 2 + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static Article decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * {@link #decode(byte[])}, with {@code knownId} as the article's id instance when it is the id written: a
     * run that reads each article many times then holds one string per id, not one per reading.
     */
    static Article decode(byte[] bytes, String knownId) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String read = string(in);
            String id = read != null && read.equals(knownId) ? knownId : read;
            String source = string(in);
            String outlet = string(in);
            String url = string(in);
            String title = string(in);
            Published published = in.readBoolean() ? new Published(string(in), string(in)) : null;
            String language = string(in);
            List<String> flags = list(in, ArticleCodec::string);
            String text = string(in);
            List<Span> headings = list(in, ArticleCodec::span);
            List<RemovedLine> removed = list(in, i -> new RemovedLine(string(i), KINDS[i.readByte()], i.readInt()));
            Credits credits = new Credits(list(in, ArticleCodec::string), list(in, ArticleCodec::string),
                    list(in, ArticleCodec::string));
            List<String> wire = list(in, ArticleCodec::string);
            List<String> related = list(in, ArticleCodec::string);
            List<Sentence> sentences = list(in, i -> new Sentence(i.readInt(), span(i)));
            List<Entity> entities = list(in, i -> new Entity(string(i), string(i), TYPES[i.readByte()],
                    list(i, ArticleCodec::span)));
            List<Quote> quotes = list(in, i -> new Quote(string(i), string(i), string(i), string(i), span(i),
                    i.readBoolean(), string(i), i.readInt(), string(i), string(i)));
            List<DateMention> dates = list(in, i -> new DateMention(string(i), span(i), string(i)));
            List<KeyPoint> keyPoints = list(in, i -> new KeyPoint(string(i), string(i), i.readInt()));
            return new Article(id, source, outlet, url, title, published, language, flags, text, headings, removed,
                    credits, wire, related, sentences, entities, quotes, dates, keyPoints);
        } catch (IOException e) {
            throw new UncheckedIOException("a spilled article is corrupt", e);
        }
    }

    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> void list(DataOutputStream out, List<T> values, Writer<T> writer) throws IOException {
        out.writeInt(values.size());
        for (T v : values) {
            writer.write(out, v);
        }
    }

    private static <T> List<T> list(DataInputStream in, Reader<T> reader) throws IOException {
        int n = in.readInt();
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(reader.read(in));
        }
        return out;
    }

    private static void span(DataOutputStream out, Span span) throws IOException {
        out.writeInt(span.start());
        out.writeInt(span.end());
    }

    private static Span span(DataInputStream in) throws IOException {
        return new Span(in.readInt(), in.readInt());
    }

    /**
     * Length (-1 for null) then UTF-8 bytes (no 64 KB limit as with {@code writeUTF}); a string with a lone
     * surrogate, which UTF-8 cannot carry, goes as its UTF-16 chars after a negative length.
     */
    private static void string(DataOutputStream out, String s) throws IOException {
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

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < -1) {
            char[] chars = new char[-2 - n];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = in.readChar();
            }
            return new String(chars);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
