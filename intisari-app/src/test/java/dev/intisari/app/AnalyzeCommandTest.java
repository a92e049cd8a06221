package dev.intisari.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI end to end: exit codes, both JSON forms against the schema, bad input that is never fatal. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private JsonNode analyze(int expectedExit, String... paths) throws IOException {
        Path out = dir.resolve("out.json");
        String[] args = new String[paths.length + 3];
        args[0] = "analyze";
        System.arraycopy(paths, 0, args, 1, paths.length);
        args[paths.length + 1] = "--out";
        args[paths.length + 2] = out.toString();
        assertEquals(expectedExit, Main.run(args));
        return OutputContract.JSON.readTree(out.toFile());
    }

    @Test
    void badInputIsReportedAndTheRestIsAnalysed() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Judul Berita\nIsi berita pertama. Kalimat kedua.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"j1\",\"text\":\"Isi.\"}\n{oops\n");
        Files.write(dir.resolve("c.txt"), new byte[] {1, 0, 2});
        JsonNode doc = analyze(1, dir.resolve("a.txt").toString(), dir.resolve("b.jsonl").toString(),
                dir.resolve("c.txt").toString());
        OutputContract.assertValid(doc);
        assertEquals(2, doc.get("articles").size());
    }

    @Test
    void aSavedFeedIsAnalysedEntryByEntry() throws IOException {
        Files.writeString(dir.resolve("warta.atom"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Warta Rekaan</title><id>urn:warta</id>
                <updated>2026-03-05T08:00:00Z</updated>
                <entry><title>Sekolah rekaan dibuka</title><id>urn:warta:1</id>
                <link href="https://rekaan.example/sekolah"/><updated>2026-03-05T08:00:00Z</updated>
                <content type="html">&lt;p&gt;Sekolah Rekaan di Desa Lembah Hijau dibuka untuk seratus murid, Kamis.&lt;/p&gt;</content>
                </entry></feed>
                """);
        JsonNode doc = analyze(0, dir.resolve("warta.atom").toString());
        OutputContract.assertValid(doc);
        assertEquals(1, doc.get("articles").size());
        JsonNode article = doc.get("articles").get(0);
        assertEquals("https://rekaan.example/sekolah", article.get("id").asText());
        assertEquals("Warta Rekaan", article.get("outlet").asText());
        assertTrue(article.get("text").asText().contains("seratus murid"), article.toString());
    }

    @Test
    void aRepeatedIdIsAnErrorNotAnOverwrite() throws IOException {
        Files.writeString(dir.resolve("d.jsonl"),
                "{\"id\":\"x\",\"text\":\"Pertama.\"}\n{\"id\":\"x\",\"text\":\"Kedua.\"}\n");
        JsonNode doc = analyze(1, dir.resolve("d.jsonl").toString());
        assertEquals(1, doc.get("articles").size());
        assertTrue(doc.get("articles").get(0).toString().contains("Pertama"), "the first copy is kept");
    }

    @Test
    void jsonLinesFormCarriesTheSameContent() throws IOException {
        Path samples = OutputContract.root().resolve("samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "samples/ is absent");
        Path lines = dir.resolve("out.jsonl");
        Main.run("analyze", samples.toString(), "--format", "jsonl", "--out", lines.toString());
        JsonNode fromLines = OutputContract.fromLines(Files.readString(lines, StandardCharsets.UTF_8));
        OutputContract.assertValid(fromLines);
        JsonNode document = analyze(0, samples.toString());
        for (String field : new String[] {"articles", "duplicates", "stories", "storylines"}) {
            assertEquals(document.get(field).size(), fromLines.get(field).size(), field);
        }
        assertEquals(document.get("stories").get(0).get("id"), fromLines.get("stories").get(0).get("id"));
    }
}
