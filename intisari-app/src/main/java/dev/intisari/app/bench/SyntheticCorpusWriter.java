package dev.intisari.app.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes generated articles as JSON Lines (one file, with the generator's truth in the extra fields
 * {@code story} and {@code copy_of}, which readers ignore), or as one {@code .txt} or {@code .html} file
 * per article in folders of a thousand.
 */
public final class SyntheticCorpusWriter implements AutoCloseable {
    /** The formats the generator writes. */
    public enum Format { jsonl, text, html }

    private final Path dir;
    private final Format format;
    private final JsonGenerator json;
    private int written;

    public SyntheticCorpusWriter(Path dir, Format format) throws IOException {
        this.dir = dir;
        this.format = format;
        Files.createDirectories(dir);
        if (format == Format.jsonl) {
            OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve("corpus.jsonl")),
                    1 << 16);
            json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        } else {
            json = null;
        }
    }

    public void write(SyntheticArticle a) {
        try {
            switch (format) {
                case jsonl -> {
                    json.writeStartObject();
                    json.writeStringField("id", a.id());
                    json.writeStringField("url", a.url());
                    json.writeStringField("outlet", a.outlet());
                    json.writeStringField("title", a.title());
                    json.writeStringField("published", a.published().toString());
                    json.writeStringField("text", a.text());
                    json.writeStringField("story", a.story());
                    json.writeStringField("copy_of", a.copyOf());
                    json.writeEndObject();
                }
                case text -> Files.writeString(file(".txt"), a.text(), StandardCharsets.UTF_8);
                case html -> Files.writeString(file(".html"), page(a), StandardCharsets.UTF_8);
            }
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String extension) throws IOException {
        Path folder = dir.resolve(String.format(Locale.ROOT, "%04d", written / 1000));
        if (written % 1000 == 0) {
            Files.createDirectories(folder);
        }
        return folder.resolve(String.format(Locale.ROOT, "%07d%s", written, extension));
    }

    /** A page as portals serve it: metadata, navigation, the article, a sidebar and a footer. */
    private static String page(SyntheticArticle a) {
        StringBuilder body = new StringBuilder();
        String[] paragraphs = a.text().split("\n\n");
        for (int i = 1; i < paragraphs.length; i++) {
            body.append("<p>").append(escape(paragraphs[i])).append("</p>\n");
        }
        String title = escape(a.title());
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + title + " - "
                + escape(a.outlet()) + "</title>\n<meta property=\"og:title\" content=\"" + title + "\">\n"
                + "<meta property=\"og:site_name\" content=\"" + escape(a.outlet()) + "\">\n"
                + "<meta property=\"article:published_time\" content=\"" + a.published() + "\">\n"
                + "<script>window.dataLayer=[];</script><style>body{font-family:sans-serif}</style></head>\n"
                + "<body><nav><a href=\"/\">Beranda</a> <a href=\"/nasional\">Nasional</a> "
                + "<a href=\"/ekonomi\">Ekonomi</a> <a href=\"/olahraga\">Olahraga</a></nav>\n"
                + "<main><article><h1>" + title + "</h1>\n<div class=\"content\">\n" + body + "</div></article>\n"
                + "<aside><h3>Berita Terpopuler</h3><ul><li><a href=\"/a\">Harga cabai naik lagi</a></li>"
                + "<li><a href=\"/b\">Jadwal pertandingan pekan ini</a></li></ul></aside></main>\n"
                + "<footer>Copyright &copy; " + a.published().getYear() + " " + escape(a.outlet())
                + "</footer></body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public int written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.writeRaw('\n');
            json.close();
        }
    }
}
