package dev.intisari.core.ingest;

import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileCorpusReaderTest {
    @TempDir
    Path dir;

    /** Collects what a reader reports. */
    static final class Collected implements IngestListener {
        final List<RawArticle> articles = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();

        @Override
        public void article(RawArticle article) {
            articles.add(article);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }

        List<String> ids() {
            return articles.stream().map(RawArticle::id).toList();
        }

        List<String> described() {
            return problems.stream().map(InputProblem::describe).toList();
        }
    }

    private Collected read(String... args) {
        Collected c = new Collected();
        new FileCorpusReader(new ByteArrayInputStream(new byte[0])).read(List.of(args), c);
        return c;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    @Test
    void directoriesAreReadRecursivelyInSortedOrderWithRelativeIds() throws IOException {
        write("seeds/b.txt", "Judul B\nIsi berita B.");
        write("seeds/a.txt", "Judul A\nIsi berita A.");
        write("seeds/sub/c.html", "<html><body><p>Isi C.</p></body></html>");
        write("seeds/.hidden.txt", "tersembunyi");
        write("seeds/.git/x.txt", "tersembunyi");
        write("seeds/notes.md", "bukan artikel");
        Collected c = read(dir.resolve("seeds").toString());
        assertEquals(List.of("a.txt", "b.txt", "sub/c.html"), c.ids());
        assertTrue(c.problems.isEmpty(), c.described().toString());
        assertEquals("Judul A\nIsi berita A.", c.articles.get(0).text());
        assertTrue(c.articles.get(2).isHtml());
        assertTrue(c.articles.get(0).source().endsWith("seeds/a.txt"));
    }

    @Test
    void aFileArgumentIsNamedByItsFileName() throws IOException {
        Path file = write("x/berita.txt", "Isi berita.");
        assertEquals(List.of("berita.txt"), read(file.toString()).ids());
    }

    @Test
    void byteOrderMarkIsDroppedAndWindows1252IsAFallbackWithAWarning() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'I', 's', 'i'};
        write("bom.txt", bom);
        // "Café" in Windows-1252: é is 0xE9, not valid UTF-8 on its own
        write("legacy.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'b', 'a', 'r', 'u'});
        Collected c = read(dir.toString());
        assertEquals("Isi", c.articles.get(0).text());
        assertEquals("Café baru", c.articles.get(1).text());
        assertEquals(1, c.problems.size());
        assertEquals(InputProblem.Severity.WARNING, c.problems.get(0).severity());
        assertTrue(c.problems.get(0).describe().contains("legacy.txt"), c.described().toString());
        assertTrue(c.problems.get(0).message().contains("Windows-1252"));
    }

    @Test
    void binaryEmptyAndOversizedFilesAreErrorsAndTheRestIsStillRead() throws IOException {
        write("a-binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        write("b-empty.txt", "");
        write("c-blank.txt", "  \n\n ");
        byte[] big = new byte[FileCorpusReader.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        write("d-big.txt", big);
        write("e-good.txt", "Berita yang baik.");
        Collected c = read(dir.toString());
        assertEquals(List.of("e-good.txt"), c.ids());
        assertEquals(4, c.problems.size(), c.described().toString());
        assertTrue(c.problems.stream().allMatch(p -> p.severity() == InputProblem.Severity.ERROR));
        assertTrue(c.described().get(0).contains("a-binary.txt") && c.described().get(0).contains("binary"));
        assertTrue(c.described().get(1).contains("b-empty.txt") && c.described().get(1).contains("empty"));
        assertTrue(c.described().get(3).contains("d-big.txt") && c.described().get(3).contains("20 MB"));
    }

    @Test
    void jsonLinesFieldsAreReadAndUnknownFieldsIgnored() throws IOException {
        write("in.jsonl", String.join("\n",
                "{\"id\":\"k1\",\"url\":\"https://kabar.example/1\",\"outlet\":\"Kabar\",\"title\":\"Judul\","
                        + "\"published\":\"2025-03-13T10:15:00\",\"language\":\"id\",\"text\":\"Isi.\",\"x\":[1,2]}",
                "",
                "{\"url\":\"https://kabar.example/2\",\"html\":\"<p>Isi dua.</p>\",\"published\":\"2025-03-14\"}",
                "{\"text\":\"Tanpa id dan url.\",\"published\":\"2025-03-15T01:00:00Z\"}") + "\n");
        Collected c = read(dir.resolve("in.jsonl").toString());
        assertTrue(c.problems.isEmpty(), c.described().toString());
        assertEquals(List.of("k1", "https://kabar.example/2", "in.jsonl:4"), c.ids());
        RawArticle first = c.articles.get(0);
        assertEquals("Kabar", first.outlet());
        assertEquals("Judul", first.title());
        assertEquals("2025-03-13T10:15:00+07:00", first.published().value(), "no offset means Jakarta time");
        assertEquals("jsonl", first.published().from());
        assertTrue(first.source().endsWith("in.jsonl:1"));
        assertEquals("2025-03-14", c.articles.get(1).published().value());
        assertTrue(c.articles.get(1).isHtml());
        assertEquals("2025-03-15T01:00:00Z", c.articles.get(2).published().value());
        assertTrue(c.articles.get(2).source().endsWith("in.jsonl:4"));
    }

    @Test
    void longLinesBlankLinesWindowsEndingsAndALastLineWithoutNewlineAreRead() throws IOException {
        String longText = "Paragraf panjang tentang banjir. ".repeat(6_000);
        write("mixed.jsonl", "{\"id\":\"a\",\"text\":\"Pendek.\"}\r\n"
                + "\n"
                + "{\"id\":\"b\",\"text\":\"" + longText + "\"}\n"
                + "{\"id\":\"c\",\"text\":\"Akhir berkas.\"}");
        Collected c = read(dir.resolve("mixed.jsonl").toString());
        assertEquals(List.of("a", "b", "c"), c.ids());
        assertEquals(List.of(), c.described());
        assertEquals(longText, c.articles.get(1).text());
        assertTrue(c.articles.get(1).source().endsWith("mixed.jsonl:3"), c.articles.get(1).source());
        assertTrue(c.articles.get(2).source().endsWith("mixed.jsonl:4"), c.articles.get(2).source());
    }

    @Test
    void badJsonLinesAreReportedWithTheirLineNumber() throws IOException {
        write("bad.jsonl", String.join("\n",
                "{\"id\":\"a\",\"text\":\"Baik.\"}",
                "{\"id\":\"b\",\"text\":",
                "[1,2,3]",
                "{\"id\":\"c\",\"title\":\"tanpa isi\"}",
                "{\"id\":\"d\",\"text\":\"Tanggal aneh.\",\"published\":\"kemarin sore\"}",
                "{\"id\":\"e\",\"text\":\"Baik juga.\"}"));
        Collected c = read(dir.resolve("bad.jsonl").toString());
        assertEquals(List.of("a", "d", "e"), c.ids());
        assertNull(c.articles.get(1).published());
        List<String> problems = c.described();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("error: ") && problems.get(0).contains("bad.jsonl:2: not valid JSON"),
                problems.get(0));
        assertTrue(problems.get(1).contains("bad.jsonl:3: expected a JSON object"));
        assertTrue(problems.get(2).contains("bad.jsonl:4: the article has neither"));
        assertTrue(problems.get(3).startsWith("warning: ") && problems.get(3).contains("bad.jsonl:5"));
    }

    @Test
    void gzipFilesAreRead() throws IOException {
        Path file = dir.resolve("a.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("Berita terkompresi.".getBytes(StandardCharsets.UTF_8));
        }
        Collected c = read(file.toString());
        assertEquals("Berita terkompresi.", c.articles.get(0).text());
    }

    @Test
    void missingAndUnsupportedArgumentsAreErrors() throws IOException {
        write("x.pdf", "%PDF");
        Collected c = read(dir.resolve("nope").toString(), dir.resolve("x.pdf").toString());
        assertEquals(2, c.problems.size());
        assertTrue(c.described().get(0).contains("no such file"));
        assertTrue(c.described().get(1).contains("unsupported file type"));
    }

    @Test
    void standardInputIsSniffed() {
        Collected jsonl = new Collected();
        new FileCorpusReader(new ByteArrayInputStream(
                "{\"id\":\"s1\",\"text\":\"Satu.\"}\n{\"id\":\"s2\",\"text\":\"Dua.\"}\n".getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), jsonl);
        assertEquals(List.of("s1", "s2"), jsonl.ids());
        assertTrue(jsonl.articles.get(0).source().equals("-:1"));

        Collected text = new Collected();
        new FileCorpusReader(new ByteArrayInputStream("Judul\nIsi.".getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), text);
        assertEquals(List.of("stdin"), text.ids());
        assertEquals("Judul\nIsi.", text.articles.get(0).text());
    }
}
